using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Resources;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Core.Export;

/// <summary>
/// The selected municipalities of a view as a JSON-stat 2.0 dataset, the format SSB's own statistics API
/// (PxWebApi) speaks, so the same client code reads both.
/// </summary>
/// <remarks>
/// Guarantees: <c>id</c> is ["region", "tid", "ContentsCode"] and <c>size</c> [n, 1, 3]: the selected
/// municipalities in code order (category ids are the four-digit kommunenummer valid in the view year, labels the names valid then: 5061 Rindal in 2019), the view's year,
/// and all three indicators in <see cref="IndicatorText.All"/> order (ids are the URL slugs, labels the bokmål
/// names, unit "poeng" with one decimal). <c>value</c> is row-major with ContentsCode fastest, so the score of
/// region r and indicator c is at r·3 + c; a missing score is null (never 0) and <c>status</c> carries its
/// <see cref="ScoreStatus.Code(Score?, ReaderLanguage)"/> by index: the SSB symbol, "ikke med i datasettet" when the dataset has no record,
/// "-" beside a real 0; an empty source cell is a null value without a status. <c>label</c> names the dataset, not one indicator (the file holds all three): "Digitalisering i kommunene 2024 – Vestland",
/// <c>source</c> "SSB/Digdir", and <c>note</c> holds the sample-data notice when the dataset is the sample.
/// A change view (<see cref="ChoroplethModel.Change"/>) holds its one indicator instead, with the values of the change CSV
/// (<see cref="ChangeTable"/>): <c>tid</c> is the one category "2018-2022", and ContentsCode is ["prioritering_2018",
/// "prioritering_2022", "endring"] (the earlier year's value of the same territory, the later year's value, and the
/// difference in points rounded once); a null value's <c>status</c> is its SSB symbol or "ikke med i datasettet", and for a
/// municipality without a change its <c>sammenlignbarhet</c> ("sammenslått", "delt", "mangler verdi i 2018" …).
/// <c>label</c> is the map's title.
/// </remarks>
public static class JsonStatExporter
{
    /// <summary>JSON-stat has no registered media type of its own; SSB serves it as JSON.</summary>
    public const string ContentType = "application/json";

    /// <summary>The <c>source</c> of every dataset.</summary>
    public const string Source = "SSB/Digdir";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>Writes the dataset as UTF-8 JSON to <paramref name="output"/>.</summary>
    /// <param name="data">Where the three indicators' scores are read from (the model holds only its own indicator).</param>
    /// <param name="model">The view's model: selection, year and title.</param>
    /// <param name="output">The destination.</param>
    public static void Write(DataSnapshot data, ChoroplethModel model, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(output);
        if (model.Change is not null)
        {
            WriteChange(model, output);
            return;
        }

        var regions = model.Selected;
        var indicators = IndicatorText.All;
        var year = model.View.Year;
        var yearId = year.ToString(CultureInfo.InvariantCulture);

        var language = model.Language;
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        WriteHead(writer, DatasetLabel(model), model.IsSample ? [SurveyDataset.SampleNoticeText(language)] : [], regions.Count, indicators.Count);
        writer.WriteStartObject("dimension");
        WriteDimension(writer, "region", ReaderText.Get(language, "JsonStat.Region"), [.. regions.Select(r => (r.Number.Value, r.Name))], null);
        WriteDimension(writer, "tid", ReaderText.Get(language, "JsonStat.Year"), [(yearId, yearId)], null);
        WriteDimension(writer, "ContentsCode", ReaderText.Get(language, "JsonStat.Contents"), [.. indicators.Select(i => (IndicatorText.Slug(i), IndicatorText.Label(i, language)))], ReaderText.Get(language, "JsonStat.Unit"));
        writer.WriteEndObject(); // dimension

        var statuses = new List<(int Index, string Code)>();
        writer.WriteStartArray("value");
        for (var r = 0; r < regions.Count; r++)
        {
            for (var c = 0; c < indicators.Count; c++)
            {
                var score = data.Dataset.Get(regions[r].Municipality.Code, year, indicators[c]);
                WriteCell(writer, score?.Value, (r * indicators.Count) + c, ScoreStatus.Code(score, language), statuses);
            }
        }

        writer.WriteEndArray();
        WriteStatuses(writer, statuses);
        writer.WriteEndObject();
    }

    /// <summary>The dataset as UTF-8 bytes.</summary>
    public static byte[] ToUtf8Bytes(DataSnapshot data, ChoroplethModel model)
    {
        var buffer = new ArrayBufferWriter<byte>();
        Write(data, model, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Writes the dataset to <paramref name="output"/> (e.g. an HTTP response body) asynchronously; it is built in
    /// memory first, so a failure never leaves half a file behind.
    /// </summary>
    public static async Task WriteAsync(DataSnapshot data, ChoroplethModel model, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var buffer = new ArrayBufferWriter<byte>();
        Write(data, model, buffer);
        await output.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    private static void WriteChange(ChoroplethModel model, IBufferWriter<byte> output)
    {
        var change = model.Change!;
        var rows = ChangeTable.FromModel(model);
        var slug = IndicatorText.Slug(change.Indicator);
        var language = model.Language;
        var label = IndicatorText.Label(change.Indicator, language);
        var earlier = change.EarlierYear.ToString(CultureInfo.InvariantCulture);
        var later = change.LaterYear.ToString(CultureInfo.InvariantCulture);
        var period = MapViewQueryString.FormatChange(change.EarlierYear, change.LaterYear);
        (string Id, string Label)[] contents =
        [
            ($"{slug}_{earlier}", $"{label} {earlier}"),
            ($"{slug}_{later}", $"{label} {later}"),
            (ChangeColumns.Difference, ReaderText.Format(language, "JsonStat.Change", earlier, later)),
        ];

        using var writer = new Utf8JsonWriter(output, WriterOptions);
        string[] notes = model.IsSample
            ? [SurveyDataset.SampleNoticeText(language), model.ChangeLine!, ChoroplethModel.KlassAttributionIn(language)]
            : [model.ChangeLine!, ChoroplethModel.KlassAttributionIn(language)];
        WriteHead(writer, model.Title, notes, rows.Count, contents.Length);
        writer.WriteStartObject("dimension");
        WriteDimension(writer, "region", ReaderText.Get(language, "JsonStat.Region"), [.. rows.Select(r => (r.Municipality.Value, r.MunicipalityName))], null);
        WriteDimension(writer, "tid", ReaderText.Get(language, "JsonStat.Period"), [(period, $"{earlier}–{later}")], null);
        WriteDimension(writer, "ContentsCode", ReaderText.Get(language, "JsonStat.Contents"), contents, ReaderText.Get(language, "JsonStat.Unit"));
        writer.WriteEndObject(); // dimension

        var statuses = new List<(int Index, string Code)>();
        writer.WriteStartArray("value");
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var notComparable = row.Difference is null ? row.Comparability : string.Empty;
            WriteCell(writer, row.EarlierScore?.Value, (r * 3) + 0, row.EarlierStatus.Length > 0 ? row.EarlierStatus : notComparable, statuses);
            WriteCell(writer, row.LaterScore?.Value, (r * 3) + 1, row.LaterStatus, statuses);
            WriteCell(writer, row.Difference is { } d ? (double)d : null, (r * 3) + 2, notComparable, statuses);
        }

        writer.WriteEndArray();
        WriteStatuses(writer, statuses);
        writer.WriteEndObject();
    }

    // version, class, label, source, note (only when there is one), id, size and role: the same for both datasets.
    private static void WriteHead(Utf8JsonWriter writer, string label, IReadOnlyList<string> notes, int regionCount, int contentsCount)
    {
        writer.WriteStartObject();
        writer.WriteString("version", "2.0");
        writer.WriteString("class", "dataset");
        writer.WriteString("label", label);
        writer.WriteString("source", Source);
        if (notes.Count > 0)
        {
            writer.WriteStartArray("note");
            foreach (var note in notes)
            {
                writer.WriteStringValue(note);
            }

            writer.WriteEndArray();
        }

        writer.WriteStartArray("id");
        writer.WriteStringValue("region");
        writer.WriteStringValue("tid");
        writer.WriteStringValue("ContentsCode");
        writer.WriteEndArray();

        writer.WriteStartArray("size");
        writer.WriteNumberValue(regionCount);
        writer.WriteNumberValue(1);
        writer.WriteNumberValue(contentsCount);
        writer.WriteEndArray();

        writer.WriteStartObject("role");
        WriteStringArray(writer, "time", "tid");
        WriteStringArray(writer, "geo", "region");
        WriteStringArray(writer, "metric", "ContentsCode");
        writer.WriteEndObject();
    }

    // One dimension: its label and categories (index and label, in order), with the unit ("poeng", "points") to one decimal when given.
    private static void WriteDimension(Utf8JsonWriter writer, string id, string label, IReadOnlyList<(string Id, string Label)> categories, string? unit)
    {
        writer.WriteStartObject(id);
        writer.WriteString("label", label);
        writer.WriteStartObject("category");
        writer.WriteStartObject("index");
        for (var i = 0; i < categories.Count; i++)
        {
            writer.WriteNumber(categories[i].Id, i);
        }

        writer.WriteEndObject();
        writer.WriteStartObject("label");
        foreach (var (categoryId, text) in categories)
        {
            writer.WriteString(categoryId, text);
        }

        writer.WriteEndObject();
        if (unit is not null)
        {
            writer.WriteStartObject("unit");
            foreach (var (categoryId, _) in categories)
            {
                writer.WriteStartObject(categoryId);
                writer.WriteString("label", unit);
                writer.WriteNumber("decimals", 1);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteStatuses(Utf8JsonWriter writer, List<(int Index, string Code)> statuses)
    {
        if (statuses.Count == 0)
        {
            return;
        }

        writer.WriteStartObject("status");
        foreach (var (index, code) in statuses)
        {
            writer.WriteString(index.ToString(CultureInfo.InvariantCulture), code);
        }

        writer.WriteEndObject();
    }

    private static void WriteCell(Utf8JsonWriter writer, double? value, int index, string status, List<(int Index, string Code)> statuses)
    {
        if (value is { } v)
        {
            writer.WriteNumberValue(v);
        }
        else
        {
            writer.WriteNullValue();
        }

        if (status.Length > 0)
        {
            statuses.Add((index, status));
        }
    }

    private static void WriteStringArray(Utf8JsonWriter writer, string name, string value)
    {
        writer.WriteStartArray(name);
        writer.WriteStringValue(value);
        writer.WriteEndArray();
    }

    /// <summary>"Digitalisering i kommunene 2024" ("Digitalisation in the municipalities 2024"), with " – Vestland" when a county is chosen.</summary>
    private static string DatasetLabel(ChoroplethModel model)
    {
        var label = ReaderText.Format(model.Language, "JsonStat.Dataset", model.View.Year.ToString(CultureInfo.InvariantCulture));
        return model.View.County is { } code && model.Boundaries.TryGetCounty(code, out var county)
            ? $"{label} – {county.Name}"
            : label;
    }
}
