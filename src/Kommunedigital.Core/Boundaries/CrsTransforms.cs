using NetTopologySuite.Geometries;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace Kommunedigital.Core.Boundaries;

/// <summary>
/// Transformations between WGS84 longitude/latitude and the UTM zones Kartverket publishes in
/// (EPSG:25832, 25833, 25835: ETRS89 / UTM 32N, 33N, 35N). ETRS89 and WGS84 differ by well under a
/// metre in Norway, far below what a municipal map shows, so the zones are built on WGS84.
/// Each transform is made once and is safe to share between threads.
/// </summary>
public static class CrsTransforms
{
    /// <summary>EPSG:25833 — the projection Norwegian national maps are drawn in.</summary>
    public const int Utm33 = 25833;

    private static readonly Dictionary<int, (MathTransform ToWgs84, MathTransform FromWgs84)> ByEpsg = BuildAll();

    /// <summary>The EPSG codes this class can reproject: 25832, 25833, 25835.</summary>
    public static IReadOnlyCollection<int> SupportedEpsg => ByEpsg.Keys;

    /// <summary>The transform from the EPSG code's projection to WGS84, or false for an unsupported code.</summary>
    public static bool TryGetToWgs84(int epsg, out MathTransform transform)
    {
        var found = ByEpsg.TryGetValue(epsg, out var pair);
        transform = pair.ToWgs84;
        return found;
    }

    /// <summary>WGS84 (lon, lat) to UTM 33N metres (easting, northing).</summary>
    public static MathTransform Wgs84ToUtm33 => ByEpsg[Utm33].FromWgs84;

    /// <summary>UTM 33N metres to WGS84 (lon, lat).</summary>
    public static MathTransform Utm33ToWgs84 => ByEpsg[Utm33].ToWgs84;

    /// <summary>A transformed copy of <paramref name="geometry"/>, made by <paramref name="factory"/>.</summary>
    public static Geometry Transform(Geometry geometry, MathTransform transform, GeometryFactory factory)
    {
        var copy = factory.CreateGeometry(geometry);
        copy.Apply(new TransformFilter(transform));
        copy.GeometryChanged();
        return copy;
    }

    /// <summary>One point through <paramref name="transform"/>.</summary>
    public static (double X, double Y) Transform(double x, double y, MathTransform transform) => transform.Transform(x, y);

    private static Dictionary<int, (MathTransform, MathTransform)> BuildAll()
    {
        var factory = new CoordinateTransformationFactory();
        var result = new Dictionary<int, (MathTransform, MathTransform)>();
        foreach (var (epsg, zone) in new[] { (25832, 32), (25833, 33), (25835, 35) })
        {
            var utm = ProjectedCoordinateSystem.WGS84_UTM(zone, true);
            var toWgs84 = factory.CreateFromCoordinateSystems(utm, GeographicCoordinateSystem.WGS84).MathTransform;
            var fromWgs84 = factory.CreateFromCoordinateSystems(GeographicCoordinateSystem.WGS84, utm).MathTransform;
            result[epsg] = (toWgs84, fromWgs84);
        }

        return result;
    }

    private sealed class TransformFilter(MathTransform transform) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                var (x, y) = transform.Transform(seq.GetX(i), seq.GetY(i));
                seq.SetX(i, x);
                seq.SetY(i, y);
            }
        }
    }
}
