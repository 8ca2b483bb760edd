using System.Globalization;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Resources;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Core.Export;

/// <summary>
/// The one table of downloads: the endpoint looks formats up here, the download menu lists these rows in this
/// order, and the server's compression list is <see cref="CompressibleMediaTypes"/>. A new format is one new row.
/// </summary>
public static class Downloads
{
    private const string CsvContentType = "text/csv; charset=utf-8";
    private const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The downloads of the current view, in menu order: pictures, tables, then data formats.</summary>
    public static IReadOnlyList<ViewDownload> View { get; } =
    [
        new("png", "Bilde (PNG)", "image/png", "png", false, Sync((e, s) => PngExporter.Export(e.Model, s, e.Options.Scale))),
        new("pdf", "PDF", "application/pdf", "pdf", false, Sync((e, s) => PdfExporter.Export(e.Model, s, e.Options.Orientation))),
        new("svg", "Vektorgrafikk (SVG)", "image/svg+xml", "svg", true, Sync((e, s) => SvgExporter.Export(e.Model, s))),
        new(
            "pptx",
            "PowerPoint (PPTX)",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "pptx",
            false,
            Sync((e, s) => PptxExporter.Export(e.Model, s, e.ViewUrl))),
        new("csv", "Tabell (CSV)", CsvContentType, "csv", true, Sync(WriteViewCsv)),
        new("xlsx", "Tabell (Excel)", XlsxContentType, "xlsx", false, Sync(WriteViewXlsx)),
        new("geojson", "Geodata (GeoJSON)", GeoJsonExporter.ContentType, "geojson", true, (e, s, ct) => GeoJsonExporter.WriteAsync(e.Model, s, ct)),
        new("jsonstat", "JSON-stat", JsonStatExporter.ContentType, "json", true, (e, s, ct) => JsonStatExporter.WriteAsync(e.Data, e.Model, s, ct)),
    ];

    /// <summary>The downloads of the whole dataset (every year, every municipality), in menu order.</summary>
    public static IReadOnlyList<DatasetDownload> Dataset { get; } =
    [
        new("xlsx", "Alle år og kommuner (Excel)", XlsxContentType, "xlsx", false, (data, options, exportedAt, s) =>
            DatasetXlsxWriter.Write(
                DatasetRows(data),
                AboutEntry.Standard(data.Dataset, data.Boundaries, AboutEntry.AllYears(options.Language), exportedAt, data.Release, options.Language),
                s,
                options.Language)),
        new("csv", "Alle år og kommuner (CSV)", CsvContentType, "csv", true, (data, options, _, s) =>
            DatasetCsvWriter.Write(DatasetRows(data), s, options.CsvFormat, options.Language)),
    ];

    /// <summary>
    /// The media types (without parameters) of every text download, for the server's compression list:
    /// "image/svg+xml", "text/csv", "application/geo+json", "application/json".
    /// </summary>
    public static IReadOnlyList<string> CompressibleMediaTypes { get; } =
        View.Where(d => d.Compressible).Select(d => d.ContentType)
            .Concat(Dataset.Where(d => d.Compressible).Select(d => d.ContentType))
            .Select(MediaType)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();

    /// <summary>The view download for a route's format word (trimmed, any case); null when there is none.</summary>
    public static ViewDownload? FindView(string? format) => View.FirstOrDefault(d => Matches(d.Format, format));

    /// <summary>The dataset download for a route's format word (trimmed, any case); null when there is none.</summary>
    public static DatasetDownload? FindDataset(string? format) => Dataset.FirstOrDefault(d => Matches(d.Format, format));

    private static bool Matches(string name, string? format) =>
        string.Equals(name, format?.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string MediaType(string contentType) => contentType.Split(';', 2)[0].Trim();

    private static Func<ViewExport, Stream, CancellationToken, Task> Sync(Action<ViewExport, Stream> write) => (export, stream, _) =>
    {
        write(export, stream);
        return Task.CompletedTask;
    };

    /// <summary>A level view's rows (<see cref="DatasetColumns"/>), or a change view's (<see cref="ChangeColumns"/>).</summary>
    private static void WriteViewCsv(ViewExport export, Stream output)
    {
        if (export.Model.Change is null)
        {
            DatasetCsvWriter.Write(ViewRows(export), output, export.Options.CsvFormat, export.Model.Language);
        }
        else
        {
            DatasetCsvWriter.WriteChange(ChangeTable.FromModel(export.Model), output, export.Options.CsvFormat, export.Model.Language);
        }
    }

    private static void WriteViewXlsx(ViewExport export, Stream output)
    {
        if (export.Model.Change is null)
        {
            DatasetXlsxWriter.Write(ViewRows(export), ViewAbout(export), output, export.Model.Language);
        }
        else
        {
            DatasetXlsxWriter.WriteChange(ChangeTable.FromModel(export.Model), ViewAbout(export), output, export.Model.Language);
        }
    }

    /// <summary>The rows of the view, from its model: its year, and its county when one is chosen.</summary>
    private static IReadOnlyList<DatasetRow> ViewRows(ViewExport export) => DatasetTable.FromModel(export.Model, export.Data.Dataset);

    private static IReadOnlyList<DatasetRow> DatasetRows(DataSnapshot data) => DatasetTable.Build(data.Dataset, data.Boundaries, numbering: data.Correspondence?.Numbering);

    /// <summary>"Om dataene" of a view's workbook: the standard entries with the view's filters.</summary>
    private static IReadOnlyList<AboutEntry> ViewAbout(ViewExport export)
    {
        var model = export.Model;
        var language = model.Language;
        var county = model.View.County is { } code && model.Boundaries.TryGetCounty(code, out var c) ? c.Name : ReaderText.Get(language, "About.WholeCountry");
        var indicator = IndicatorText.Label(model.View.Indicator, language);
        var year = model.View.Year.ToString(CultureInfo.InvariantCulture);
        var filters = model.View.ChangeFrom is { } from
            ? ReaderText.Format(language, "About.FiltersChange", indicator, from.ToString(CultureInfo.InvariantCulture), year, county)
            : ReaderText.Format(language, "About.FiltersLevel", indicator, year, county, MapViewQuery.MethodLabel(model.View.Method, language));
        return AboutEntry.Standard(export.Data.Dataset, export.Data.Boundaries, filters, export.ExportedAt, export.Data.Release, language);
    }
}
