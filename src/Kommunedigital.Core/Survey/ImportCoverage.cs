using System.Globalization;

namespace Kommunedigital.Core.Survey;

/// <summary>
/// Coverage per year and indicator — municipalities with a record against the municipalities of the structure the
/// year is drawn on — and the warnings for years below the minimum share. A cut-off file or a partial download shows
/// up here as a year with far too few municipalities.
/// </summary>
internal static class ImportCoverage
{
    public static IReadOnlyList<YearCoverage> Of(SurveyDataset dataset, SurveyNumbering numbering)
    {
        var indicators = IndicatorText.All.Where(i => dataset.Records.Any(r => r.Indicator == i)).ToArray();
        var counts = dataset.Records.GroupBy(r => (r.Year, r.Indicator)).ToDictionary(g => g.Key, g => g.Select(r => r.Municipality).Distinct().Count());
        var coverage = new List<YearCoverage>();
        foreach (var year in dataset.Years)
        {
            var set = numbering.SetFor(year)!;
            foreach (var indicator in indicators)
            {
                coverage.Add(new YearCoverage(year, indicator, counts.GetValueOrDefault((year, indicator)), set.Municipalities.Count, set.Id));
            }
        }

        return coverage;
    }

    public static IEnumerable<ImportWarning> Warnings(IReadOnlyList<YearCoverage> coverage, double minimumShare)
    {
        foreach (var year in coverage.GroupBy(c => c.Year))
        {
            var low = year.Where(c => c.Share < minimumShare).ToArray();
            if (low.Length == 0)
            {
                continue;
            }

            var text = string.Create(
                CultureInfo.InvariantCulture,
                $"{ImportReportWriter.CoverageText(year.ToArray())} – under kravet på {ImportReportWriter.Percent(minimumShare)}. Er filen avkuttet, eller mangler en del av uttaket?");
            yield return new ImportWarning(text, BlocksPublishing: true, []);
        }
    }
}
