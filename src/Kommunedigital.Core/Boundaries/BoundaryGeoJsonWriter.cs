using System.Buffers;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace Kommunedigital.Core.Boundaries;

/// <summary>
/// Serialises a <see cref="BoundarySet"/>'s display geometry as one GeoJSON FeatureCollection (RFC 7946:
/// WGS84 longitude/latitude, no <c>crs</c> member, exterior rings counter-clockwise, holes clockwise):
/// first every municipality in code order with properties
/// <c>{"kommunenummer":"0301","navn":"Oslo","fylkesnummer":"03"}</c>, then every county in code order with
/// <c>{"fylkesnummer":"03","navn":"Oslo"}</c> (a county feature has no "kommunenummer").
/// </summary>
/// <remarks>
/// Coordinates are rounded to 4 decimals (about 11 m north-south, 5 m east-west at 60° N: below a pixel
/// at county zoom). Rounding maps a shared vertex to the same value on both sides, so neighbours still share
/// their borders exactly. Points that repeat after rounding are dropped; a ring left with fewer than three
/// distinct points (a tiny islet) is dropped, and a polygon whose exterior ring is dropped goes with it.
/// </remarks>
public static class BoundaryGeoJsonWriter
{
    /// <summary>Decimals kept in each coordinate.</summary>
    public const int CoordinateDecimals = 4;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Names such as "Bærum" and "Guovdageaidnu" stay readable UTF-8 rather than \u escapes (also smaller).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The set's display geometry as GeoJSON bytes with a strong ETag.</summary>
    public static BoundaryGeoJson Write(BoundarySet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var buffer = new ArrayBufferWriter<byte>(256 * 1024);
        var ring = new List<(double X, double Y)>(1024);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("type"u8, "FeatureCollection"u8);
            writer.WriteStartArray("features"u8);
            foreach (var municipality in set.Municipalities)
            {
                WriteFeatureStart(writer);
                writer.WriteString("kommunenummer"u8, municipality.Code.Value);
                writer.WriteString("navn"u8, municipality.Name);
                writer.WriteString("fylkesnummer"u8, municipality.County.Value);
                WriteFeatureEnd(writer, municipality.DisplayGeometry, ring);
            }

            foreach (var county in set.Counties)
            {
                WriteFeatureStart(writer);
                writer.WriteString("fylkesnummer"u8, county.Code.Value);
                writer.WriteString("navn"u8, county.Name);
                WriteFeatureEnd(writer, county.DisplayGeometry, ring);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        var content = buffer.WrittenSpan.ToArray();
        var hash = SHA256.HashData(content);
        return new BoundaryGeoJson(content, "\"" + Convert.ToHexStringLower(hash.AsSpan(0, 16)) + "\"");
    }

    private static void WriteFeatureStart(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("type"u8, "Feature"u8);
        writer.WriteStartObject("properties"u8);
    }

    private static void WriteFeatureEnd(Utf8JsonWriter writer, Geometry geometry, List<(double X, double Y)> ring)
    {
        writer.WriteEndObject();
        writer.WritePropertyName("geometry"u8);
        var polygons = Enumerable.Range(0, geometry.NumGeometries)
            .Select(geometry.GetGeometryN)
            .OfType<Polygon>()
            .Where(p => !p.IsEmpty && HasArea(p.Shell, ring))
            .ToArray();
        if (polygons.Length == 0)
        {
            // Only an outline smaller than the rounding could end here; null is RFC 7946's "no geometry".
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStartObject();
            writer.WriteString("type"u8, polygons.Length == 1 ? "Polygon"u8 : "MultiPolygon"u8);
            writer.WriteStartArray("coordinates"u8);
            foreach (var polygon in polygons)
            {
                if (polygons.Length > 1)
                {
                    writer.WriteStartArray();
                }

                WriteRing(writer, polygon.Shell, counterClockwise: true, ring);
                foreach (var hole in polygon.Holes)
                {
                    if (HasArea(hole, ring))
                    {
                        WriteRing(writer, hole, counterClockwise: false, ring);
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

        writer.WriteEndObject();
    }

    private static bool HasArea(LinearRing linearRing, List<(double X, double Y)> ring)
    {
        Round(linearRing.CoordinateSequence, reverse: false, ring);
        return ring.Count >= 4;
    }

    private static void WriteRing(Utf8JsonWriter writer, LinearRing linearRing, bool counterClockwise, List<(double X, double Y)> ring)
    {
        var sequence = linearRing.CoordinateSequence;
        Round(sequence, reverse: Orientation.IsCCW(sequence) != counterClockwise, ring);
        writer.WriteStartArray();
        foreach (var (x, y) in ring)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(x);
            writer.WriteNumberValue(y);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }

    /// <summary>The ring's rounded points without consecutive repeats, closing point included.</summary>
    private static void Round(CoordinateSequence sequence, bool reverse, List<(double X, double Y)> ring)
    {
        ring.Clear();
        var count = sequence.Count;
        for (var k = 0; k < count; k++)
        {
            var i = reverse ? count - 1 - k : k;
            var point = (Math.Round(sequence.GetX(i), CoordinateDecimals), Math.Round(sequence.GetY(i), CoordinateDecimals));
            if (ring.Count == 0 || ring[^1] != point)
            {
                ring.Add(point);
            }
        }
    }
}
