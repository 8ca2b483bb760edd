using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Core.Export;

/// <summary>
/// The selected municipalities of a <see cref="ChoroplethModel"/> as an RFC 7946 GeoJSON FeatureCollection, for
/// QGIS and other GIS users.
/// </summary>
/// <remarks>
/// Guarantees: WGS84 longitude/latitude with no <c>crs</c> member; the display geometry the map draws, written by
/// <see cref="GeoJsonGeometryWriter"/> (Polygon or MultiPolygon, exterior rings counter-clockwise and holes clockwise,
/// RFC 7946 §3.1.6) with coordinates rounded to <see cref="CoordinateDecimals"/> decimals (about a metre, finer than
/// the display simplification); features in code order. Feature <c>id</c> is the shape's code in the year's boundary set. Properties: <c>kommunenummer</c> (four-digit text) and <c>kommune</c> as valid on 1 January of the year (2019: 5061 Rindal on the 2018 shape 1567), <c>fylkesnummer</c> (two-digit
/// text), <c>fylke</c>, <c>aar</c>, <c>indikator</c> (slug), <c>verdi</c> (number, or null when missing — never 0
/// for missing; SSB's "-" is a real 0), <c>status</c> (<see cref="ScoreStatus.Code(Score?, ReaderLanguage)"/>: the SSB symbol or "ikke med i datasettet"; null for a plain number and for an
/// empty source cell, whose <c>verdi</c> is null), <c>klasse</c> (1 = lowest legend class,
/// null when missing) and <c>farge</c> (the map's fill "#rrggbb").
/// A change view's features (<see cref="ChoroplethModel.Change"/>) are the later year's municipalities: <c>aar</c>,
/// <c>verdi</c> and <c>status</c> are the later year's, <c>klasse</c> the diverging class, and the properties of
/// <see cref="ChangeColumns"/> follow with the values of the change CSV (<see cref="ChangeTable"/>): <c>fra_aar</c>,
/// <c>fra_kommunenummer</c>, <c>fra_kommune</c> (", "-separated when several), <c>fra_verdi</c> (null when the territory
/// changed or no value), <c>fra_status</c>, <c>endring</c> (points, rounded once; null when not comparable),
/// <c>rangering</c>, <c>sammenlignbarhet</c> and <c>forklaring</c>. A level view has none of these.
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
        var geometries = new GeoJsonGeometryWriter(CoordinateDecimals);
        foreach (var entry in model.Selected)
        {
            WriteFeature(writer, model, entry, geometries);
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

    private static void WriteFeature(Utf8JsonWriter writer, ChoroplethModel model, ChoroplethEntry entry, GeoJsonGeometryWriter geometries)
    {
        var municipality = entry.Municipality;
        writer.WriteStartObject();
        writer.WriteString("type", "Feature");
        writer.WriteString("id", municipality.Code.Value);

        writer.WritePropertyName("geometry");
        geometries.Write(writer, municipality.DisplayGeometry);

        writer.WriteStartObject("properties");
        writer.WriteString("kommunenummer", entry.Number.Value);
        writer.WriteString("kommune", entry.Name);
        writer.WriteString("fylkesnummer", municipality.County.Value);
        writer.WriteString("fylke", entry.CountyName);

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

        var status = ScoreStatus.Code(entry.Score);
        if (status.Length > 0)
        {
            writer.WriteString("status", status);
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
        if (model.Change is { } change)
        {
            WriteChange(writer, ChangeTable.Row(change, entry));
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteChange(Utf8JsonWriter writer, ChangeRow row)
    {
        writer.WriteNumber("fra_aar", row.EarlierYear);
        writer.WriteString(ChangeColumns.EarlierMunicipality, row.EarlierMunicipalities);
        writer.WriteString(ChangeColumns.EarlierMunicipalityName, row.EarlierNames);
        if (row.EarlierScore?.Value is { } earlier)
        {
            writer.WriteNumber(ChangeColumns.EarlierScore, earlier);
        }
        else
        {
            writer.WriteNull(ChangeColumns.EarlierScore);
        }

        WriteTextOrNull(writer, ChangeColumns.EarlierStatus, row.EarlierStatus);
        if (row.Difference is { } difference)
        {
            writer.WriteNumber(ChangeColumns.Difference, difference);
        }
        else
        {
            writer.WriteNull(ChangeColumns.Difference);
        }

        if (row.Rank is { } rank)
        {
            writer.WriteNumber(ChangeColumns.Rank, rank);
        }
        else
        {
            writer.WriteNull(ChangeColumns.Rank);
        }

        writer.WriteString(ChangeColumns.Comparability, row.Comparability);
        writer.WriteString(ChangeColumns.Explanation, row.Explanation);
    }

    private static void WriteTextOrNull(Utf8JsonWriter writer, string name, string text)
    {
        if (text.Length > 0)
        {
            writer.WriteString(name, text);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
