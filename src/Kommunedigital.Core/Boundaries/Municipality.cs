using NetTopologySuite.Geometries;

namespace Kommunedigital.Core.Boundaries;

/// <summary>
/// One municipality in one boundary structure.
/// </summary>
/// <param name="Code">Kommunenummer in this structure.</param>
/// <param name="Name">Name as the boundary file gives it (bokmål or the official multilingual form).</param>
/// <param name="County">County in this structure: the first two digits of <paramref name="Code"/>.</param>
/// <param name="Geometry">Full-detail outline in WGS84 (x = longitude, y = latitude), valid, Polygon or MultiPolygon.</param>
/// <param name="DisplayGeometry">
/// The outline simplified for display as part of a coverage (neighbours keep shared edges), WGS84.
/// Used by the map, the GeoJSON download and the drawn exports so they all show the same shapes.
/// </param>
public sealed record Municipality(
    MunicipalityCode Code,
    string Name,
    CountyCode County,
    Geometry Geometry,
    Geometry DisplayGeometry);
