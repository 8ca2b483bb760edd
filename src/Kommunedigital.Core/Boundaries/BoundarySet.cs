using NetTopologySuite.Geometries;

namespace Kommunedigital.Core.Boundaries;

/// <summary>
/// The municipalities and counties of one structure (2018, 2020 or 2024), immutable once built.
/// All geometry is WGS84 (x = longitude, y = latitude).
/// </summary>
public sealed class BoundarySet
{
    private readonly Dictionary<MunicipalityCode, Municipality> _municipalities;
    private readonly Dictionary<CountyCode, County> _counties;
    private readonly Lazy<MunicipalityNeighbours> _neighbours;

    /// <param name="id">The structure's id, e.g. "2024".</param>
    /// <param name="validFrom">First day the structure is in force.</param>
    /// <param name="municipalities">One per code (duplicates are a bug in the loader).</param>
    /// <param name="counties">One per code.</param>
    public BoundarySet(string id, DateOnly validFrom, IEnumerable<Municipality> municipalities, IEnumerable<County> counties)
    {
        Id = id;
        ValidFrom = validFrom;
        Municipalities = municipalities.OrderBy(m => m.Code).ToArray();
        Counties = counties.OrderBy(c => c.Code).ToArray();
        _municipalities = Municipalities.ToDictionary(m => m.Code);
        _counties = Counties.ToDictionary(c => c.Code);
        var envelope = new Envelope();
        foreach (var m in Municipalities)
        {
            envelope.ExpandToInclude(m.Geometry.EnvelopeInternal);
        }

        Extent = envelope;
        _neighbours = new Lazy<MunicipalityNeighbours>(() => MunicipalityNeighbours.Compute(Municipalities));
    }

    /// <summary>The structure's id, e.g. "2018", "2020", "2024".</summary>
    public string Id { get; }

    /// <summary>The first day this structure is in force (1 January of its year).</summary>
    public DateOnly ValidFrom { get; }

    /// <summary>Municipalities ordered by code.</summary>
    public IReadOnlyList<Municipality> Municipalities { get; }

    /// <summary>Counties ordered by code.</summary>
    public IReadOnlyList<County> Counties { get; }

    /// <summary>Bounding box of all municipalities, WGS84 degrees.</summary>
    public Envelope Extent { get; }

    /// <summary>
    /// Which municipalities border each other and where each arrow key goes (keyboard travel on the map), computed
    /// from the display geometry the first time it is asked for and kept for the set's lifetime.
    /// </summary>
    public MunicipalityNeighbours Neighbours => _neighbours.Value;

    public bool TryGetMunicipality(MunicipalityCode code, out Municipality municipality) =>
        _municipalities.TryGetValue(code, out municipality!);

    public bool TryGetCounty(CountyCode code, out County county) =>
        _counties.TryGetValue(code, out county!);

    public bool Contains(MunicipalityCode code) => _municipalities.ContainsKey(code);

    /// <summary>The municipality whose full-detail outline covers the point, or null (sea, abroad).</summary>
    public Municipality? FindMunicipalityAt(double longitude, double latitude)
    {
        var point = new Coordinate(longitude, latitude);
        foreach (var m in Municipalities)
        {
            if (m.Geometry.EnvelopeInternal.Contains(point) &&
                m.Geometry.Covers(m.Geometry.Factory.CreatePoint(point)))
            {
                return m;
            }
        }

        return null;
    }
}
