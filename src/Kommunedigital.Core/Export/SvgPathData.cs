using System.Globalization;
using System.Text;
using SkiaSharp;

namespace Kommunedigital.Core.Export;

/// <summary>The compact SVG path data of <see cref="SvgExporter"/>: tenths of a unit, relative moves, no spare separators.</summary>
internal static class SvgPathData
{
    /// <summary>
    /// Appends "M x y l dx dy dx dy …z" per ring, in tenths of a unit. Working in whole tenths keeps relative
    /// moves exact (no drift), and makes "collapses to the same rounded point" a plain integer comparison.
    /// </summary>
    public static void Append(StringBuilder path, SceneShape shape) => Append(path, shape.Rings);

    /// <summary>The same for bare rings (in the drawing's units).</summary>
    public static void Append(StringBuilder path, IReadOnlyList<SKPoint[]> rings)
    {
        if (rings.Count == 0)
        {
            return;
        }

        var rounded = new int[2 * rings.Max(r => r.Length)];
        foreach (var ring in rings)
        {
            var count = 0;
            foreach (var point in ring)
            {
                int x = (int)MathF.Round(point.X * 10), y = (int)MathF.Round(point.Y * 10);
                if (count > 0 && rounded[(2 * count) - 2] == x && rounded[(2 * count) - 1] == y)
                {
                    continue;
                }

                rounded[2 * count] = x;
                rounded[(2 * count) + 1] = y;
                count++;
            }

            if (count > 1 && rounded[0] == rounded[(2 * count) - 2] && rounded[1] == rounded[(2 * count) - 1])
            {
                count--; // the closing vertex rounded onto the first; z closes the ring anyway
            }

            count = DropStraightThrough(rounded, count);

            if (count < 3)
            {
                continue;
            }

            path.Append('M');
            AppendTenths(path, rounded[0]);
            AppendSeparated(path, rounded[1]);
            path.Append('l');
            for (var i = 1; i < count; i++)
            {
                var dx = rounded[2 * i] - rounded[(2 * i) - 2];
                var dy = rounded[(2 * i) + 1] - rounded[(2 * i) - 1];
                if (i == 1)
                {
                    AppendTenths(path, dx);
                }
                else
                {
                    AppendSeparated(path, dx);
                }

                AppendSeparated(path, dy);
            }

            path.Append('z');
        }
    }

    /// <summary>
    /// Drops each vertex (but the first) that lies on the straight line from the vertex kept before it to the one
    /// after it, between the two: rounding turns gentle curves into runs like "1 0 1 0 1 0", which draw the same as
    /// "3 0". Exact in whole tenths, so the drawn outline is the same set of points, and a neighbour that keeps the
    /// vertex draws the same shared edge. Returns the new count.
    /// </summary>
    private static int DropStraightThrough(int[] rounded, int count)
    {
        if (count < 3)
        {
            return count;
        }

        var kept = 1;
        for (var i = 1; i < count; i++)
        {
            var next = i + 1 < count ? i + 1 : 0;
            long ax = rounded[(2 * kept) - 2], ay = rounded[(2 * kept) - 1];
            long bx = rounded[2 * i], by = rounded[(2 * i) + 1];
            long cx = rounded[2 * next], cy = rounded[(2 * next) + 1];
            var cross = ((bx - ax) * (cy - by)) - ((by - ay) * (cx - bx));
            var dot = ((bx - ax) * (cx - bx)) + ((by - ay) * (cy - by));
            if (cross == 0 && dot > 0)
            {
                continue;
            }

            rounded[2 * kept] = rounded[2 * i];
            rounded[(2 * kept) + 1] = rounded[(2 * i) + 1];
            kept++;
        }

        return kept;
    }

    private static void AppendSeparated(StringBuilder path, int tenths)
    {
        if (tenths >= 0)
        {
            path.Append(' '); // a minus sign separates numbers by itself
        }

        AppendTenths(path, tenths);
    }

    /// <summary>12.3, -0.5 → "-.5", 120 → "12".</summary>
    private static void AppendTenths(StringBuilder path, int tenths)
    {
        if (tenths < 0)
        {
            path.Append('-');
            tenths = -tenths;
        }

        int whole = tenths / 10, fraction = tenths % 10;
        if (whole != 0 || fraction == 0)
        {
            path.Append(whole.ToString(CultureInfo.InvariantCulture));
        }

        if (fraction != 0)
        {
            path.Append('.').Append((char)('0' + fraction));
        }
    }
}
