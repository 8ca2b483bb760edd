using System.Diagnostics.CodeAnalysis;
using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Resources;
using NetTopologySuite.Geometries;

namespace Kommunedigital.Core.Views;

/// <summary>
/// Everything needed to draw or export one <see cref="MapView"/>: values, classes and colours.
/// The page, the embed and every download (CSV, XLSX, PNG, PDF, SVG, PPTX, GeoJSON, JSON-stat)
/// use this one model, so they can never disagree.
/// </summary>
/// <param name="View">The view this model was built for (after validation).</param>
/// <param name="Boundaries">The structure in force for the view's year.</param>
/// <param name="Title">Bokmål title: indicator, year and county, e.g. "Digital kompetanse 2022 – Vestland".</param>
/// <param name="Entries">Every municipality of the structure, ordered by code; see <see cref="ChoroplethEntry.InSelection"/>.</param>
/// <param name="Legend">Classes, lowest first; empty when the selection has no values.</param>
/// <param name="Missing">
/// Municipalities in the selection without a value, by reason, only non-zero counts, in the order SSB symbols
/// ("..", ".", ":"), empty cells, no record; in a change view the one group "Ikke sammenlignbar" (<see cref="MissingGroup.NotComparable"/>).
/// </param>
/// <param name="RankedCount">
/// How many municipalities in the whole country have a value: the "av 356" in "nr. 12 av 356"; in a change view, how
/// many have a change (<see cref="ChangeComparison.ComparableCount"/>).
/// </param>
/// <param name="Extent">What a drawn export shows, WGS84: the explicit extent, the county or the country.</param>
/// <param name="IsSample">True when the dataset is the generated sample: every output shows <c>SurveyDataset.SampleNotice</c>.</param>
/// <param name="SourceLine">"Kilde: SSB/Digdir. Kartgrunnlag: © Kartverket (CC BY 4.0)".</param>
/// <param name="Change">
/// A change view's comparison (<see cref="MapView.ChangeFrom"/>): entries, legend and missing groups then describe the
/// change in points, and the downloads add both years' columns from it. Null for a level view.
/// </param>
public sealed record ChoroplethModel(
    MapView View,
    BoundarySet Boundaries,
    string Title,
    IReadOnlyList<ChoroplethEntry> Entries,
    IReadOnlyList<LegendClass> Legend,
    IReadOnlyList<MissingGroup> Missing,
    int RankedCount,
    Envelope Extent,
    bool IsSample,
    string SourceLine,
    ChangeComparison? Change = null)
{
    /// <summary>What every legend says when the selection has no values at all (bokmål; <see cref="NoValues"/> for a language).</summary>
    public static string NoValuesText { get; } = NoValues(ReaderLanguage.Bokmal);

    /// <summary>The source and attribution line every output carries (bokmål; <see cref="SourceLineOf"/> for a language).</summary>
    public static string DefaultSourceLine { get; } = SourceLineOf(ReaderLanguage.Bokmal, change: false);

    /// <summary>A change view's source line: the default plus the attribution of the correspondence it follows.</summary>
    public static string ChangeSourceLine { get; } = SourceLineOf(ReaderLanguage.Bokmal, change: true);

    /// <summary>The attribution SSB KLASS's licence asks for wherever its correspondence is used (every change view).</summary>
    public static string KlassAttribution { get; } = KlassAttributionIn(ReaderLanguage.Bokmal);

    /// <summary>"Ingen verdier i utvalget", "No values in the selection".</summary>
    public static string NoValues(ReaderLanguage language) => ReaderText.Get(language, "Legend.NoValues");

    /// <summary>"Kommuneinndeling: SSB KLASS (CC BY 4.0)", "Municipal structure: SSB KLASS (CC BY 4.0)".</summary>
    public static string KlassAttributionIn(ReaderLanguage language) => ReaderText.Get(language, "Source.Klass");

    /// <summary>
    /// The source line in <paramref name="language"/> ("Kilde: SSB/Digdir. Kartgrunnlag: © Kartverket (CC BY 4.0)",
    /// "Source: Statistics Norway (SSB)/Digdir. Map data: © Kartverket (CC BY 4.0)"), a change view's with the KLASS
    /// attribution after it.
    /// </summary>
    public static string SourceLineOf(ReaderLanguage language, bool change)
    {
        var line = ReaderText.Get(language, "Source.Default");
        return change ? $"{line}. {KlassAttributionIn(language)}" : line;
    }

    /// <summary>The language of every text in the model (<see cref="MapView.Language"/>).</summary>
    public ReaderLanguage Language => View.Language;

    /// <summary>Entries inside the selection (the county, or all), ordered by code; listed once, when the model is made.</summary>
    public IReadOnlyList<ChoroplethEntry> Selected { get; } = [.. Entries.Where(e => e.InSelection)];

    /// <summary>
    /// A change view's line naming both years and why the rest are not comparable, in the selection
    /// (<see cref="ChangeComparison.Line"/>): "Endring i poeng fra 2018 til 2022 · ikke sammenlignbar: sammenslått 40, …".
    /// Null for a level view.
    /// </summary>
    public string? ChangeLine => Change?.Line(Selected.Select(e => e.Change!));

    /// <summary>"357 kommuner": how many municipalities the selection has (<see cref="CountText.Municipalities(int, ReaderLanguage)"/>).</summary>
    public string SelectedCountText => CountText.Municipalities(Selected.Count, Language);

    /// <summary>What the legend says when the selection has no values, in the model's language.</summary>
    public string NoValuesLine => NoValues(Language);

    /// <summary>The entry of <paramref name="code"/>, found by binary search (entries are ordered by code).</summary>
    public bool TryGetEntry(MunicipalityCode code, [NotNullWhen(true)] out ChoroplethEntry? entry)
    {
        int low = 0, high = Entries.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var comparison = Entries[mid].Municipality.Code.CompareTo(code);
            if (comparison == 0)
            {
                entry = Entries[mid];
                return true;
            }

            if (comparison < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        entry = null;
        return false;
    }
}
