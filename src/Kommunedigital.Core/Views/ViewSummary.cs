using System.Globalization;
using Kommunedigital.Core.Survey;

namespace Kommunedigital.Core.Views;

/// <summary>
/// The written summary of a view in bokmål, from its <see cref="ChoroplethModel"/>: "Digital kompetanse 2022, Vestland:
/// median 45,1. Høyest i Bergen (58,2), lavest i Modalen (22,3). 1 kommune mangler tall." The page shows it above the
/// map, the table and the embed show it too, and the SVG, PDF and PPTX carry it as their description, so a reader who
/// cannot see the colours gets the view's message from one text that every output shares.
/// </summary>
/// <remarks>
/// Everything is over the selection (the county, or the whole country). The median is the median of the selection's
/// values (mean of the middle two for an even count), written as <see cref="ScoreText"/> writes a score. Highest and
/// lowest compare the values as the reader sees them, rounded to one decimal, so two municipalities shown with the
/// same number are named together: "Høyest i Askøy og Bergen (58,2)", names in Norwegian alphabetical order; with more
/// than <see cref="MaxNamed"/> tied the sentence gives their count instead ("Høyest i 5 kommuner (100,0)"). The count of
/// municipalities without a value (all kinds of missing together) closes the summary; it is left out when none is missing.
/// With one value, or every value the same as written, the summary says so instead of naming a highest and a lowest
/// ("bare Oslo har tall (54,3)"); with no values it says "ingen kommuner har tall".
/// </remarks>
public static class ViewSummary
{
    /// <summary>The most municipalities named in one tie; more are counted instead.</summary>
    public const int MaxNamed = 3;

    private static readonly StringComparer NameOrder = StringComparer.Create(ScoreText.Culture, CompareOptions.None);

    /// <summary>The summary of <paramref name="model"/> (see the type's remarks).</summary>
    public static string Write(ChoroplethModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var head = $"{IndicatorText.Label(model.View.Indicator)} {model.View.Year.ToString(CultureInfo.InvariantCulture)}, {Area(model)}";
        var missing = model.Missing.Sum(m => m.Count);
        var values = model.Selected.Where(e => e.Score?.Value is not null).Select(e => e.Score!.Value.Value!.Value).ToArray();
        if (values.Length == 0)
        {
            return $"{head}: ingen kommuner har tall.";
        }

        Array.Sort(values);
        var median = ScoreStatistics.Median(values)!.Value;
        var highest = Highest(model);
        var lowest = Lowest(model);
        if (ReferenceEquals(highest[0], lowest[0]) || highest[0].ValueText == lowest[0].ValueText)
        {
            // One value, or all the same as written: there is no highest and lowest to tell apart.
            var same = values.Length == 1 ? $"bare {highest[0].Name} har tall ({highest[0].ValueText})" : $"alle {values.Length.ToString(ScoreText.Culture)} kommuner med tall har {highest[0].ValueText}";
            return missing == 0 ? $"{head}: {same}." : $"{head}: {same}. {CountText.Municipalities(missing)} mangler tall.";
        }

        var text = $"{head}: median {ScoreText.Norwegian(median)}. " +
            $"Høyest i {Names(highest)} ({highest[0].ValueText}), lavest i {Names(lowest)} ({lowest[0].ValueText}).";
        return missing == 0 ? text : $"{text} {CountText.Municipalities(missing)} mangler tall.";
    }

    /// <summary>
    /// The municipalities of the selection with the highest value as written (ties at one decimal together), in
    /// Norwegian name order; empty when the selection has no values. The first is where the map's Home key goes.
    /// </summary>
    public static IReadOnlyList<ChoroplethEntry> Highest(ChoroplethModel model) => Extreme(model, highest: true);

    /// <summary>As <see cref="Highest"/>, for the lowest value; the first is where the map's End key goes.</summary>
    public static IReadOnlyList<ChoroplethEntry> Lowest(ChoroplethModel model) => Extreme(model, highest: false);

    private static List<ChoroplethEntry> Extreme(ChoroplethModel model, bool highest)
    {
        ArgumentNullException.ThrowIfNull(model);
        var withValues = model.Selected.Where(e => e.Score?.Value is not null).ToList();
        if (withValues.Count == 0)
        {
            return [];
        }

        var rounded = withValues.Select(e => ScoreText.Round(e.Score!.Value.Value!.Value)).ToList();
        var target = highest ? rounded.Max() : rounded.Min();
        return [.. withValues.Where((_, i) => rounded[i] == target).OrderBy(e => e.Name, NameOrder)];
    }

    private static string Area(ChoroplethModel model) =>
        model.View.County is { } code && model.Boundaries.TryGetCounty(code, out var county) ? county.Name : "hele landet";

    private static string Names(IReadOnlyList<ChoroplethEntry> entries) => entries.Count switch
    {
        1 => entries[0].Name,
        > MaxNamed => CountText.Municipalities(entries.Count),
        _ => $"{string.Join(", ", entries.Take(entries.Count - 1).Select(e => e.Name))} og {entries[^1].Name}",
    };
}
