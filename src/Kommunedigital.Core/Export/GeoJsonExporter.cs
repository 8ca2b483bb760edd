using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Views;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;

namespace Kommunedigital.Core.Export;

/// <summary>
/// The selected municipalities of a <see cref="ChoroplethModel"/> as an RFC 7946 GeoJSON FeatureCollection, for
/// QGIS and other GIS users.
/// </summary>
/// <remarks>
/// Guarantees: WGS84 longitude/latitude with no <c>crs</c> member; the display geometry the map draws, as Polygon or
/// MultiPolygon with exterior rings counter-clockwise and holes clockwise (RFC 7946 §3.1.6), coordinates rounded to
/// <see cref="CoordinateDecimals"/> decimals (about a metre, finer than the display simplification); features in
/// code order. Properties: <c>kommunenummer</c> (four-digit text), <c>kommune</c>, <c>fylkesnummer</c> (two-digit
/// text), <c>fylke</c>, <c>aar</c>, <c>indikator</c> (slug), <c>verdi</c> (number, or null when missing — never 0
/// for missing; SSB's "-" is a real 0), <c>status</c> (SSB symbol or null), <c>klasse</c> (1 = lowest legend class,
/// null when missing) and <c>farge</c> (the map's fill "#rrggbb").
/// </remarks>
public static class GeoJsonExporter
{
    /// <summary>The media type of RFC 7946.</summary>
    public const string ContentType = "application/geo+json";

    /// <summary>Decimals kept in every coordinate: 5 decimals are 1.1 m of latitude.</summary>
    public const int CoordinateDecimals = 5;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Names stay readable (Bærum, not B\u00e6rum) while <, >, & and quotes stay escaped: a name is data, never markup.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>Writes the FeatureCollection as UTF-8 JSON to <paramref name="output"/>.</summary>
    public static void Write(ChoroplethModel model, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        writer.WriteStartObject();
        writer.WriteString("type", "FeatureCollection");
        writer.WriteStartArray("features");
        foreach (var entry in model.Selected)
        {
            WriteFeature(writer, model, entry);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The FeatureCollection as UTF-8 bytes.</summary>
    public static byte[] ToUtf8Bytes(ChoroplethModel model)
    {
        var buffer = new ArrayBufferWriter<byte>();
        Write(model, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Writes the FeatureCollection to <paramref name="output"/> (e.g. an HTTP response body) asynchronously: the
    /// document is built in memory first, so a failure never leaves half a file behind.
    /// </summary>
    public static async Task WriteAsync(ChoroplethModel model, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var buffer = new ArrayBufferWriter<byte>();
        Write(model, buffer);
        await output.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    private static void WriteFeature(Utf8JsonWriter writer, ChoroplethModel model, ChoroplethEntry entry)
    {
        var municipality = entry.Municipality;
        writer.WriteStartObject();
        writer.WriteString("type", "Feature");
        writer.WriteString("id", municipality.Code.Value);

        writer.WritePropertyName("geometry");
        WriteGeometry(writer, municipality.DisplayGeometry);

        writer.WriteStartObject("properties");
        writer.WriteString("kommunenummer", municipality.Code.Value);
        writer.WriteString("kommune", municipality.Name);
        writer.WriteString("fylkesnummer", municipality.County.Value);
        if (model.Boundaries.TryGetCounty(municipality.County, out var county))
        {
            writer.WriteString("fylke", county.Name);
        }
        else
        {
            writer.WriteNull("fylke");
        }

        writer.WriteNumber("aar", model.View.Year);
        writer.WriteString("indikator", IndicatorText.Slug(model.View.Indicator));
        if (entry.Score?.Value is { } value)
        {
            writer.WriteNumber("verdi", value);
        }
        else
        {
            writer.WriteNull("verdi");
        }

        var symbol = entry.Score is { } score ? score.Symbol : SsbSymbol.Missing;
        if (symbol is { } s)
        {
            writer.WriteString("status", SsbSymbolText.Symbol(s));
        }
        else
        {
            writer.WriteNull("status");
        }

        if (entry.ClassIndex is { } classIndex)
        {
            writer.WriteNumber("klasse", classIndex + 1);
        }
        else
        {
            writer.WriteNull("klasse");
        }

        writer.WriteString("farge", entry.Fill);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteGeometry(Utf8JsonWriter writer, Geometry geometry)
    {
        switch (geometry)
        {
            case Polygon polygon:
                writer.WriteStartObject();
                writer.WriteString("type", "Polygon");
                writer.WritePropertyName("coordinates");
                WritePolygon(writer, polygon);
                writer.WriteEndObject();
                break;
            case MultiPolygon multi:
                WriteMultiPolygon(writer, multi.Geometries.Cast<Polygon>());
                break;
            default:
                // A simplified coverage can come back as a collection; only its areas belong on a map.
                WriteMultiPolygon(writer, PolygonExtracter.GetPolygons(geometry).Cast<Polygon>());
                break;
        }
    }

    private static void WriteMultiPolygon(Utf8JsonWriter writer, IEnumerable<Polygon> polygons)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "MultiPolygon");
        writer.WriteStartArray("coordinates");
        foreach (var polygon in polygons)
        {
            if (!polygon.IsEmpty)
            {
                WritePolygon(writer, polygon);
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WritePolygon(Utf8JsonWriter writer, Polygon polygon)
    {
        writer.WriteStartArray();
        WriteRing(writer, polygon.ExteriorRing.CoordinateSequence, counterClockwise: true);
        foreach (var hole in polygon.InteriorRings)
        {
            WriteRing(writer, hole.CoordinateSequence, counterClockwise: false);
        }

        writer.WriteEndArray();
    }

    private static void WriteRing(Utf8JsonWriter writer, CoordinateSequence ring, bool counterClockwise)
    {
        var count = ring.Count;
        var reverse = count >= 4 && Orientation.IsCCW(ring) != counterClockwise;
        var xs = new double[count];
        var ys = new double[count];
        var kept = 0;
        for (var i = 0; i < count; i++)
        {
            var source = reverse ? count - 1 - i : i;
            var x = Math.Round(ring.GetX(source), CoordinateDecimals, MidpointRounding.AwayFromZero);
            var y = Math.Round(ring.GetY(source), CoordinateDecimals, MidpointRounding.AwayFromZero);
            if (kept > 0 && xs[kept - 1] == x && ys[kept - 1] == y)
            {
                continue; // rounding merged two vertices
            }

            xs[kept] = x;
            ys[kept] = y;
            kept++;
        }

        // A ring must keep four positions; a speck that rounding collapsed keeps its duplicates rather than vanish.
        if (kept < 4)
        {
            kept = 0;
            for (var i = 0; i < count; i++)
            {
                var source = reverse ? count - 1 - i : i;
                xs[kept] = Math.Round(ring.GetX(source), CoordinateDecimals, MidpointRounding.AwayFromZero);
                ys[kept] = Math.Round(ring.GetY(source), CoordinateDecimals, MidpointRounding.AwayFromZero);
                kept++;
            }
        }

        writer.WriteStartArray();
        for (var i = 0; i < kept; i++)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(xs[i]);
            writer.WriteNumberValue(ys[i]);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }
}
