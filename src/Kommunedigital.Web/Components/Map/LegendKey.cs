using System.Globalization;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Web.Components.Map;

/// <summary>
/// The name that ties a legend row to its municipalities on the map: "klasse-0" … for a class, "mangler-ssb-symbol"
/// (and the other <see cref="MapPalette.Slug"/>s) for a kind of missing. The legend's buttons carry it as
/// <c>data-legend-key</c> and each payload entry as <c>legend</c>, so js/map/legend-control.js only compares the two.
/// </summary>
public static class LegendKey
{
    /// <summary>"klasse-2": the key of the legend class with <paramref name="index"/>.</summary>
    public static string ForClass(int index) => "klasse-" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>"mangler-ikke-oppgitt": the key of a kind of missing.</summary>
    public static string ForMissing(EntryStatus status) => "mangler-" + MapPalette.Slug(status);

    /// <summary>
    /// The key of the legend row <paramref name="entry"/> is counted in: its class, else its kind of missing (in a change
    /// view "Ikke sammenlignbar"); null outside the selection.
    /// </summary>
    public static string? Of(ChoroplethEntry entry) =>
        entry.ClassIndex is { } index ? ForClass(index) : entry.InSelection ? ForMissing(entry.Status) : null;
}
