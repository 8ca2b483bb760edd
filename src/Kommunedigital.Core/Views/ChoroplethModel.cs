using System.Diagnostics.CodeAnalysis;
using Kommunedigital.Core.Boundaries;
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
    /// <summary>What every legend says when the selection has no values at all.</summary>
    public const string NoValuesText = "Ingen verdier i utvalget";

    /// <summary>The source and attribution line every output carries.</summary>
    public const string DefaultSourceLine = "Kilde: SSB/Digdir. Kartgrunnlag: © Kartverket (CC BY 4.0)";

    /// <summary>A change view's source line: the default plus the attribution of the correspondence it follows.</summary>
    public const string ChangeSourceLine = DefaultSourceLine + ". " + KlassAttribution;

    /// <summary>The attribution SSB KLASS's licence asks for wherever its correspondence is used (every change view).</summary>
    public const string KlassAttribution = "Kommuneinndeling: SSB KLASS (CC BY 4.0)";

    /// <summary>Entries inside the selection (the county, or all), ordered by code; listed once, when the model is made.</summary>
    public IReadOnlyList<ChoroplethEntry> Selected { get; } = [.. Entries.Where(e => e.InSelection)];

    /// <summary>
    /// A change view's line naming both years and why the rest are not comparable, in the selection
    /// (<see cref="ChangeComparison.Line"/>): "Endring i poeng fra 2018 til 2022 · ikke sammenlignbar: sammenslått 40, …".
    /// Null for a level view.
    /// </summary>
    public string? ChangeLine => Change?.Line(Selected.Select(e => e.Change!));

    /// <summary>"357 kommuner": how many municipalities the selection has (<see cref="CountText.Municipalities"/>).</summary>
    public string SelectedCountText => CountText.Municipalities(Selected.Count);

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
