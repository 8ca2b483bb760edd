using NetTopologySuite.Geometries;

namespace Kommunedigital.Core.Boundaries;

/// <summary>
/// The one <see cref="GeometryFactory"/> per coordinate reference system that boundary geometry is made
/// with: floating precision, SRID set to the EPSG code (4326 for WGS84 longitude/latitude). Made once,
/// immutable, shared between threads.
/// </summary>
public static class BoundaryGeometryFactories
{
    private static readonly Dictionary<int, GeometryFactory> ProjectedByEpsg =
        CrsTransforms.SupportedEpsg.ToDictionary(epsg => epsg, epsg => new GeometryFactory(new PrecisionModel(), epsg));

    /// <summary>WGS84 longitude/latitude (EPSG:4326): every loaded <see cref="Municipality"/> and <see cref="County"/>.</summary>
    public static GeometryFactory Wgs84 { get; } = new(new PrecisionModel(), 4326);

    /// <summary>ETRS89 / UTM 33N metres (EPSG:25833), where distances in Norway are measured.</summary>
    public static GeometryFactory Utm33 => ProjectedByEpsg[CrsTransforms.Utm33];

    /// <summary>The factory for a projected EPSG code from <see cref="CrsTransforms.SupportedEpsg"/>, or WGS84 for null.</summary>
    public static GeometryFactory For(int? epsg) => epsg is { } code ? ProjectedByEpsg[code] : Wgs84;
}
