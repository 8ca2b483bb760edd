using System.Globalization;
using System.Net;
using System.Text;
using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Views;
using NetTopologySuite.Geometries;
using SkiaSharp;

namespace Kommunedigital.Core.Export;

/// <summary>
/// The first view's map as inline SVG for the server-rendered HTML: one <c>&lt;path&gt;</c> per entry of the model,
/// filled with the entry's <see cref="ChoroplethEntry.Fill"/> (each kind of missing hatched as on the map), so a
/// reader sees the whole map before, or without, any script. Projected as the interactive map projects (Web
/// Mercator, EPSG:3857), fitted the way it fits (the extent, else the selected municipality with its neighbours,
/// else the county, else the country), so the interactive map replaces it without a visible jump.
/// </summary>
/// <remarks>
/// Coordinates are whole units of a fixed viewBox whose longer side is <see cref="ViewBoxSize"/> (about a screen
/// pixel at the page's map size): vertices that round onto the previous one are dropped. Rounding is the same for
/// both neighbours of a shared edge, so no gaps open between municipalities. A shape too small to keep three
/// distinct whole-unit vertices is written in tenths instead, so every municipality stays visible.
/// </remarks>
public static class FirstPaintSvg
{
    /// <summary>The longer side of the viewBox, in its units.</summary>
    public const int ViewBoxSize = 1000;

    /// <summary>The attribute on the root element whose value is the number of paths drawn (the bench's readiness signal).</summary>
    public const string ShapesAttribute = "data-map-shapes";

    /// <summary>The attribute on each path with the shape's kommunenummer (boundary set code).</summary>
    public const string CodeAttribute = "data-kode";

    // Room around the fitted box, as a share of its longer side (the map's fit leaves 8-16 px of ~600).
    private const double Padding = 0.015;

    // Size of a hatch tile in viewBox units: about the map's 6 px at the page's map size.
    private const int HatchTile = 9;

    /// <summary>The attribute on each path with the shape's county (fylkesnummer), which the map fits a county by.</summary>
    public const string CountyAttribute = "data-fylke";

    /// <summary>
    /// The attribute on the root element with the boundary set's id (<see cref="BoundarySet.Id"/>): which shapes these are,
    /// so the interactive map can take them over instead of fetching the same set again.
    /// </summary>
    public const string BoundariesAttribute = "data-boundaries";

    /// <summary>
    /// The attribute on the root element that turns viewBox units back into coordinates: "originX originY
    /// metresPerUnit", where a point (u, v) of the viewBox is EPSG:3857 (x, y) = (originX + u × metresPerUnit,
    /// originY − v × metresPerUnit) in metres on the sphere of radius <see cref="EarthRadius"/> (Leaflet's
    /// L.Projection.SphericalMercator). Path data is in whole units or, for the smallest shapes, tenths.
    /// </summary>
    public const string ProjectionAttribute = "data-projection";

    /// <summary>The sphere of EPSG:3857 (and Leaflet's spherical Mercator), in metres.</summary>
    public const double EarthRadius = 6378137;

    /// <summary>
    /// The <c>&lt;svg&gt;</c> element, ready to insert into HTML: <c>role="img"</c> named <paramref name="accessibleName"/>,
    /// <see cref="ShapesAttribute"/> = the number of entries, <see cref="BoundariesAttribute"/> and
    /// <see cref="ProjectionAttribute"/>, one path per entry (outside the selection first, the selected municipality
    /// last) carrying <see cref="CodeAttribute"/>, its fill and <see cref="CountyAttribute"/>.
    /// </summary>
    /// <param name="model">The view's model.</param>
    /// <param name="extent">The view's explicit extent (utsnitt, WGS84), or null for the selection's own.</param>
    /// <param name="accessibleName">Plain text; escaped here.</param>
    public static string Write(ChoroplethModel model, GeoBounds? extent, string accessibleName)
    {
        ArgumentNullException.ThrowIfNull(model);
        var shapes = model.Entries.Select(e => (Entry: e, Bounds: MercatorBounds(e.Municipality.DisplayGeometry))).ToList();
        var fit = Fit.Of(FitBox(model, extent, shapes));

        var svg = new StringBuilder(256 * 1024);
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {fit.Width} {fit.Height}\" preserveAspectRatio=\"xMidYMid meet\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(accessibleName)}\" {ShapesAttribute}=\"{model.Entries.Count}\"");
        AppendSource(svg, model.Boundaries.Id, fit);
        svg.Append('>');
        AppendPatterns(svg, model);
        svg.Append(CultureInfo.InvariantCulture, $"<g stroke=\"{MapPalette.BorderColour}\" stroke-linejoin=\"round\" fill-rule=\"evenodd\">");

        var highlighted = model.View.Municipality;
        var ordered = shapes.OrderBy(s => s.Entry.InSelection).ThenBy(s => highlighted == s.Entry.Municipality.Code);
        foreach (var (entry, _) in ordered)
        {
            var selected = highlighted == entry.Municipality.Code;
            svg.Append(CultureInfo.InvariantCulture, $"<path {CodeAttribute}=\"{entry.Municipality.Code.Value}\" fill=\"{FillOf(entry)}\"");
            if (selected)
            {
                svg.Append(CultureInfo.InvariantCulture, $" stroke=\"{MapPalette.HighlightColour}\" class=\"kd-selected\"");
            }
            else if (!entry.InSelection)
            {
                svg.Append(" class=\"kd-outside\"");
            }

            AppendShape(svg, entry.Municipality, fit);
        }

        svg.Append("</g></svg>");
        return svg.ToString();
    }

    /// <summary>
    /// The shapes of <paramref name="set"/> alone, fitted as <see cref="Write"/> fits the country view: the same root
    /// attributes (<see cref="BoundariesAttribute"/>, <see cref="ProjectionAttribute"/>, <see cref="ShapesAttribute"/>)
    /// and per municipality, in code order, a path with <see cref="CodeAttribute"/>, <see cref="CountyAttribute"/> and the
    /// same path data the country view's first paint has, without fill. What the interactive map reads when a view
    /// changes to another boundary set; not for display as it is.
    /// </summary>
    public static string WriteShapes(BoundarySet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var all = new Envelope();
        foreach (var municipality in set.Municipalities)
        {
            all.ExpandToInclude(MercatorBounds(municipality.DisplayGeometry));
        }

        var fit = Fit.Of(all.IsNull ? new Envelope(0, 1, 0, 1) : all);
        var svg = new StringBuilder(256 * 1024);
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {fit.Width} {fit.Height}\" {ShapesAttribute}=\"{set.Municipalities.Count}\"");
        AppendSource(svg, set.Id, fit);
        svg.Append("><g>");
        foreach (var municipality in set.Municipalities.OrderBy(m => m.Code))
        {
            svg.Append(CultureInfo.InvariantCulture, $"<path {CodeAttribute}=\"{municipality.Code.Value}\"");
            AppendShape(svg, municipality, fit);
        }

        svg.Append("</g></svg>");
        return svg.ToString();
    }

    private static void AppendSource(StringBuilder svg, string setId, Fit fit)
    {
        var metresPerUnit = EarthRadius / fit.Scale;
        svg.Append(CultureInfo.InvariantCulture, $" {BoundariesAttribute}=\"{WebUtility.HtmlEncode(setId)}\"");
        svg.Append(CultureInfo.InvariantCulture, $" {ProjectionAttribute}=\"{fit.Box.MinX * EarthRadius:F2} {fit.Box.MaxY * EarthRadius:F2} {metresPerUnit:F4}\"");
    }

    /// <summary>The rest of a path element: its county, its data and the end of the tag.</summary>
    private static void AppendShape(StringBuilder svg, Municipality municipality, Fit fit)
    {
        svg.Append(CultureInfo.InvariantCulture, $" {CountyAttribute}=\"{municipality.County.Value}\" d=\"");
        var rings = Rings(municipality.DisplayGeometry, fit.Box, fit.Scale);
        var start = svg.Length;
        SvgPathData.Append(svg, rings.Select(r => r.Select(p => new SKPoint(MathF.Round(p.X), MathF.Round(p.Y))).ToArray()).ToList());
        if (svg.Length == start)
        {
            // Smaller than a few units across: in tenths, so it still shows.
            SvgPathData.Append(svg, rings);
        }

        svg.Append("\"/>");
    }

    /// <summary>A fitted box (unit-sphere Mercator, padded) and its scale to viewBox units.</summary>
    private readonly record struct Fit(Envelope Box, double Scale, int Width, int Height)
    {
        public static Fit Of(Envelope box)
        {
            box = box.Copy();
            box.ExpandBy(Math.Max(box.Width, box.Height) * Padding);
            var scale = ViewBoxSize / Math.Max(box.Width, box.Height);
            return new Fit(box, scale, (int)Math.Ceiling(box.Width * scale), (int)Math.Ceiling(box.Height * scale));
        }
    }

    private static string FillOf(ChoroplethEntry entry) =>
        MapPalette.HatchAngle(entry.Status) is null ? entry.Fill : $"url(#{PatternId(entry.Status)})";

    private static string PatternId(EntryStatus status) => "kd-first-" + MapPalette.Slug(status);

    /// <summary>One hatch tile per kind of missing the view draws: the map's pattern (js/map/style.js) in viewBox units.</summary>
    private static void AppendPatterns(StringBuilder svg, ChoroplethModel model)
    {
        var statuses = model.Entries.Select(e => e.Status).Where(s => MapPalette.HatchAngle(s) is not null).Distinct().Order().ToList();
        if (statuses.Count == 0)
        {
            return;
        }

        svg.Append("<defs>");
        foreach (var status in statuses)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<pattern id=\"{PatternId(status)}\" patternUnits=\"userSpaceOnUse\" width=\"{HatchTile}\" height=\"{HatchTile}\" patternTransform=\"rotate({MapPalette.HatchAngle(status)!.Value})\">");
            svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{HatchTile}\" height=\"{HatchTile}\" fill=\"{MapPalette.MissingColour}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"{HatchTile}\" stroke=\"{MapPalette.HatchColour}\" stroke-width=\"3\"/>");
            svg.Append("</pattern>");
        }

        svg.Append("</defs>");
    }

    /// <summary>What the interactive map fits (js/map/fit.js), in Mercator units.</summary>
    private static Envelope FitBox(ChoroplethModel model, GeoBounds? extent, List<(ChoroplethEntry Entry, Envelope Bounds)> shapes)
    {
        if (extent is not null)
        {
            var box = new Envelope(MercatorX(extent.West), MercatorX(extent.East), MercatorY(extent.South), MercatorY(extent.North));
            if (box.Width > 0 && box.Height > 0)
            {
                return box;
            }
        }

        if (model.View.Municipality is { } code && shapes.FirstOrDefault(s => s.Entry.Municipality.Code == code) is { Bounds.IsNull: false } own)
        {
            // The municipality and every one whose box meets its box, widened to be symmetric about its centre.
            var around = new Envelope();
            foreach (var s in shapes.Where(s => !s.Bounds.IsNull && s.Bounds.Intersects(own.Bounds)))
            {
                around.ExpandToInclude(s.Bounds);
            }

            var centre = own.Bounds.Centre;
            var dx = Math.Max(around.MaxX - centre.X, centre.X - around.MinX);
            var dy = Math.Max(around.MaxY - centre.Y, centre.Y - around.MinY);
            return new Envelope(centre.X - dx, centre.X + dx, centre.Y - dy, centre.Y + dy);
        }

        var selection = new Envelope();
        var all = new Envelope();
        foreach (var (entry, bounds) in shapes)
        {
            all.ExpandToInclude(bounds);
            if (entry.InSelection)
            {
                selection.ExpandToInclude(bounds);
            }
        }

        var fitted = model.View.County is not null && !selection.IsNull ? selection : all;
        return fitted.IsNull ? new Envelope(0, 1, 0, 1) : fitted.Copy();
    }

    private static List<SKPoint[]> Rings(Geometry geometry, Envelope fit, double scale)
    {
        var rings = new List<SKPoint[]>();
        for (var i = 0; i < geometry.NumGeometries; i++)
        {
            if (geometry.GetGeometryN(i) is not Polygon polygon)
            {
                continue;
            }

            rings.Add(Ring(polygon.ExteriorRing, fit, scale));
            rings.AddRange(polygon.InteriorRings.Select(hole => Ring(hole, fit, scale)));
        }

        return rings;
    }

    private static SKPoint[] Ring(LineString ring, Envelope fit, double scale)
    {
        var sequence = ring.CoordinateSequence;
        var points = new SKPoint[sequence.Count];
        for (var i = 0; i < points.Length; i++)
        {
            points[i] = new SKPoint(
                (float)((MercatorX(sequence.GetX(i)) - fit.MinX) * scale),
                (float)((fit.MaxY - MercatorY(sequence.GetY(i))) * scale));
        }

        return points;
    }

    private static Envelope MercatorBounds(Geometry geometry)
    {
        var wgs84 = geometry.EnvelopeInternal;
        return wgs84.IsNull
            ? new Envelope()
            : new Envelope(MercatorX(wgs84.MinX), MercatorX(wgs84.MaxX), MercatorY(wgs84.MinY), MercatorY(wgs84.MaxY));
    }

    // Web Mercator on the unit sphere: the scale cancels in the fit.
    private static double MercatorX(double longitude) => longitude * Math.PI / 180;

    private static double MercatorY(double latitude) => Math.Log(Math.Tan((Math.PI / 4) + (Math.Clamp(latitude, -85, 85) * Math.PI / 360)));
}
