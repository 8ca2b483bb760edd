using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Survey;

namespace Kommunedigital.Core.Views;

/// <summary>Builds the detail panel's <see cref="MunicipalityProfile"/>.</summary>
public static class MunicipalityProfileBuilder
{
    /// <summary>The profile of the view's selected municipality; null when none is selected or it is not in the year's structure.</summary>
    public static MunicipalityProfile? Build(DataSnapshot data, MapView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.Municipality is { } code ? Build(data, view.Year, code, view.Language) : null;
    }

    /// <summary>
    /// The profile of <paramref name="code"/> in <paramref name="year"/>: each indicator's score, national rank,
    /// national and county medians, and its history across the dataset years through the reforms.
    /// Null when the year has no structure or the structure has no such municipality.
    /// </summary>
    public static MunicipalityProfile? Build(DataSnapshot data, int year, MunicipalityCode code, ReaderLanguage language = ReaderLanguage.Bokmal)
    {
        ArgumentNullException.ThrowIfNull(data);
        var structure = data.Boundaries.ForYear(year);
        if (structure is null || !structure.TryGetMunicipality(code, out var municipality))
        {
            return null;
        }

        County? county = structure.TryGetCounty(municipality.County, out var found) ? found : null;
        var indicators = new List<IndicatorProfile>(IndicatorText.All.Count);
        foreach (var indicator in IndicatorText.All)
        {
            var national = new List<double>(structure.Municipalities.Count);
            var inCounty = new List<double>();
            foreach (var m in structure.Municipalities)
            {
                if (data.Dataset.Get(m.Code, year, indicator)?.Value is { } value)
                {
                    national.Add(value);
                    if (m.County == municipality.County)
                    {
                        inCounty.Add(value);
                    }
                }
            }

            var nationalSorted = national.ToArray();
            Array.Sort(nationalSorted);
            var countySorted = inCounty.ToArray();
            Array.Sort(countySorted);

            var score = data.Dataset.Get(code, year, indicator);
            int? rank = score?.Value is { } own ? ScoreStatistics.Rank(nationalSorted, own) : null;

            indicators.Add(new IndicatorProfile(
                indicator,
                score,
                rank,
                nationalSorted.Length,
                ScoreStatistics.Median(nationalSorted),
                ScoreStatistics.Median(countySorted)));
        }

        var number = YearNumbers.For(data, year, structure).Of(municipality);
        return new MunicipalityProfile(municipality, county, year, indicators, MunicipalityHistory.Build(data, year, code, language), number.Code, number.Name);
    }
}
