using System.Globalization;
using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Views;
using NetTopologySuite.Geometries;
using SkiaSharp;

namespace Kommunedigital.Core.Export;

/// <summary>
/// Lays a <see cref="ChoroplethModel"/> out on a page as a <see cref="MapScene"/>: projects the display outlines
/// from WGS84 to UTM 33 (EPSG:25833, the projection of Norwegian national maps, so Norway is not stretched),
/// fits the model's extent into the map frame keeping its aspect, and places title, legend and source text.
/// </summary>
/// <remarks>
/// Which municipalities are drawn: every entry whose display outline touches the model's extent. Entries outside
/// a county filter stay as grey context, as on the page. The frame is fitted to the projected extent, narrowed to
/// the selection's own outlines when those are smaller (a WGS84 box projected to UTM bulges, and fitting the bulge
/// would leave wide empty margins around Norway).
/// The legend goes in the frame's lower-right corner when no outline touches that corner (Sweden's place on a map
/// of Norway); otherwise it gets its own column (landscape pages) or band (portrait pages) beside the map.
/// </remarks>
public static class MapSceneBuilder
{
    /// <summary>Heading above the legend rows.</summary>
    public const string LegendHeading = "Poeng (0–100)";

    private const string TextColour = "#1a1a1a";
    private const string MutedTextColour = "#4d4d4d";
    private const string NoticeColour = "#a12b00";

    // Smallest extent fitted, in metres: a degenerate box (one point) would otherwise scale to infinity.
    private const double MinimumExtentMetres = 1_000;

    private static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");

    /// <summary>Builds the scene for <paramref name="model"/> on <paramref name="layout"/>'s page.</summary>
    public static MapScene Build(ChoroplethModel model, SceneLayout layout)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(layout);

        // An empty extent cannot be fitted; the structure's own extent is the honest fallback.
        var extent = model.Extent.IsNull ? model.Boundaries.Extent : model.Extent;
        var projected = Project(model, extent);
        var bounds = FitBounds(extent, projected);
        return layout.MapOnly ? BuildMapOnly(model, layout, projected, bounds) : BuildPage(model, layout, projected, bounds);
    }

    /// <summary>"54,3": nb-NO, one decimal; the SSB reason ("Tall mangler") when the score is missing.</summary>
    public static string ValueText(ChoroplethEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Score switch
        {
            { Value: { } value } => FormatScore(value),
            { Symbol: { } symbol } => SsbSymbolText.Reason(symbol),
            _ => SsbSymbolText.Reason(SsbSymbol.Missing),
        };
    }

    /// <summary>The SSB symbol shown for a missing score: the record's own symbol, or ".." when there is no record.</summary>
    public static SsbSymbol? MissingSymbol(ChoroplethEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Score switch
        {
            { Value: not null } => null,
            { Symbol: { } symbol } => symbol,
            _ => SsbSymbol.Missing,
        };
    }

    /// <summary>
    /// A score as shown everywhere in drawn exports: nb-NO, one decimal ("54,3"), halves rounded away from zero
    /// as SSB rounds (58,25 → "58,3"; plain "F1" would round the binary midpoint to even and print "58,2").
    /// </summary>
    public static string FormatScore(double value) =>
        Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("F1", Norwegian);

    /// <summary>"40,0–52,3 (71)".</summary>
    public static string LegendLabel(LegendClass legendClass)
    {
        ArgumentNullException.ThrowIfNull(legendClass);
        return $"{FormatScore(legendClass.Lower)}–{FormatScore(legendClass.Upper)} ({legendClass.Count.ToString(Norwegian)})";
    }

    /// <summary>"Mangler data: Tall mangler (3)".</summary>
    public static string MissingLabel(MissingGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return $"Mangler data: {SsbSymbolText.Reason(group.Symbol)} ({group.Count.ToString(Norwegian)})";
    }

    /// <summary>"357 kommuner · Klassedeling: Kvantiler".</summary>
    public static string Subtitle(ChoroplethModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var count = model.Selected.Count();
        var municipalities = count == 1 ? "1 kommune" : $"{count.ToString(Norwegian)} kommuner";
        return $"{municipalities} · Klassedeling: {MapViewQuery.MethodLabel(model.View.Method)}";
    }

    private static MapScene BuildMapOnly(ChoroplethModel model, SceneLayout layout, List<ProjectedEntry> projected, Envelope bounds)
    {
        var scale = Math.Min(layout.Width / bounds.Width, layout.Height / bounds.Height);
        var width = (float)Math.Max(1, Math.Round(bounds.Width * scale));
        var height = (float)Math.Max(1, Math.Round(bounds.Height * scale));
        var frame = new SKRect(0, 0, width, height);
        var fit = SceneProjection.Fit(frame, bounds);
        var unit = Math.Min(width, height) / 100f;
        return new MapScene(
            width,
            height,
            model.Title,
            Description(model),
            frame,
            fit,
            ToShapes(model, projected, fit, frame),
            [],
            [],
            BorderWidth(unit),
            HatchSpacing(unit),
            HatchWidth(unit));
    }

    private static MapScene BuildPage(ChoroplethModel model, SceneLayout layout, List<ProjectedEntry> projected, Envelope bounds)
    {
        float width = layout.Width, height = layout.Height;
        var unit = Math.Min(width, height) / 100f;
        var margin = 4 * unit;
        var contentWidth = width - (2 * margin);
        var texts = new List<SceneText>();

        // Header, top down.
        var y = margin;
        y = AddLines(texts, model.Title, margin, y, contentWidth, 3.2f * unit, SceneFontWeight.Semibold, TextColour, SceneTextRole.Title);
        y += 0.4f * unit;
        y = AddLines(texts, Subtitle(model), margin, y, contentWidth, 1.9f * unit, SceneFontWeight.Regular, MutedTextColour, SceneTextRole.Subtitle);
        if (model.IsSample)
        {
            y += 0.4f * unit;
            y = AddLines(texts, SurveyDataset.SampleNotice, margin, y, contentWidth, 1.9f * unit, SceneFontWeight.Semibold, NoticeColour, SceneTextRole.SampleNotice);
        }

        var mapTop = y + (2 * unit);

        // Footer, bottom up: wrapped source lines sit on the bottom margin.
        var sourceSize = 1.5f * unit;
        List<string> sourceLines;
        using (var sourceFont = Font(SceneFontWeight.Regular, sourceSize))
        {
            sourceLines = Wrap(model.SourceLine, sourceFont, contentWidth);
        }

        var sourceTop = height - margin - (sourceLines.Count * LineHeight(sourceSize));
        AddLines(texts, sourceLines, margin, sourceTop, sourceSize, SceneFontWeight.Regular, MutedTextColour, SceneTextRole.Source);
        var mapBottom = sourceTop - (2 * unit);

        var legend = MeasureLegend(model, unit);
        var area = new SKRect(margin, mapTop, width - margin, Math.Max(mapTop + unit, mapBottom));

        // First choice: the whole area for the map, the legend in its empty lower-right corner.
        var frame = area;
        var fit = SceneProjection.Fit(frame, bounds);
        var shapes = ToShapes(model, projected, fit, frame);
        var legendOrigin = new SKPoint(area.Right - legend.Width, area.Bottom - legend.Height);
        var legendBox = SKRect.Create(legendOrigin, new SKSize(legend.Width, legend.Height));
        legendBox.Inflate(unit, unit);
        if (Touches(shapes, legendBox))
        {
            if (width >= height)
            {
                frame = new SKRect(area.Left, area.Top, Math.Max(area.Left + unit, area.Right - legend.Width - (3 * unit)), area.Bottom);
            }
            else
            {
                frame = new SKRect(area.Left, area.Top, area.Right, Math.Max(area.Top + unit, area.Bottom - legend.Height - (2 * unit)));
                legendOrigin = new SKPoint(area.Left, area.Bottom - legend.Height);
            }

            fit = SceneProjection.Fit(frame, bounds);
            shapes = ToShapes(model, projected, fit, frame);
        }

        var legendRows = PlaceLegend(legend, legendOrigin, texts);
        return new MapScene(
            width,
            height,
            model.Title,
            Description(model),
            frame,
            fit,
            shapes,
            texts,
            legendRows,
            BorderWidth(unit),
            HatchSpacing(unit),
            HatchWidth(unit));
    }

    private static float BorderWidth(float unit) => 0.06f * unit;

    private static float HatchSpacing(float unit) => 0.7f * unit;

    private static float HatchWidth(float unit) => 0.12f * unit;

    private static string Description(ChoroplethModel model)
    {
        var selected = model.Selected.Count();
        var missing = model.Missing.Sum(m => m.Count);
        var classes = model.Legend.Count;
        return $"Kart over {selected.ToString(Norwegian)} kommuner fargelagt i {classes.ToString(Norwegian)} klasser etter poeng (0–100); " +
            $"{missing.ToString(Norwegian)} uten verdi er skravert. {model.SourceLine}";
    }

    // ---- Projection and fitting -------------------------------------------------------------------------------

    /// <summary>An entry with its display outline in UTM 33 metres: rings as interleaved x, y.</summary>
    private sealed record ProjectedEntry(ChoroplethEntry Entry, List<double[]> Rings, Envelope Bounds);

    private static List<ProjectedEntry> Project(ChoroplethModel model, Envelope extent)
    {
        var transform = CrsTransforms.Wgs84ToUtm33;
        var context = new List<ProjectedEntry>();
        var selection = new List<ProjectedEntry>();
        foreach (var entry in model.Entries)
        {
            var geometry = entry.Municipality.DisplayGeometry;
            if (!geometry.EnvelopeInternal.Intersects(extent))
            {
                continue;
            }

            var rings = new List<double[]>();
            var bounds = new Envelope();
            for (var i = 0; i < geometry.NumGeometries; i++)
            {
                if (geometry.GetGeometryN(i) is not Polygon polygon)
                {
                    continue;
                }

                AddRing(polygon.ExteriorRing, rings, bounds, transform);
                foreach (var hole in polygon.InteriorRings)
                {
                    AddRing(hole, rings, bounds, transform);
                }
            }

            if (rings.Count > 0)
            {
                (entry.InSelection ? selection : context).Add(new ProjectedEntry(entry, rings, bounds));
            }
        }

        // Context under the selection, so the selection's borders are never painted over.
        context.AddRange(selection);
        return context;
    }

    private static void AddRing(LineString ring, List<double[]> rings, Envelope bounds, ProjNet.CoordinateSystems.Transformations.MathTransform transform)
    {
        var sequence = ring.CoordinateSequence;
        var count = sequence.Count;
        if (count > 1 && sequence.GetX(0) == sequence.GetX(count - 1) && sequence.GetY(0) == sequence.GetY(count - 1))
        {
            count--; // a closed ring repeats its first point; drawing closes it anyway
        }

        if (count < 3)
        {
            return;
        }

        var xy = new double[count * 2];
        for (var i = 0; i < count; i++)
        {
            double x = sequence.GetX(i), y = sequence.GetY(i);
            transform.Transform(ref x, ref y);
            xy[2 * i] = x;
            xy[(2 * i) + 1] = y;
            bounds.ExpandToInclude(x, y);
        }

        rings.Add(xy);
    }

    private static Envelope FitBounds(Envelope extent, List<ProjectedEntry> projected)
    {
        var extentBounds = ProjectEnvelope(extent);
        var selection = new Envelope();
        foreach (var p in projected.Where(p => p.Entry.InSelection))
        {
            selection.ExpandToInclude(p.Bounds);
        }

        var bounds = selection.IsNull ? extentBounds : extentBounds.Intersection(selection);
        if (bounds.IsNull || bounds.Width <= 0 || bounds.Height <= 0)
        {
            bounds = extentBounds;
        }

        bounds = bounds.Copy();
        if (bounds.Width < MinimumExtentMetres || bounds.Height < MinimumExtentMetres)
        {
            bounds.ExpandBy(Math.Max(0, (MinimumExtentMetres - bounds.Width) / 2), Math.Max(0, (MinimumExtentMetres - bounds.Height) / 2));
        }

        return bounds;
    }

    /// <summary>The UTM bounds of a WGS84 box: edges are densified because a parallel projects to a curve.</summary>
    private static Envelope ProjectEnvelope(Envelope wgs84)
    {
        const int Steps = 16;
        var transform = CrsTransforms.Wgs84ToUtm33;
        var result = new Envelope();
        for (var i = 0; i <= Steps; i++)
        {
            var t = i / (double)Steps;
            var lon = wgs84.MinX + (t * wgs84.Width);
            var lat = wgs84.MinY + (t * wgs84.Height);
            foreach (var (x0, y0) in new[] { (lon, wgs84.MinY), (lon, wgs84.MaxY), (wgs84.MinX, lat), (wgs84.MaxX, lat) })
            {
                double x = x0, y = y0;
                transform.Transform(ref x, ref y);
                result.ExpandToInclude(x, y);
            }
        }

        return result;
    }

    private static List<SceneShape> ToShapes(ChoroplethModel model, List<ProjectedEntry> projected, SceneProjection fit, SKRect frame)
    {
        var highlighted = model.View.Municipality;
        var shapes = new List<SceneShape>(projected.Count);
        foreach (var p in projected)
        {
            var topLeft = fit.FromUtm33(p.Bounds.MinX, p.Bounds.MaxY);
            var bottomRight = fit.FromUtm33(p.Bounds.MaxX, p.Bounds.MinY);
            if (!frame.IntersectsWith(new SKRect(topLeft.X, topLeft.Y, bottomRight.X, bottomRight.Y)))
            {
                continue;
            }

            var rings = new SKPoint[p.Rings.Count][];
            for (var r = 0; r < rings.Length; r++)
            {
                var xy = p.Rings[r];
                var points = new SKPoint[xy.Length / 2];
                for (var i = 0; i < points.Length; i++)
                {
                    points[i] = fit.FromUtm33(xy[2 * i], xy[(2 * i) + 1]);
                }

                rings[r] = points;
            }

            var entry = p.Entry;
            shapes.Add(new SceneShape(
                entry.Municipality.Code,
                entry.Municipality.Name,
                entry.Fill,
                entry.InSelection,
                entry.InSelection && MissingSymbol(entry) is not null,
                highlighted is { } code && code == entry.Municipality.Code,
                ValueText(entry),
                rings));
        }

        return shapes;
    }

    // ---- Legend -----------------------------------------------------------------------------------------------

    private sealed record LegendItem(string Colour, bool Hatched, string Label);

    private sealed record LegendMeasure(
        IReadOnlyList<LegendItem> Items,
        float Width,
        float Height,
        float Unit,
        float HeadingSize,
        float LabelSize,
        float RowHeight,
        SKSize Swatch);

    private static LegendMeasure MeasureLegend(ChoroplethModel model, float unit)
    {
        var items = model.Legend
            .OrderBy(c => c.Index)
            .Select(c => new LegendItem(c.Colour, false, LegendLabel(c)))
            .Concat(model.Missing.Where(m => m.Count > 0).Select(m => new LegendItem(ChoroplethModel.MissingColour, true, MissingLabel(m))))
            .ToList();
        if (items.Count == 0)
        {
            items.Add(new LegendItem(ChoroplethModel.MissingColour, true, "Ingen verdier i utvalget"));
        }

        var headingSize = 1.9f * unit;
        var labelSize = 1.8f * unit;
        var rowHeight = 2.8f * unit;
        var swatch = new SKSize(3.6f * unit, 2.2f * unit);
        using var headingFont = Font(SceneFontWeight.Semibold, headingSize);
        using var labelFont = Font(SceneFontWeight.Regular, labelSize);
        var labelWidth = items.Max(i => labelFont.MeasureText(i.Label));
        var width = Math.Max(headingFont.MeasureText(LegendHeading), swatch.Width + (1.2f * unit) + labelWidth);
        var height = LineHeight(headingSize) + (0.4f * unit) + (items.Count * rowHeight);
        return new LegendMeasure(items, width, height, unit, headingSize, labelSize, rowHeight, swatch);
    }

    private static List<SceneLegendRow> PlaceLegend(LegendMeasure legend, SKPoint origin, List<SceneText> texts)
    {
        var unit = legend.Unit;
        texts.Add(new SceneText(LegendHeading, origin.X, origin.Y + legend.HeadingSize, legend.HeadingSize, SceneFontWeight.Semibold, TextColour, SceneTextRole.LegendHeading));
        var rows = new List<SceneLegendRow>(legend.Items.Count);
        var top = origin.Y + LineHeight(legend.HeadingSize) + (0.4f * unit);
        foreach (var item in legend.Items)
        {
            var swatchTop = top + ((legend.RowHeight - legend.Swatch.Height) / 2);
            var swatch = SKRect.Create(origin.X, swatchTop, legend.Swatch.Width, legend.Swatch.Height);

            // Baseline so the label's x-height centres on the swatch (x-height ≈ 0.5 em in Source Sans 3).
            var baseline = swatch.MidY + (0.33f * legend.LabelSize);
            var label = new SceneText(item.Label, swatch.Right + (1.2f * unit), baseline, legend.LabelSize, SceneFontWeight.Regular, TextColour, SceneTextRole.LegendLabel);
            rows.Add(new SceneLegendRow(swatch, item.Colour, item.Hatched, label));
            top += legend.RowHeight;
        }

        return rows;
    }

    /// <summary>True when any drawn outline reaches into <paramref name="box"/>, or the box lies inside one.</summary>
    private static bool Touches(List<SceneShape> shapes, SKRect box)
    {
        var centre = new SKPoint(box.MidX, box.MidY);
        foreach (var shape in shapes)
        {
            var crossings = 0;
            foreach (var ring in shape.Rings)
            {
                var previous = ring[^1];
                foreach (var point in ring)
                {
                    if (SegmentTouches(previous, point, box))
                    {
                        return true;
                    }

                    // Even-odd ray cast to the right of the centre.
                    if ((point.Y > centre.Y) != (previous.Y > centre.Y) &&
                        centre.X < previous.X + ((centre.Y - previous.Y) * (point.X - previous.X) / (point.Y - previous.Y)))
                    {
                        crossings++;
                    }

                    previous = point;
                }
            }

            if (crossings % 2 == 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Liang–Barsky: does the segment a–b enter the rectangle?</summary>
    private static bool SegmentTouches(SKPoint a, SKPoint b, SKRect r)
    {
        float dx = b.X - a.X, dy = b.Y - a.Y;
        float t0 = 0, t1 = 1;
        return Clip(-dx, a.X - r.Left) && Clip(dx, r.Right - a.X) && Clip(-dy, a.Y - r.Top) && Clip(dy, r.Bottom - a.Y);

        bool Clip(float p, float q)
        {
            if (p == 0)
            {
                return q >= 0;
            }

            var t = q / p;
            if (p < 0)
            {
                if (t > t1)
                {
                    return false;
                }

                t0 = Math.Max(t0, t);
            }
            else
            {
                if (t < t0)
                {
                    return false;
                }

                t1 = Math.Min(t1, t);
            }

            return true;
        }
    }

    // ---- Text -------------------------------------------------------------------------------------------------

    private static float LineHeight(float size) => 1.25f * size;

    private static SKFont Font(SceneFontWeight weight, float size) => new(EmbeddedFonts.For(weight), size);

    private static float AddLines(List<SceneText> texts, string text, float x, float top, float maxWidth, float size, SceneFontWeight weight, string colour, SceneTextRole role)
    {
        using var font = Font(weight, size);
        return AddLines(texts, Wrap(text, font, maxWidth), x, top, size, weight, colour, role);
    }

    private static float AddLines(List<SceneText> texts, IReadOnlyList<string> lines, float x, float top, float size, SceneFontWeight weight, string colour, SceneTextRole role)
    {
        foreach (var line in lines)
        {
            // The baseline one em below the line's top leaves room for capitals with rings and accents (Å, Á).
            texts.Add(new SceneText(line, x, top + size, size, weight, colour, role));
            top += LineHeight(size);
        }

        return top;
    }

    /// <summary>Greedy word wrap; a single word wider than the line stays whole rather than being cut.</summary>
    private static List<string> Wrap(string text, SKFont font, float maxWidth)
    {
        var lines = new List<string>();
        var current = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && font.MeasureText(candidate) > maxWidth)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = candidate;
            }
        }

        if (current.Length > 0)
        {
            lines.Add(current);
        }

        return lines;
    }
}
