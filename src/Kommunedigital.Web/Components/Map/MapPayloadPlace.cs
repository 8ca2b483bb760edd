using Kommunedigital.Core.Boundaries;

namespace Kommunedigital.Web.Components.Map;

/// <summary>
/// Where a municipality sits for keyboard travel and place names, from the boundary set's
/// <see cref="MunicipalityNeighbours"/>: the shape's code each arrow key goes to (null at the country's edge) and its
/// interior point, where its name label is drawn. The module gets it as the short array <see cref="ToJs"/> writes.
/// </summary>
public sealed record MapPayloadPlace(
    string? North,
    string? East,
    string? South,
    string? West,
    double Longitude,
    double Latitude)
{
    /// <summary>
    /// What the module reads (ChoroplethMap.razor.js, <c>placesFromJs</c>), in this order: the codes north, east, south
    /// and west, then longitude and latitude.
    /// </summary>
    public object?[] ToJs() => [North, East, South, West, Longitude, Latitude];

    /// <summary>The places of every municipality of <paramref name="set"/> with an outline, by the shape's code.</summary>
    public static IReadOnlyDictionary<string, MapPayloadPlace> Of(BoundarySet set)
    {
        var neighbours = set.Neighbours;
        var places = new Dictionary<string, MapPayloadPlace>(set.Municipalities.Count, StringComparer.Ordinal);
        foreach (var m in set.Municipalities)
        {
            if (neighbours.RepresentativePoint(m.Code) is not { } point)
            {
                continue; // an empty outline: nothing to travel to or label
            }

            places[m.Code.Value] = new MapPayloadPlace(
                neighbours.Step(m.Code, CompassDirection.North)?.Value,
                neighbours.Step(m.Code, CompassDirection.East)?.Value,
                neighbours.Step(m.Code, CompassDirection.South)?.Value,
                neighbours.Step(m.Code, CompassDirection.West)?.Value,
                Math.Round(point.X, 5),
                Math.Round(point.Y, 5));
        }

        return places;
    }
}
