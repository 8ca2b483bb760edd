using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Resources;

namespace Kommunedigital.Core.Views;

/// <summary>
/// What the map's polite live region reads when keyboard travel lands on a municipality:
/// "Bergen, Vestland: 38,5, nr. 12 av 356, fylkesmedian 41,0". Written here, from the model, for every municipality
/// of a view at once; the map only shows the text it is given.
/// </summary>
/// <remarks>
/// The value and rank are the entry's own texts (<see cref="ChoroplethEntry.ValueText"/>, a missing reason such as
/// "Tall mangler" instead of a number, and <see cref="ChoroplethEntry.RankText"/>, left out without a rank). The county
/// median is the median of the values the model holds for the municipality's county (every municipality of it, with or
/// without a county filter), written as <see cref="ScoreText"/> writes a score, and left out when the county has no
/// values. A municipality outside the view's county filter ends with "utenfor valgt fylke". In a change view the value
/// is the change in points and the county median the median change, both signed ("+3,1, nr. 12 av 310, fylkesmedian
/// +1,0"). In English: "Bergen, Vestland: 38.5, no. 12 of 356, county median 41.0", "outside the selected county".
/// </remarks>
public static class FocusAnnouncement
{
    /// <summary>The text of every entry of <paramref name="model"/>, by the shape's code.</summary>
    public static IReadOnlyDictionary<MunicipalityCode, string> All(ChoroplethModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var medians = CountyMedians(model);
        var change = model.View.ChangeFrom is not null;
        return model.Entries.ToDictionary(e => e.Municipality.Code, e => Write(e, medians.TryGetValue(e.Municipality.County, out var median) ? median : null, change, model.Language));
    }

    /// <summary>
    /// The median of each county's values in <paramref name="model"/> (in a change view: of its changes); counties without
    /// values are absent.
    /// </summary>
    public static IReadOnlyDictionary<CountyCode, double> CountyMedians(ChoroplethModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var medians = new Dictionary<CountyCode, double>();
        foreach (var county in model.Entries.Where(e => ViewSummary.ValueOf(e) is not null).GroupBy(e => e.Municipality.County))
        {
            var values = county.Select(e => ViewSummary.ValueOf(e)!.Value).ToArray();
            Array.Sort(values);
            medians[county.Key] = ScoreStatistics.Median(values)!.Value;
        }

        return medians;
    }

    private static string Write(ChoroplethEntry entry, double? countyMedian, bool change, ReaderLanguage language)
    {
        var parts = new List<string>(4) { entry.ValueText };
        if (entry.RankText is { } rank)
        {
            parts.Add(rank);
        }

        if (countyMedian is { } median)
        {
            var text = change ? ChangeComparison.Signed(ScoreText.Round(median), language) : ScoreText.Format(median, language);
            parts.Add(ReaderText.Format(language, "Focus.CountyMedian", text));
        }

        if (!entry.InSelection)
        {
            parts.Add(ReaderText.Get(language, "Focus.OutsideCounty"));
        }

        return $"{entry.Name}, {entry.CountyName}: {string.Join(", ", parts)}";
    }
}
