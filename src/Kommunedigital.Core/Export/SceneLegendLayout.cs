using Kommunedigital.Core.Views;
using SkiaSharp;

namespace Kommunedigital.Core.Export;

/// <summary>
/// The legend half of <see cref="MapSceneBuilder"/>: rows measured from the model's classes and missing groups,
/// placed at an origin, and the test whether a candidate legend box would cover a drawn outline.
/// </summary>
internal static class SceneLegendLayout
{
    internal sealed record LegendItem(string Colour, EntryStatus Status, string Label);

    internal sealed record LegendMeasure(
        string Heading,
        IReadOnlyList<LegendItem> Items,
        float Width,
        float Height,
        float Unit,
        float HeadingSize,
        float LabelSize,
        float RowHeight,
        SKSize Swatch);

    public static LegendMeasure Measure(ChoroplethModel model, float unit)
    {
        var items = model.Legend
            .OrderBy(c => c.Index)
            .Select(c => new LegendItem(c.Colour, EntryStatus.Value, MapSceneBuilder.LegendLabel(c, model.Language)))
            .Concat(model.Missing.Select(m => new LegendItem(MapPalette.MissingColour, m.Status, MapSceneBuilder.MissingLabel(m, model.Language))))
            .ToList();
        if (items.Count == 0)
        {
            items.Add(new LegendItem(MapPalette.MissingColour, EntryStatus.NotInDataset, model.NoValuesLine));
        }

        var headingSize = 1.9f * unit;
        var labelSize = 1.8f * unit;
        var rowHeight = 2.8f * unit;
        var swatch = new SKSize(3.6f * unit, 2.2f * unit);
        using var headingFont = SceneTextLayout.Font(SceneFontWeight.Semibold, headingSize);
        using var labelFont = SceneTextLayout.Font(SceneFontWeight.Regular, labelSize);
        var labelWidth = items.Max(i => labelFont.MeasureText(i.Label));
        var heading = MapSceneBuilder.LegendHeadingOf(model);
        var width = Math.Max(headingFont.MeasureText(heading), swatch.Width + (1.2f * unit) + labelWidth);
        var height = SceneTextLayout.LineHeight(headingSize) + (0.4f * unit) + (items.Count * rowHeight);
        return new LegendMeasure(heading, items, width, height, unit, headingSize, labelSize, rowHeight, swatch);
    }

    public static List<SceneLegendRow> Place(LegendMeasure legend, SKPoint origin, List<SceneText> texts)
    {
        var unit = legend.Unit;
        texts.Add(new SceneText(legend.Heading, origin.X, origin.Y + legend.HeadingSize, legend.HeadingSize, SceneFontWeight.Semibold, MapScene.TextColour, SceneTextRole.LegendHeading));
        var rows = new List<SceneLegendRow>(legend.Items.Count);
        var top = origin.Y + SceneTextLayout.LineHeight(legend.HeadingSize) + (0.4f * unit);
        foreach (var item in legend.Items)
        {
            var swatchTop = top + ((legend.RowHeight - legend.Swatch.Height) / 2);
            var swatch = SKRect.Create(origin.X, swatchTop, legend.Swatch.Width, legend.Swatch.Height);

            // Baseline so the label's x-height centres on the swatch (x-height ≈ 0.5 em in Source Sans 3).
            var baseline = swatch.MidY + (0.33f * legend.LabelSize);
            var label = new SceneText(item.Label, swatch.Right + (1.2f * unit), baseline, legend.LabelSize, SceneFontWeight.Regular, MapScene.TextColour, SceneTextRole.LegendLabel);
            rows.Add(new SceneLegendRow(swatch, item.Colour, item.Status, label));
            top += legend.RowHeight;
        }

        return rows;
    }

    /// <summary>True when any drawn outline reaches into <paramref name="box"/>, or the box lies inside one.</summary>
    public static bool Touches(List<SceneShape> shapes, SKRect box)
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
}
