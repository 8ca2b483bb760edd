using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace Kommunedigital.Core.Boundaries;

/// <summary>
/// Which municipalities of one <see cref="BoundarySet"/> border each other, and where an arrow key goes from each:
/// what keyboard travel across the map follows. Computed once per set (<see cref="BoundarySet.Neighbours"/>) from
/// the display geometry the map draws, so a step always lands on a shape the reader can see next to the last one.
/// </summary>
/// <remarks>
/// <para>Two municipalities are neighbours when their display outlines come within <see cref="Tolerance"/> degrees
/// of each other. The display outlines are simplified as a coverage, so shared edges stay shared and a tolerance of
/// about 50–100 m only absorbs rounding; it does not bridge a fjord (Bergen and Austevoll stay apart).</para>
/// <para>A step goes from the municipality's interior point (a point inside the shape, as
/// <see cref="Geometry.InteriorPoint"/> finds it) to the nearest neighbour whose interior point lies in the arrow's
/// 90° sector (north is bearings −45° up to 45°, east 45° up to 135°, and so on). Bearings are measured in a local
/// equirectangular plane (longitude differences times the cosine of the mean latitude), which is the direction the
/// reader sees on the page's Mercator map. With no neighbour in the sector (an island, the coast), the step goes to
/// the nearest municipality in the sector, so every shape can be reached; at the edge of the country it goes nowhere.</para>
/// </remarks>
public sealed class MunicipalityNeighbours
{
    /// <summary>How close two display outlines must come to count as neighbours, in degrees (about 110 m north–south).</summary>
    public const double Tolerance = 0.001;

    private readonly Dictionary<MunicipalityCode, MunicipalityCode[]> _neighbours;
    private readonly Dictionary<MunicipalityCode, MunicipalityCode?[]> _steps;
    private readonly Dictionary<MunicipalityCode, Coordinate> _points;

    private MunicipalityNeighbours(
        Dictionary<MunicipalityCode, MunicipalityCode[]> neighbours,
        Dictionary<MunicipalityCode, MunicipalityCode?[]> steps,
        Dictionary<MunicipalityCode, Coordinate> points)
    {
        _neighbours = neighbours;
        _steps = steps;
        _points = points;
    }

    /// <summary>The neighbours of <paramref name="code"/>, ordered by code; empty for an island or an unknown code.</summary>
    public IReadOnlyList<MunicipalityCode> Of(MunicipalityCode code) =>
        _neighbours.TryGetValue(code, out var found) ? found : [];

    /// <summary>Where the arrow key for <paramref name="direction"/> goes from <paramref name="code"/>; null at the country's edge or for an unknown code.</summary>
    public MunicipalityCode? Step(MunicipalityCode code, CompassDirection direction) =>
        _steps.TryGetValue(code, out var steps) ? steps[(int)direction] : null;

    /// <summary>
    /// The interior point of the municipality's display outline (WGS84, x = longitude), the origin of its steps; null
    /// for an unknown code or an empty outline (which has no steps either).
    /// </summary>
    public Coordinate? RepresentativePoint(MunicipalityCode code) => _points.TryGetValue(code, out var point) ? point.Copy() : null;

    /// <summary>Finds the neighbours and steps of <paramref name="municipalities"/> (see the remarks on the type).</summary>
    public static MunicipalityNeighbours Compute(IReadOnlyList<Municipality> municipalities)
    {
        ArgumentNullException.ThrowIfNull(municipalities);
        var index = new STRtree<Municipality>();
        foreach (var m in municipalities.Where(m => !m.DisplayGeometry.IsEmpty))
        {
            index.Insert(m.DisplayGeometry.EnvelopeInternal, m);
        }

        index.Build();

        var points = municipalities.Where(m => !m.DisplayGeometry.IsEmpty).ToDictionary(m => m.Code, m => m.DisplayGeometry.InteriorPoint.Coordinate);
        var neighbours = new Dictionary<MunicipalityCode, MunicipalityCode[]>(municipalities.Count);
        foreach (var m in municipalities)
        {
            var search = new Envelope(m.DisplayGeometry.EnvelopeInternal);
            search.ExpandBy(Tolerance);
            neighbours[m.Code] = [.. index.Query(search)
                .Where(other => other.Code != m.Code && m.DisplayGeometry.IsWithinDistance(other.DisplayGeometry, Tolerance))
                .Select(other => other.Code)
                .Order()];
        }

        var steps = new Dictionary<MunicipalityCode, MunicipalityCode?[]>(municipalities.Count);
        foreach (var m in municipalities)
        {
            if (!points.TryGetValue(m.Code, out var from))
            {
                continue;
            }

            var own = new MunicipalityCode?[4];
            foreach (var direction in Enum.GetValues<CompassDirection>())
            {
                own[(int)direction] = Nearest(from, direction, neighbours[m.Code], points)
                    ?? Nearest(from, direction, points.Keys.Where(c => c != m.Code), points);
            }

            steps[m.Code] = own;
        }

        return new MunicipalityNeighbours(neighbours, steps, points);
    }

    private static MunicipalityCode? Nearest(
        Coordinate from, CompassDirection direction, IEnumerable<MunicipalityCode> candidates, Dictionary<MunicipalityCode, Coordinate> points)
    {
        MunicipalityCode? best = null;
        var bestDistance = double.PositiveInfinity;
        foreach (var code in candidates)
        {
            if (!points.TryGetValue(code, out var to))
            {
                continue;
            }

            var (east, north) = Offset(from, to);
            if ((east == 0 && north == 0) || SectorOf(east, north) != direction)
            {
                continue;
            }

            var distance = (east * east) + (north * north);
            if (distance < bestDistance || (distance == bestDistance && code.CompareTo(best!.Value) < 0))
            {
                best = code;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>The offset from <paramref name="from"/> to <paramref name="to"/> in a local plane: degrees of latitude on both axes.</summary>
    private static (double East, double North) Offset(Coordinate from, Coordinate to)
    {
        var meanLatitude = (from.Y + to.Y) / 2 * Math.PI / 180;
        return ((to.X - from.X) * Math.Cos(meanLatitude), to.Y - from.Y);
    }

    /// <summary>The 90° sector of a bearing: north is −45° ≤ bearing &lt; 45°, east 45° ≤ bearing &lt; 135°, and so on.</summary>
    private static CompassDirection SectorOf(double east, double north)
    {
        var bearing = Math.Atan2(east, north) * 180 / Math.PI; // clockwise from north, −180..180
        return bearing switch
        {
            >= -45 and < 45 => CompassDirection.North,
            >= 45 and < 135 => CompassDirection.East,
            >= -135 and < -45 => CompassDirection.West,
            _ => CompassDirection.South,
        };
    }
}
