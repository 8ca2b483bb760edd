using Kommunedigital.Core.Export;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Web.Components.Map;

/// <summary>
/// What the JS module needs to draw one view: where the geometry is (HTTP, cached by the browser) and, per
/// municipality, the texts and colour the model already wrote. Only this crosses the SignalR circuit; geometry never
/// does. The module derives nothing: every value, status and colour comes from Core.
/// </summary>
/// <param name="MunicipalitiesUrl">Versioned URL of the structure's municipality GeoJSON.</param>
/// <param name="CountiesUrl">Versioned URL of the structure's county GeoJSON.</param>
/// <param name="Entries">
/// By the shape's code (the GeoJSON's kommunenummer): the model's fill, status, value text, rank text, county name and
/// the number and name valid in the view's year.
/// </param>
/// <param name="Selected">Highlighted municipality, or null.</param>
/// <param name="County">County filter, or null for the whole country.</param>
/// <param name="Label">Indicator name for the tooltip.</param>
/// <param name="MapLabel">Accessible name of the map region.</param>
/// <param name="Places">
/// By the shape's code: where each arrow key goes and where the name label sits (<see cref="MapPayloadPlace"/>), the
/// same for every view of a boundary set, so the component sends it only when the set changes.
/// </param>
/// <param name="Highest">Where the Home key goes: the first of <see cref="ViewSummary.Highest"/>, or null without values.</param>
/// <param name="Lowest">Where the End key goes: the first of <see cref="ViewSummary.Lowest"/>, or null without values.</param>
/// <param name="Boundaries">
/// The boundary set's id: when the first paint's SVG names the same set (<see cref="FirstPaintSvg.BoundariesAttribute"/>),
/// the module draws its shapes from that SVG instead of fetching any.
/// </param>
/// <param name="ShapesUrl">
/// Versioned URL of the set's country-view shapes in the first paint's format (<see cref="FirstPaintSvg.WriteShapes"/>):
/// what the module draws another set with; <see cref="MunicipalitiesUrl"/> only once the reader zooms in.
/// </param>
public sealed record MapPayload(
    string MunicipalitiesUrl,
    string CountiesUrl,
    IReadOnlyDictionary<string, MapPayloadEntry> Entries,
    string? Selected,
    string? County,
    string Label,
    string MapLabel,
    IReadOnlyDictionary<string, MapPayloadPlace>? Places = null,
    string? Highest = null,
    string? Lowest = null,
    string? Boundaries = null,
    string? ShapesUrl = null)
{
    /// <summary>From this zoom level on, the map names the municipalities whose shapes are wide enough for their label.</summary>
    public const double LabelMinZoom = 7;

    /// <summary>
    /// The map's fixed colours and the hatch of each status (by <see cref="MapPalette.Slug"/>), from
    /// <see cref="MapPalette"/>: the module draws with these and types no colour of its own.
    /// </summary>
    public static object Palette { get; } = new
    {
        missing = MapPalette.MissingColour,
        hatch = MapPalette.HatchColour,
        outside = MapPalette.OutsideColour,
        highlight = MapPalette.HighlightColour,
        border = MapPalette.BorderColour,
        countyOutline = MapPalette.CountyOutlineColour,
        focusOuter = MapPalette.FocusOuterColour,
        focusInner = MapPalette.FocusInnerColour,
        outsideStatus = MapPalette.Slug(EntryStatus.OutsideSelection),
        hatches = Enum.GetValues<EntryStatus>()
            .Where(s => MapPalette.HatchAngle(s) is not null)
            .ToDictionary(MapPalette.Slug, s => MapPalette.HatchAngle(s)!.Value, StringComparer.Ordinal),
    };

    /// <summary>
    /// Builds the payload of <paramref name="model"/>, whose boundaries are served at the given URLs (its coarse shapes at
    /// <paramref name="shapesUrl"/>); the places of its boundary set are <paramref name="places"/> when the caller keeps
    /// them per set, else made here.
    /// <paramref name="mapLabel"/> is the map region's accessible name in the view's language ("Kart: …").
    /// </summary>
    public static MapPayload From(ChoroplethModel model, string mapLabel, string municipalitiesUrl, string countiesUrl, IReadOnlyDictionary<string, MapPayloadPlace>? places = null, string? shapesUrl = null)
    {
        var entries = new Dictionary<string, MapPayloadEntry>(model.Entries.Count, StringComparer.Ordinal);
        var announcements = FocusAnnouncement.All(model);
        foreach (var entry in model.Entries)
        {
            entries[entry.Municipality.Code.Value] = new MapPayloadEntry(
                entry.Fill, MapPalette.Slug(entry.Status), entry.ValueText, entry.RankText, entry.CountyName, entry.Name, entry.Number.Value,
                announcements[entry.Municipality.Code], LegendKey.Of(entry), entry.Tooltip);
        }

        return new MapPayload(
            municipalitiesUrl,
            countiesUrl,
            entries,
            model.View.Municipality?.Value,
            model.View.County?.Value,
            IndicatorText.Label(model.View.Indicator, model.View.Language),
            mapLabel,
            places ?? MapPayloadPlace.Of(model.Boundaries),
            ViewSummary.Highest(model).FirstOrDefault()?.Municipality.Code.Value,
            ViewSummary.Lowest(model).FirstOrDefault()?.Municipality.Code.Value,
            model.Boundaries.Id,
            shapesUrl);
    }

    /// <summary>
    /// The object the module's <c>setView</c> takes; <paramref name="extent"/> (the URL's <c>utsnitt</c>) is what a
    /// fit shows instead of the selection. Without <paramref name="places"/> the module keeps the places it has: the
    /// component leaves them out while the boundary set stays the same.
    /// </summary>
    /// <remarks>
    /// The entries and places go as <see cref="MapPayloadEntry.ToJs"/>'s and <see cref="MapPayloadPlace.ToJs"/>'s
    /// short arrays. The keyboard announcements go along only with <paramref name="announcements"/> (the embed, which
    /// has no circuit to ask); the interactive page asks for the one in focus (ChoroplethMap's <c>AnnouncementFromJs</c>).
    /// </remarks>
    public object ToJs(bool fit, GeoBounds? extent = null, bool places = true, bool announcements = false) => new
    {
        extent = ExtentToJs(extent),
        extentDecimals = MapViewQueryString.ExtentDecimals,
        municipalitiesUrl = MunicipalitiesUrl,
        countiesUrl = CountiesUrl,
        boundaries = Boundaries,
        shapesUrl = ShapesUrl,
        entries = Entries.ToDictionary(e => e.Key, e => e.Value.ToJs(), StringComparer.Ordinal),
        announcements = announcements ? Entries.ToDictionary(e => e.Key, e => e.Value.Announcement, StringComparer.Ordinal) : null,
        selected = Selected,
        county = County,
        label = Label,
        mapLabel = MapLabel,
        palette = Palette,
        fit,
        places = places ? Places?.ToDictionary(p => p.Key, p => p.Value.ToJs(), StringComparer.Ordinal) : null,
        highest = Highest,
        lowest = Lowest,
        labelMinZoom = LabelMinZoom,
    };

    /// <summary>[west, south, east, north] in WGS84 degrees, or null.</summary>
    public static double[]? ExtentToJs(GeoBounds? extent) =>
        extent is null ? null : [extent.West, extent.South, extent.East, extent.North];
}
