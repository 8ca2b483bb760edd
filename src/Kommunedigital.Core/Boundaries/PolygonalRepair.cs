using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.Operation.OverlayNG;

namespace Kommunedigital.Core.Boundaries;

/// <summary>
/// Turns the boundary files' outlines into valid polygonal geometry: repair of invalid elements, unions of
/// overlapping parts, and the dissolve of municipalities into counties. Split out of <see cref="BoundarySetBuilder"/>,
/// which reads, merges, reprojects and simplifies; this is the geometry surgery it calls.
/// </summary>
internal static class PolygonalRepair
{
    /// <summary>Snap-rounding to 1e-7° (about 1 cm) for unioning coverages whose shared borders do not match.</summary>
    private static readonly PrecisionModel SnapRounding = new(1e7);

    /// <summary>
    /// A valid Polygon or MultiPolygon covering the same area. GeometryFixer on a whole MultiPolygon unions
    /// every element, which for a county of a hundred islands costs ten times more than needed: here each
    /// invalid element is fixed alone, and only if the elements then overlap are the overlapping ones
    /// unioned. Whatever is still invalid goes through GeometryFixer whole.
    /// </summary>
    public static Geometry Repair(Geometry geometry)
    {
        if (geometry.IsValid)
        {
            return geometry;
        }

        if (geometry is not MultiPolygon multiPolygon)
        {
            return AsPolygonal(GeometryFixer.Fix(geometry), geometry.Factory);
        }

        var parts = Polygons(multiPolygon).SelectMany(p => p.IsValid ? [p] : Polygons(GeometryFixer.Fix(p))).Where(p => !p.IsEmpty).ToArray();
        var repaired = AsPolygonal(geometry.Factory.CreateMultiPolygon(parts), geometry.Factory);
        if (!repaired.IsValid)
        {
            repaired = AsPolygonal(geometry.Factory.CreateMultiPolygon(UnionOverlapping(parts)), geometry.Factory);
        }

        return repaired.IsValid ? repaired : AsPolygonal(GeometryFixer.Fix(geometry), geometry.Factory);
    }

    /// <summary>Valid polygons in, the same area out with every group of intersecting polygons unioned.</summary>
    private static Polygon[] UnionOverlapping(Polygon[] parts)
    {
        var index = new STRtree<int>();
        for (var i = 0; i < parts.Length; i++)
        {
            index.Insert(parts[i].EnvelopeInternal, i);
        }

        var cluster = Enumerable.Range(0, parts.Length).ToArray();
        int Root(int i) => cluster[i] == i ? i : cluster[i] = Root(cluster[i]);
        for (var i = 0; i < parts.Length; i++)
        {
            // A mainland polygon is tested against every island inside its envelope: prepare it once.
            var prepared = PreparedGeometryFactory.Prepare(parts[i]);
            foreach (var j in index.Query(parts[i].EnvelopeInternal))
            {
                if (j > i && Root(i) != Root(j) && prepared.Intersects(parts[j]))
                {
                    cluster[Root(j)] = Root(i);
                }
            }
        }

        return Enumerable.Range(0, parts.Length)
            .GroupBy(Root)
            .SelectMany(g => g.Count() == 1 ? [parts[g.Key]] : Polygons(OverlayNGRobust.Union(g.Select(i => parts[i]).ToArray())))
            .ToArray();
    }

    public static Geometry AsPolygonal(Geometry geometry, GeometryFactory factory)
    {
        if (geometry is Polygon or MultiPolygon)
        {
            return geometry;
        }

        var polygons = Polygons(geometry).Where(p => !p.IsEmpty).ToArray();
        return polygons.Length == 1 ? polygons[0] : factory.CreateMultiPolygon(polygons);
    }

    public static IEnumerable<Polygon> Polygons(Geometry geometry) =>
        Enumerable.Range(0, geometry.NumGeometries)
            .Select(geometry.GetGeometryN)
            .SelectMany(g => g switch
            {
                Polygon polygon => [polygon],
                GeometryCollection collection => Polygons(collection),
                _ => Enumerable.Empty<Polygon>(),
            });

    /// <summary>
    /// The union of adjacent municipalities. Coverage union only drops the shared edges, so it is fast and exact
    /// for a clean coverage. The source files are not perfectly clean (a few borders, e.g. around Bindal, Lurøy and
    /// Rødøy, are drawn differently by the two neighbours), and there it fails or gives an invalid result. Those
    /// counties (the display outlines of Nordland 2020 and 2024 and Vestland 2020, 41-43 municipalities each) are
    /// unioned by a zero-width buffer, which for valid polygons is their union and costs 0.1-0.24 s a county at
    /// start-up against 0.35-0.7 s for the overlay union. Should its result be invalid or short of the parts' area,
    /// the overlay union with snap-rounding to 1e-7° (about 1 cm), which nodes the mismatched borders, decides.
    /// </summary>
    public static Geometry Dissolve(IEnumerable<Geometry> parts)
    {
        var array = parts.ToArray();
        if (array.Length == 1)
        {
            return array[0];
        }

        try
        {
            var union = NetTopologySuite.Coverage.CoverageUnion.Union(array);
            if (union is not null && union.IsValid && union is Polygon or MultiPolygon)
            {
                return union;
            }
        }
        catch (TopologyException)
        {
            // Not a clean coverage: fall through to the overlay union.
        }

        var factory = array[0].Factory;
        var collection = factory.BuildGeometry(array);
        var buffered = AsPolygonal(collection.Buffer(0), factory);
        if (buffered.IsValid && CoversTheParts(buffered, array))
        {
            return buffered;
        }

        return Repair(AsPolygonal(UnaryUnionNG.Union(collection, SnapRounding), factory));
    }

    /// <summary>
    /// Whether a union has the parts' area to within the overlaps and slivers of mismatched borders (a relative
    /// 1e-5: 10 m² in a municipality of 1 km²); a zero-width buffer that lost a part fails this.
    /// </summary>
    private static bool CoversTheParts(Geometry union, Geometry[] parts)
    {
        var sum = parts.Sum(p => p.Area);
        return sum > 0 && Math.Abs(sum - union.Area) / sum < 1e-5;
    }
}
