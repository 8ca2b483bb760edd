using System.Buffers;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
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
/// at county zoom) by <see cref="GeoJsonGeometryWriter"/>, whose rules for shared vertices, repeated points and
/// rings that rounding collapses apply.
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
        var geometries = new GeoJsonGeometryWriter(CoordinateDecimals);
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
                WriteFeatureEnd(writer, municipality.DisplayGeometry, geometries);
            }

            foreach (var county in set.Counties)
            {
                WriteFeatureStart(writer);
                writer.WriteString("fylkesnummer"u8, county.Code.Value);
                writer.WriteString("navn"u8, county.Name);
                WriteFeatureEnd(writer, county.DisplayGeometry, geometries);
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

    private static void WriteFeatureEnd(Utf8JsonWriter writer, Geometry geometry, GeoJsonGeometryWriter geometries)
    {
        writer.WriteEndObject();
        writer.WritePropertyName("geometry"u8);
        geometries.Write(writer, geometry);
        writer.WriteEndObject();
    }
}
