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
    /// missing-data municipalities and the missing-data swatch are hatched; text uses the embedded Source Sans 3.
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
            Color = Colour(MapScene.HatchColour),
            StrokeWidth = scene.HatchWidth,
        };

        fill.Color = Colour(MapScene.BackgroundColour);
        canvas.DrawRect(0, 0, scene.Width, scene.Height, fill);

        canvas.Save();
        canvas.ClipRect(scene.MapFrame);
        stroke.Color = Colour(MapScene.BorderColour);
        stroke.StrokeWidth = scene.BorderWidth;
        SKPath? highlight = null;
        foreach (var shape in scene.Shapes)
        {
            using var path = ToPath(shape);
            fill.Color = Colour(shape.Fill);
            canvas.DrawPath(path, fill);
            if (shape.IsMissing)
            {
                Hatch(canvas, path, scene.HatchSpacing, hatch);
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
            stroke.Color = Colour(MapScene.HighlightColour);
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
            if (row.Hatched)
            {
                using var swatchPath = new SKPath();
                swatchPath.AddRect(row.Swatch);
                Hatch(canvas, swatchPath, scene.HatchSpacing, hatch);
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
    /// Diagonal lines (bottom-left to top-right) clipped to the path. The lines lie on x + y = k·step in canvas
    /// units, so neighbouring hatched areas and the legend swatch share one continuous pattern, as in the SVG.
    /// </summary>
    private static void Hatch(SKCanvas canvas, SKPath path, float spacing, SKPaint paint)
    {
        if (spacing <= 0)
        {
            return;
        }

        var bounds = path.Bounds;
        var step = spacing * MathF.Sqrt(2); // spacing is measured across the 45° lines
        canvas.Save();
        canvas.ClipPath(path, SKClipOperation.Intersect, antialias: true);
        var first = MathF.Floor((bounds.Left + bounds.Top) / step) * step;
        for (var k = first; k <= bounds.Right + bounds.Bottom + step; k += step)
        {
            canvas.DrawLine(k - bounds.Bottom, bounds.Bottom, k - bounds.Top, bounds.Top, paint);
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
