using System.Globalization;
using Kommunedigital.Core.Resources;

namespace Kommunedigital.Core.Views;

/// <summary>
/// The written summary of a view in its language (<see cref="MapView.Language"/>), from its <see cref="ChoroplethModel"/>: "Digital kompetanse 2022, Vestland:
/// median 45,1. Høyest i Bergen (58,2), lavest i Modalen (22,3). 1 kommune mangler tall." The page shows it above the
/// map, the table and the embed show it too, and the SVG, PDF and PPTX carry it as their description, so a reader who
/// cannot see the colours gets the view's message from one text that every output shares.
/// </summary>
/// <remarks>
/// <para>Everything is over the selection (the county, or the whole country). The median is the median of the
/// selection's values (mean of the middle two for an even count), written as <see cref="ScoreText"/> writes a score.
/// Highest and lowest compare the values as the reader sees them, rounded to one decimal, so two municipalities shown
/// with the same number are named together: "Høyest i Askøy og Bergen (58,2)", names in Norwegian alphabetical order;
/// with more than <see cref="MaxNamed"/> tied the sentence gives their count instead ("Høyest i 5 kommuner (100,0)").
/// The count of municipalities without a value (all kinds of missing together) closes the summary; it is left out
/// when none is missing. With one value, or every value the same as written, the summary says so instead of naming a
/// highest and a lowest ("bare Oslo har tall (54,3)"); with no values it says "ingen kommuner har tall".</para>
/// <para>A change view (<see cref="MapView.ChangeFrom"/>) summarises the changes the map shows, in points and signed
/// as its legend writes them: "Endring i digital kompetanse 2018–2022, Vestland: median +1,2 poeng. Høyest i Voss
/// (+8,1), lavest i Etne (−5,0). 3 kommuner er ikke sammenlignbare."</para>
/// <para>In English the same sentences with decimal points: "Digital competence 2022, Vestland: median 45.1. Highest in
/// Bergen (58.2), lowest in Modalen (22.3). 1 municipality has no data." Names stay the official names, in Norwegian
/// alphabetical order in both languages.</para>
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
        var language = model.Language;
        var change = model.View.ChangeFrom is not null;
        var head = $"{ChoroplethModelBuilder.Subject(model.View)}, {Area(model)}";
        var missing = model.Missing.Sum(m => m.Count);
        var missingCount = CountText.Municipalities(missing, language);
        var missingText = missing == 0 ? null
            : !change ? ReaderText.Format(language, missing == 1 ? "Summary.MissingOne" : "Summary.MissingMany", missingCount)
            : missing == 1 ? ReaderText.Get(language, "Summary.NotComparableOne")
            : ReaderText.Format(language, "Summary.NotComparableMany", missingCount);
        var values = model.Selected.Select(ValueOf).OfType<double>().ToArray();
        if (values.Length == 0)
        {
            return ReaderText.Format(language, change ? "Summary.NoChanges" : "Summary.NoValues", head);
        }

        string Close(string text) => missingText is null ? text : $"{text} {missingText}";
        var highest = Highest(model);
        var lowest = Lowest(model);
        if (highest[0].ValueText == lowest[0].ValueText)
        {
            // One value, or all the same as written: there is no highest and lowest to tell apart.
            var same = values.Length == 1
                ? ReaderText.Format(language, change ? "Summary.OnlyOneChange" : "Summary.OnlyOneValue", highest[0].Name, highest[0].ValueText)
                : ReaderText.Format(language, change ? "Summary.AllSameChange" : "Summary.AllSameValue", values.Length, highest[0].ValueText);
            return Close($"{head}: {same}.");
        }

        Array.Sort(values);
        var median = ScoreStatistics.Median(values)!.Value;
        var medianText = change
            ? ReaderText.Format(language, "Summary.Points", ChangeComparison.Signed(ScoreText.Round(median), language))
            : ScoreText.Format(median, language);
        return Close(ReaderText.Format(
            language, "Summary.Body", head, medianText, Names(highest, language), highest[0].ValueText, Names(lowest, language), lowest[0].ValueText));
    }

    /// <summary>
    /// The municipalities of the selection with the highest value as written (ties at one decimal together), in
    /// Norwegian name order; empty when the selection has no values. The first is where the map's Home key goes.
    /// </summary>
    public static IReadOnlyList<ChoroplethEntry> Highest(ChoroplethModel model) => Extreme(model, highest: true);

    /// <summary>As <see cref="Highest"/>, for the lowest value; the first is where the map's End key goes.</summary>
    public static IReadOnlyList<ChoroplethEntry> Lowest(ChoroplethModel model) => Extreme(model, highest: false);

    /// <summary>
    /// The value an entry is drawn by: its score, or in a change view its change in points (already rounded once);
    /// null without one.
    /// </summary>
    internal static double? ValueOf(ChoroplethEntry entry) =>
        entry.Change is { } change ? (double?)change.Difference : entry.Score?.Value;

    private static List<ChoroplethEntry> Extreme(ChoroplethModel model, bool highest)
    {
        ArgumentNullException.ThrowIfNull(model);
        var withValues = model.Selected.Where(e => ValueOf(e) is not null).ToList();
        if (withValues.Count == 0)
        {
            return [];
        }

        var rounded = withValues.Select(e => ScoreText.Round(ValueOf(e)!.Value)).ToList();
        var target = highest ? rounded.Max() : rounded.Min();
        return [.. withValues.Where((_, i) => rounded[i] == target).OrderBy(e => e.Name, NameOrder)];
    }

    private static string Area(ChoroplethModel model) =>
        model.View.County is { } code && model.Boundaries.TryGetCounty(code, out var county)
            ? county.Name
            : ReaderText.Get(model.Language, "Summary.WholeCountry");

    private static string Names(IReadOnlyList<ChoroplethEntry> entries, ReaderLanguage language) => entries.Count switch
    {
        1 => entries[0].Name,
        > MaxNamed => CountText.Municipalities(entries.Count, language),
        _ => ReaderText.Format(language, "Summary.NamesAnd", string.Join(", ", entries.Take(entries.Count - 1).Select(e => e.Name)), entries[^1].Name),
    };
}
