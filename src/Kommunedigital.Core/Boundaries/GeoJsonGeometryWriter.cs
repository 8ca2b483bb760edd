using System.Text.Json;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;

namespace Kommunedigital.Core.Boundaries;

/// <summary>
/// Writes an areal geometry as an RFC 7946 GeoJSON geometry, rounded to a given number of decimals: the one ring
/// writer of the browser's boundary files (<see cref="BoundaryGeoJsonWriter"/>) and the GeoJSON download.
/// </summary>
/// <remarks>
/// Guarantees: coordinates are rounded half away from zero to <c>decimals</c> decimals; a shared vertex rounds to the
/// same value on both sides, so neighbours still share their borders exactly. Exterior rings are counter-clockwise and
/// holes clockwise after rounding (§3.1.6). Points that repeat after rounding are dropped; a ring left with fewer
/// than four positions (three distinct points and the closing one: a speck smaller than the rounding) is dropped,
/// and a polygon whose exterior ring is dropped goes with it. One polygon left is written as a Polygon, more as a
/// MultiPolygon, none as <c>null</c> (RFC 7946's "no geometry"). Only the areas of a collection are written.
/// </remarks>
public sealed class GeoJsonGeometryWriter(int decimals)
{
    // Reused between rings: one writer serves one document on one thread.
    private readonly List<(double X, double Y)> _ring = new(1024);

    /// <summary>Decimals kept in each coordinate.</summary>
    public int Decimals { get; } = decimals is >= 0 and <= 15
        ? decimals
        : throw new ArgumentOutOfRangeException(nameof(decimals), decimals, "Between 0 and 15 decimals.");

    /// <summary>Writes <paramref name="geometry"/> as the next JSON value of <paramref name="writer"/>.</summary>
    public void Write(Utf8JsonWriter writer, Geometry geometry)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(geometry);
        var polygons = PolygonExtracter.GetPolygons(geometry)
            .Cast<Polygon>()
            .Where(p => !p.IsEmpty && HasArea(p.Shell))
            .ToArray();
        if (polygons.Length == 0)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("type"u8, polygons.Length == 1 ? "Polygon"u8 : "MultiPolygon"u8);
        writer.WriteStartArray("coordinates"u8);
        foreach (var polygon in polygons)
        {
            if (polygons.Length > 1)
            {
                writer.WriteStartArray();
            }

            WriteRing(writer, polygon.Shell, counterClockwise: true);
            foreach (var hole in polygon.Holes)
            {
                if (HasArea(hole))
                {
                    WriteRing(writer, hole, counterClockwise: false);
                }
            }

            if (polygons.Length > 1)
            {
                writer.WriteEndArray();
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private bool HasArea(LinearRing ring)
    {
        Round(ring.CoordinateSequence, reverse: false);
        return _ring.Count >= 4;
    }

    private void WriteRing(Utf8JsonWriter writer, LinearRing ring, bool counterClockwise)
    {
        var sequence = ring.CoordinateSequence;
        Round(sequence, reverse: Orientation.IsCCW(sequence) != counterClockwise);
        writer.WriteStartArray();
        foreach (var (x, y) in _ring)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(x);
            writer.WriteNumberValue(y);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }

    /// <summary>The ring's rounded points without consecutive repeats, closing point included.</summary>
    private void Round(CoordinateSequence sequence, bool reverse)
    {
        _ring.Clear();
        var count = sequence.Count;
        for (var k = 0; k < count; k++)
        {
            var i = reverse ? count - 1 - k : k;
            var point = (
                Math.Round(sequence.GetX(i), Decimals, MidpointRounding.AwayFromZero),
                Math.Round(sequence.GetY(i), Decimals, MidpointRounding.AwayFromZero));
            if (_ring.Count == 0 || _ring[^1] != point)
            {
                _ring.Add(point);
            }
        }
    }
}
