using Kommunedigital.Core.Views;
using SkiaSharp;

namespace Kommunedigital.Core.Export;

/// <summary>
/// The one drawing routine for <see cref="MapScene"/> on any Skia canvas: a raster surface (PNG) or a PDF page
/// (vector paths and real text). Nothing here depends on the format.
/// </summary>
public static class SkiaMapPainter
{
    /// <summary>
    /// Paints <paramref name="scene"/> at the canvas's current transform, one output unit per canvas unit.
    /// Shapes are filled even-odd (holes and islands need no orientation), separated by thin white borders;
    /// each kind of missing data and its swatch get their own hatch; text uses the embedded Source Sans 3.
    /// </summary>
    public static void Paint(MapScene scene, SKCanvas canvas)
    {
        ArgumentNullException.ThrowIfNull(scene);
        ArgumentNullException.ThrowIfNull(canvas);

        using var fill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        using var stroke = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeJoin = SKStrokeJoin.Round };
        using var hatch = new SKPaint
        {
            IsAntialias = true,
            Style = SKPaintStyle.Stroke,
            Color = Colour(MapPalette.HatchColour),
            StrokeWidth = scene.HatchWidth,
        };

        fill.Color = Colour(MapScene.BackgroundColour);
        canvas.DrawRect(0, 0, scene.Width, scene.Height, fill);

        canvas.Save();
        canvas.ClipRect(scene.MapFrame);
        stroke.Color = Colour(MapPalette.BorderColour);
        stroke.StrokeWidth = scene.BorderWidth;
        SKPath? highlight = null;
        foreach (var shape in scene.Shapes)
        {
            using var path = ToPath(shape);
            fill.Color = Colour(shape.Fill);
            canvas.DrawPath(path, fill);
            if (shape.HatchAngle is { } angle)
            {
                Hatch(canvas, path, angle, scene.HatchSpacing, hatch);
            }

            if (scene.BorderWidth > 0)
            {
                canvas.DrawPath(path, stroke);
            }

            if (shape.IsHighlighted)
            {
                highlight ??= new SKPath { FillType = SKPathFillType.EvenOdd };
                highlight.AddPath(path);
            }
        }

        if (highlight is not null)
        {
            // Drawn last so no neighbour covers half of it.
            stroke.Color = Colour(MapPalette.HighlightColour);
            stroke.StrokeWidth = Math.Max(scene.BorderWidth * 4, 1);
            canvas.DrawPath(highlight, stroke);
            highlight.Dispose();
        }

        canvas.Restore();

        stroke.Color = Colour(MapScene.SwatchBorderColour);
        stroke.StrokeWidth = Math.Max(scene.BorderWidth, scene.HatchWidth / 2);
        foreach (var row in scene.Legend)
        {
            fill.Color = Colour(row.Colour);
            canvas.DrawRect(row.Swatch, fill);
            if (row.HatchAngle is { } angle)
            {
                using var swatchPath = new SKPath();
                swatchPath.AddRect(row.Swatch);
                Hatch(canvas, swatchPath, angle, scene.HatchSpacing, hatch);
            }

            canvas.DrawRect(row.Swatch, stroke);
            DrawText(canvas, row.Label, fill);
        }

        foreach (var text in scene.Texts)
        {
            DrawText(canvas, text, fill);
        }
    }

    /// <summary>"#rrggbb" → opaque colour.</summary>
    internal static SKColor Colour(string hex) =>
        SKColor.TryParse(hex, out var colour) ? colour : throw new ArgumentException($"'{hex}' is not a #rrggbb colour.", nameof(hex));

    private static SKPath ToPath(SceneShape shape)
    {
        var path = new SKPath { FillType = SKPathFillType.EvenOdd };
        foreach (var ring in shape.Rings)
        {
            path.AddPoly(ring, close: true);
        }

        return path;
    }

    /// <summary>
    /// Parallel lines clipped to the path: the points p with n·p = k·spacing, n the unit normal at
    /// <paramref name="angle"/> degrees (<see cref="MapPalette.HatchAngle"/>: 45 is "/", -45 "\", 90 horizontal). The
    /// lines are fixed in canvas units, so neighbouring hatched areas and the legend swatch share one continuous
    /// pattern, as in the SVG.
    /// </summary>
    private static void Hatch(SKCanvas canvas, SKPath path, int angle, float spacing, SKPaint paint)
    {
        if (spacing <= 0)
        {
            return;
        }

        var radians = angle * MathF.PI / 180;
        float nx = MathF.Cos(radians), ny = MathF.Sin(radians); // normal
        float dx = -ny, dy = nx; // along the lines
        var bounds = path.Bounds;
        float low = float.MaxValue, high = float.MinValue, along = 0;
        foreach (var (x, y) in new[] { (bounds.Left, bounds.Top), (bounds.Right, bounds.Top), (bounds.Left, bounds.Bottom), (bounds.Right, bounds.Bottom) })
        {
            var n = (x * nx) + (y * ny);
            low = Math.Min(low, n);
            high = Math.Max(high, n);
            along = Math.Max(along, Math.Abs((x * dx) + (y * dy)));
        }

        canvas.Save();
        canvas.ClipPath(path, SKClipOperation.Intersect, antialias: true);
        for (var k = MathF.Floor(low / spacing) * spacing; k <= high + spacing; k += spacing)
        {
            // The foot of the line through the origin's normal, then far enough both ways to cross the bounds.
            float px = k * nx, py = k * ny, reach = along + spacing;
            canvas.DrawLine(px - (reach * dx), py - (reach * dy), px + (reach * dx), py + (reach * dy), paint);
        }

        canvas.Restore();
    }

    private static void DrawText(SKCanvas canvas, SceneText text, SKPaint paint)
    {
        using var font = new SKFont(EmbeddedFonts.For(text.Weight), text.Size)
        {
            Edging = SKFontEdging.Antialias,
            Subpixel = true,
        };
        paint.Color = Colour(text.Colour);
        canvas.DrawText(text.Text, text.X, text.Baseline, SKTextAlign.Left, font, paint);
    }
}
