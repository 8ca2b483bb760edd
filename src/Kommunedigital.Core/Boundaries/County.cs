using NetTopologySuite.Geometries;

namespace Kommunedigital.Core.Boundaries;

/// <summary>One county (fylke) in one boundary structure.</summary>
/// <param name="Code">Fylkesnummer in this structure.</param>
/// <param name="Name">Bokmål name from the structure's county table.</param>
/// <param name="Geometry">Outline in WGS84: from a county file, or the dissolved union of its municipalities.</param>
/// <param name="DisplayGeometry">The outline simplified for display, WGS84.</param>
public sealed record County(
    CountyCode Code,
    string Name,
    Geometry Geometry,
    Geometry DisplayGeometry);
