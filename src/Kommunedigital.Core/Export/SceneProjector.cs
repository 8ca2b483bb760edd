using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Views;
using NetTopologySuite.Geometries;
using SkiaSharp;

namespace Kommunedigital.Core.Export;

/// <summary>
/// The geometry half of <see cref="MapSceneBuilder"/>: display outlines projected from WGS84 to UTM 33, the
/// bounds the frame is fitted to, and the fitted shapes.
/// </summary>
internal static class SceneProjector
{
    // Smallest extent fitted, in metres: a degenerate box (one point) would otherwise scale to infinity.
    private const double MinimumExtentMetres = 1_000;

    /// <summary>An entry with its display outline in UTM 33 metres: rings as interleaved x, y.</summary>
    internal sealed record ProjectedEntry(ChoroplethEntry Entry, List<double[]> Rings, Envelope Bounds);

    public static List<ProjectedEntry> Project(ChoroplethModel model, Envelope extent)
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

    public static Envelope FitBounds(Envelope extent, List<ProjectedEntry> projected)
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

    public static List<SceneShape> ToShapes(ChoroplethModel model, List<ProjectedEntry> projected, SceneProjection fit, SKRect frame)
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
                entry.Name,
                entry.Fill,
                entry.Status,
                highlighted is { } code && code == entry.Municipality.Code,
                entry.ValueText,
                rings));
        }

        return shapes;
    }
}
