using System.Runtime.CompilerServices;
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
    // What ToJs writes that depends on the entries and places alone, made once per payload: a payload is shared by every
    // circuit and embed request showing its view (MapViewCache), and each of them used to sort the codes and build the
    // same kinds, entries and names again for its own message. Keyed by the payload's identity (not record equality),
    // so a `with` copy derives its own, and gone with the payload; no field, so equality and `with` stay the record's.
    private static readonly ConditionalWeakTable<MapPayload, DerivedMessage> DerivedOf = [];

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
    /// fit shows instead of the selection.
    /// </summary>
    /// <param name="fit">Whether the module fits the selection whatever else changed (the first view).</param>
    /// <param name="extent">The URL's extent, or null for the selection's own.</param>
    /// <param name="previous">
    /// The payload the module was sent last, or null: when it has the same municipalities with the same names and
    /// counties (<see cref="HasNamesOf"/>), the <c>names</c> block is left out and the module keeps the one it has.
    /// </param>
    /// <param name="standalone">
    /// For a map with no circuit to ask (the embed): the places, the keyboard announcements and the palette go along.
    /// The interactive page gets the palette once in <c>createMap</c> and asks for the places when keyboard travel or
    /// a label first needs them (ChoroplethMap's <c>PlacesFromJs</c>) and for the announcement in focus
    /// (<c>AnnouncementFromJs</c>), so its views carry neither.
    /// </param>
    /// <remarks>
    /// Every list is in <see cref="Codes"/>'s order, keyed by position, not by code: <c>names</c> has the codes, the
    /// names (<see cref="MapPayloadEntry.Name"/>) and each one's county as an index into its <c>countyNames</c>;
    /// <c>kinds</c> has each distinct [fill, status, legend key] of the view once, and <c>entries</c> one short array per
    /// municipality (<see cref="MapPayloadEntry.ToJs"/>) that starts with its index in <c>kinds</c>. The default view's
    /// first message shrank from 50,900 to 18,687 bytes this way, a later one of the same year from 31,658 to 10,642.
    /// </remarks>
    public object ToJs(bool fit, GeoBounds? extent = null, MapPayload? previous = null, bool standalone = false)
    {
        var derived = Derived();
        return new
        {
            extent = ExtentToJs(extent),
            extentDecimals = MapViewQueryString.ExtentDecimals,
            municipalitiesUrl = MunicipalitiesUrl,
            countiesUrl = CountiesUrl,
            boundaries = Boundaries,
            shapesUrl = ShapesUrl,
            names = previous is not null && HasNamesOf(previous) ? null : derived.Names,
            kinds = derived.Kinds,
            entries = derived.Entries,
            announcements = standalone ? derived.Codes.Select(c => Entries[c].Announcement).ToArray() : null,
            selected = Selected,
            county = County,
            label = Label,
            mapLabel = MapLabel,
            palette = standalone ? Palette : null,
            fit,
            places = standalone ? PlacesToJs() : null,
            highest = Highest,
            lowest = Lowest,
            labelMinZoom = LabelMinZoom,
        };
    }

    /// <summary>The codes of <see cref="Entries"/> in ordinal order: the order of every list <see cref="ToJs"/> writes.</summary>
    public IReadOnlyList<string> Codes() => Derived().Codes;

    /// <summary>
    /// True when <paramref name="other"/> has exactly the municipalities of this payload, each with the same name and
    /// county text: what the module keeps from one view to the next (names change with the year's structure).
    /// </summary>
    public bool HasNamesOf(MapPayload other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (ReferenceEquals(other, this))
        {
            return true;
        }

        if (other.Entries.Count != Entries.Count)
        {
            return false;
        }

        foreach (var (code, entry) in Entries)
        {
            if (!other.Entries.TryGetValue(code, out var theirs) || theirs.Name != entry.Name || theirs.County != entry.County)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The places by the shape's code as <see cref="MapPayloadPlace.ToJs"/>'s short arrays: what the module's keyboard
    /// travel and labels read, sent with the embed's view and to the page when it asks (ChoroplethMap's <c>PlacesFromJs</c>).
    /// </summary>
    public IReadOnlyDictionary<string, object?[]>? PlacesToJs() => Derived().Places;

    private DerivedMessage Derived() => DerivedOf.GetValue(this, static payload => new DerivedMessage(payload));

    /// <summary>[west, south, east, north] in WGS84 degrees, or null.</summary>
    public static double[]? ExtentToJs(GeoBounds? extent) =>
        extent is null ? null : [extent.West, extent.South, extent.East, extent.North];

    /// <summary>The lists of <see cref="ToJs"/> and <see cref="PlacesToJs"/> for one payload; read-only once made.</summary>
    private sealed class DerivedMessage
    {
        private readonly Lazy<IReadOnlyDictionary<string, object?[]>?> _places;

        public DerivedMessage(MapPayload payload)
        {
            string[] codes = [.. payload.Entries.Keys.Order(StringComparer.Ordinal)];
            var kinds = new List<object?[]>();
            var kindIndex = new Dictionary<(string, string, string?), int>();
            var entries = new object?[codes.Length][];
            var countyNames = new List<string>();
            var countyIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            var counties = new int[codes.Length];
            for (var i = 0; i < codes.Length; i++)
            {
                var entry = payload.Entries[codes[i]];
                var key = (entry.Fill, entry.Status, entry.LegendKey);
                if (!kindIndex.TryGetValue(key, out var kind))
                {
                    kind = kinds.Count;
                    kindIndex[key] = kind;
                    kinds.Add([entry.Fill, entry.Status, entry.LegendKey]);
                }

                entries[i] = entry.ToJs(kind);
                if (!countyIndex.TryGetValue(entry.County, out var county))
                {
                    county = countyNames.Count;
                    countyIndex[entry.County] = county;
                    countyNames.Add(entry.County);
                }

                counties[i] = county;
            }

            Codes = Array.AsReadOnly(codes);
            Kinds = kinds.AsReadOnly();
            Entries = Array.AsReadOnly(entries);
            Names = new { codes = Codes, names = codes.Select(c => payload.Entries[c].Name).ToArray(), counties, countyNames };
            // Asked for by a circuit only when keyboard travel or a label needs them, so made on first use.
            _places = new(() => payload.Places?.ToDictionary(p => p.Key, p => p.Value.ToJs(), StringComparer.Ordinal).AsReadOnly());
        }

        public IReadOnlyList<string> Codes { get; }

        /// <summary>Each distinct [fill, status, legend key] once, in the order of first use.</summary>
        public IReadOnlyList<object?[]> Kinds { get; }

        /// <summary>One short array per code (<see cref="MapPayloadEntry.ToJs"/>).</summary>
        public IReadOnlyList<object?[]> Entries { get; }

        /// <summary>The codes, names and counties (as indexes into the county names).</summary>
        public object Names { get; }

        public IReadOnlyDictionary<string, object?[]>? Places => _places.Value;
    }
}
