using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Kommunedigital.Core.Boundaries;

/// <summary>
/// Reads a GeoJSON FeatureCollection of boundaries with <see cref="Utf8JsonReader"/>: the top-level
/// <c>crs</c> member (which NetTopologySuite's reader ignores), and per feature only the code and name
/// properties plus the geometry (through GeoJSON4STJ's converter). Every problem is a
/// <see cref="BoundaryDataException"/> naming the file and the feature.
/// </summary>
internal static class BoundaryFeatureReader
{
    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>
    /// The CRS named by the file's <c>crs</c> member ("urn:ogc:def:crs:EPSG::25833"), or null when the file has
    /// none (RFC 7946: WGS84).
    /// </summary>
    public static string? ReadCrsName(string fileName, ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, ReaderOptions);
        try
        {
            ExpectStartObject(ref reader, fileName);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (!reader.ValueTextEquals("crs"u8))
                {
                    reader.Read();
                    reader.Skip();
                    continue;
                }

                reader.Read();
                using var crs = JsonDocument.ParseValue(ref reader);
                return CrsName(fileName, crs.RootElement);
            }

            return null;
        }
        catch (JsonException e)
        {
            throw NotJson(fileName, e);
        }
    }

    /// <summary>Reads every feature; geometry coordinates are made by <paramref name="factory"/> as they are in the file.</summary>
    public static IReadOnlyList<BoundaryFeature> ReadFeatures(
        string fileName, ReadOnlySpan<byte> utf8, string codeProperty, string? nameProperty, GeometryFactory factory)
    {
        var options = new JsonSerializerOptions { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        options.Converters.Add(new GeoJsonConverterFactory(factory));
        var reader = new Utf8JsonReader(utf8, ReaderOptions);
        var features = new List<BoundaryFeature>();
        var sawFeatures = false;
        try
        {
            ExpectStartObject(ref reader, fileName);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("type"u8))
                {
                    reader.Read();
                    if (reader.TokenType != JsonTokenType.String || !reader.ValueTextEquals("FeatureCollection"u8))
                    {
                        throw new BoundaryDataException($"{fileName}: not a GeoJSON FeatureCollection (the top-level \"type\" is not \"FeatureCollection\").");
                    }
                }
                else if (reader.ValueTextEquals("features"u8))
                {
                    reader.Read();
                    if (reader.TokenType != JsonTokenType.StartArray)
                    {
                        throw new BoundaryDataException($"{fileName}: \"features\" is not an array.");
                    }

                    sawFeatures = true;
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        features.Add(ReadFeature(ref reader, fileName, features.Count, codeProperty, nameProperty, options));
                    }
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }
        }
        catch (JsonException e)
        {
            throw NotJson(fileName, e);
        }

        if (!sawFeatures || features.Count == 0)
        {
            throw new BoundaryDataException($"{fileName}: the GeoJSON file has no features.");
        }

        return features;
    }

    private static BoundaryFeature ReadFeature(
        ref Utf8JsonReader reader, string fileName, int index, string codeProperty, string? nameProperty, JsonSerializerOptions options)
    {
        var where = $"{fileName}: feature {(index + 1).ToString(CultureInfo.InvariantCulture)}";
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new BoundaryDataException($"{where} is not a JSON object.");
        }

        string? code = null;
        string? name = null;
        Geometry? geometry = null;
        var sawGeometry = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("properties"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    using var properties = JsonDocument.ParseValue(ref reader);
                    code = ReadCode(properties.RootElement, codeProperty, where);
                    name = nameProperty is null ? null : ReadName(properties.RootElement, nameProperty, where);
                }
                else
                {
                    reader.Skip();
                }
            }
            else if (reader.ValueTextEquals("geometry"u8))
            {
                reader.Read();
                sawGeometry = true;
                try
                {
                    geometry = JsonSerializer.Deserialize<Geometry>(ref reader, options);
                }
                catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
                {
                    throw new BoundaryDataException($"{where}{Describe(code)} has a geometry that cannot be read: {e.Message}", e);
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        if (code is null)
        {
            throw new BoundaryDataException($"{where} has no \"{codeProperty}\" property. Check codeProperty in the boundary manifest.");
        }

        if (!sawGeometry || geometry is null || geometry.IsEmpty)
        {
            throw new BoundaryDataException($"{where}{Describe(code)} has no geometry.");
        }

        if (geometry is not (Polygon or MultiPolygon))
        {
            throw new BoundaryDataException($"{where}{Describe(code)} is a {geometry.GeometryType}; boundaries must be Polygon or MultiPolygon.");
        }

        return new BoundaryFeature(index, code, name, geometry);
    }

    private static string ReadCode(JsonElement properties, string codeProperty, string where)
    {
        if (!properties.TryGetProperty(codeProperty, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            throw new BoundaryDataException($"{where} has no \"{codeProperty}\" property. Check codeProperty in the boundary manifest.");
        }

        // Files store the number as text ("0301") or as a JSON number (301, losing the leading zero).
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!.Trim(),
            JsonValueKind.Number when value.TryGetInt32(out var number) && number >= 0 => number.ToString(CultureInfo.InvariantCulture),
            _ => throw new BoundaryDataException($"{where}: \"{codeProperty}\" is {value.GetRawText()}, not a number or digits as text."),
        };
    }

    private static string ReadName(JsonElement properties, string nameProperty, string where) =>
        properties.TryGetProperty(nameProperty, out var value) && value.ValueKind == JsonValueKind.String &&
        !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : throw new BoundaryDataException($"{where} has no text \"{nameProperty}\" property. Check nameProperty in the boundary manifest.");

    private static string CrsName(string fileName, JsonElement crs)
    {
        if (crs.ValueKind == JsonValueKind.Object &&
            crs.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "name" &&
            crs.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object &&
            properties.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String &&
            !string.IsNullOrWhiteSpace(name.GetString()))
        {
            return name.GetString()!.Trim();
        }

        throw new BoundaryDataException(
            $"{fileName}: the \"crs\" member is not of the form {{\"type\":\"name\",\"properties\":{{\"name\":\"EPSG:25833\"}}}}: {crs.GetRawText()}");
    }

    private static void ExpectStartObject(ref Utf8JsonReader reader, string fileName)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new BoundaryDataException($"{fileName}: not a GeoJSON file (it does not start with a JSON object).");
        }
    }

    private static string Describe(string? code) => code is null ? "" : $" (code {code})";

    private static BoundaryDataException NotJson(string fileName, JsonException e) =>
        new($"{fileName}: not valid JSON{LineOf(e)}: {e.Message} " +
            "Delete the file from the boundary cache so it is obtained again.", e);

    /// <summary>" at line 12" when the reader knows the line (it counts from zero).</summary>
    internal static string LineOf(JsonException e) =>
        e.LineNumber is { } line ? " at line " + (line + 1).ToString(CultureInfo.InvariantCulture) : "";
}
