using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Export;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Views;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Kommunedigital.Web.Endpoints;

/// <summary>
/// Downloads of the current view and of the whole dataset. A download takes the page's own query string
/// (<see cref="QueryNames"/>), so every shared link maps to its files; bad parameters are a 400 with the
/// reasons, never a 500.
/// </summary>
public static class ExportEndpoints
{
    /// <summary>The view formats, as they appear in /last-ned/{format}.</summary>
    public static IReadOnlyList<string> ViewFormats { get; } = ["csv", "xlsx", "png", "pdf", "svg", "pptx", "geojson", "jsonstat"];

    private const string CsvContentType = "text/csv; charset=utf-8";
    private const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/last-ned");
        group.MapGet("/datasett.{format}", GetDatasetAsync);
        group.MapGet("/{format}", GetViewExportAsync);
        return app;
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> GetViewExportAsync(
        [AsParameters] ExportRequest request)
    {
        if (request.Store.Current is not { } data)
        {
            return NotLoaded();
        }

        var format = request.Format.Trim().ToLowerInvariant();
        var query = request.Query();
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!ViewFormats.Contains(format))
        {
            errors["format"] = [$"Ukjent format «{Echo(request.Format)}». Gyldige formater: {string.Join(", ", ViewFormats)}."];
        }

        var validation = MapViewQuery.ParseStrict(query, data);
        foreach (var (key, messages) in validation.Errors)
        {
            errors[key] = messages;
        }

        var scale = ParseScale(query, errors);
        var orientation = ParseOrientation(query, errors);
        var dialect = ParseCsvDialect(query, errors);
        if (errors.Count > 0 || !validation.IsValid)
        {
            return TypedResults.ValidationProblem(errors, title: "Ugyldige parametere for nedlasting.");
        }

        var model = ChoroplethModelBuilder.Build(data, validation.View);
        var etag = EntityTag(data, format, query);
        var buffer = new MemoryStream();
        string contentType;
        switch (format)
        {
            case "csv":
                DatasetCsvWriter.Write(DatasetTable.FromModel(model, data.Dataset), buffer, dialect);
                contentType = CsvContentType;
                break;
            case "xlsx":
                DatasetXlsxWriter.Write(DatasetTable.FromModel(model, data.Dataset), About(data, model, request.TimeProvider), buffer);
                contentType = XlsxContentType;
                break;
            case "png":
                PngExporter.Export(model, buffer, scale);
                contentType = "image/png";
                break;
            case "pdf":
                PdfExporter.Export(model, buffer, orientation);
                contentType = "application/pdf";
                break;
            case "svg":
                SvgExporter.Export(model, buffer);
                contentType = "image/svg+xml";
                break;
            case "pptx":
                PptxExporter.Export(model, buffer, ViewUrl(request.Context, validation.View));
                contentType = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
                break;
            case "geojson":
                await GeoJsonExporter.WriteAsync(model, buffer, request.CancellationToken);
                contentType = GeoJsonExporter.ContentType;
                break;
            default:
                await JsonStatExporter.WriteAsync(data, model, buffer, request.CancellationToken);
                contentType = JsonStatExporter.ContentType;
                break;
        }

        var extension = format == "jsonstat" ? "json" : format;
        SetCacheHeaders(request.Context);
        return TypedResults.File(buffer.ToArray(), contentType, ExportFileName.For(model, extension), entityTag: etag);
    }

    public static Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult> GetDatasetAsync(
        [AsParameters] ExportRequest request)
    {
        if (request.Store.Current is not { } data)
        {
            return NotLoaded();
        }

        var format = request.Format.Trim().ToLowerInvariant();
        var query = request.Query();
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (format is not ("xlsx" or "csv"))
        {
            errors["format"] = [$"Ukjent format «{Echo(request.Format)}» for datasettet. Gyldige formater: xlsx, csv."];
        }

        var dialect = ParseCsvDialect(query, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Ugyldige parametere for nedlasting.");
        }

        var rows = DatasetTable.Build(data.Dataset, data.Boundaries);
        var buffer = new MemoryStream();
        string contentType;
        if (format == "csv")
        {
            DatasetCsvWriter.Write(rows, buffer, dialect);
            contentType = CsvContentType;
        }
        else
        {
            var about = AboutEntry.Standard(data.Dataset, data.Boundaries, "Alle år, hele landet", request.TimeProvider.GetLocalNow());
            DatasetXlsxWriter.Write(rows, about, buffer);
            contentType = XlsxContentType;
        }

        SetCacheHeaders(request.Context);
        var name = data.Dataset.IsSample ? "digitalisering-eksempeldata-alle-aar" : "digitalisering-alle-aar";
        return TypedResults.File(buffer.ToArray(), contentType, $"{name}.{format}", entityTag: EntityTag(data, "datasett." + format, query));
    }

    private static IEnumerable<AboutEntry> About(DataSnapshot data, ChoroplethModel model, TimeProvider time)
    {
        var county = model.View.County is { } code && model.Boundaries.TryGetCounty(code, out var c) ? c.Name : "Hele landet";
        var filters = string.Create(
            CultureInfo.InvariantCulture,
            $"{IndicatorText.Label(model.View.Indicator)} (kartet); år {model.View.Year}; {county}; klassifisering {MapViewQuery.MethodLabel(model.View.Method)}");
        return AboutEntry.Standard(data.Dataset, data.Boundaries, filters, time.GetLocalNow());
    }

    private static int ParseScale(IReadOnlyDictionary<string, string?> query, Dictionary<string, string[]> errors)
    {
        if (!query.TryGetValue(QueryNames.Scale, out var text) || string.IsNullOrWhiteSpace(text))
        {
            return 1;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var scale) && scale is >= 1 and <= 4)
        {
            return scale;
        }

        errors[QueryNames.Scale] = [$"Skala «{Echo(text)}» er ugyldig. Bruk et heltall fra 1 til 4."];
        return 1;
    }

    private static readonly Dictionary<string, PdfOrientation> Orientations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["liggende"] = PdfOrientation.Landscape,
        ["staaende"] = PdfOrientation.Portrait,
        ["stående"] = PdfOrientation.Portrait,
    };

    private static readonly Dictionary<string, DatasetCsvFormat> CsvDialects = new(StringComparer.OrdinalIgnoreCase)
    {
        ["excel"] = DatasetCsvFormat.Excel,
        ["rfc4180"] = DatasetCsvFormat.Rfc4180,
    };

    private static PdfOrientation ParseOrientation(IReadOnlyDictionary<string, string?> query, Dictionary<string, string[]> errors) =>
        ParseChoice(query, QueryNames.Orientation, Orientations, PdfOrientation.Landscape, "Retning", "«liggende» eller «staaende»", errors);

    private static DatasetCsvFormat ParseCsvDialect(IReadOnlyDictionary<string, string?> query, Dictionary<string, string[]> errors) =>
        ParseChoice(query, QueryNames.CsvDialect, CsvDialects, DatasetCsvFormat.Excel, "CSV-variant", "«excel» eller «rfc4180»", errors);

    /// <summary>An optional named choice: absent → the default; unknown → an error naming the valid words.</summary>
    private static T ParseChoice<T>(
        IReadOnlyDictionary<string, string?> query,
        string name,
        Dictionary<string, T> choices,
        T fallback,
        string label,
        string valid,
        Dictionary<string, string[]> errors)
    {
        if (!query.TryGetValue(name, out var text) || string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (choices.TryGetValue(text.Trim(), out var choice))
        {
            return choice;
        }

        errors[name] = [$"{label} «{Echo(text)}» er ugyldig. Bruk {valid}."];
        return fallback;
    }

    /// <summary>The absolute link that restores <paramref name="view"/> on the map page.</summary>
    private static string ViewUrl(HttpContext context, MapView view)
    {
        var query = MapViewQuery.ToQueryString(view);
        return $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}/{(query.Length > 0 ? "?" + query : string.Empty)}";
    }

    /// <summary>Same data, same format, same parameters: same bytes (apart from the export time in "Om dataene").</summary>
    private static EntityTagHeaderValue EntityTag(DataSnapshot data, string format, IReadOnlyDictionary<string, string?> query)
    {
        var key = new StringBuilder()
            .Append(data.LoadedAt.UtcTicks.ToString(CultureInfo.InvariantCulture)).Append('|').Append(format);
        foreach (var (name, value) in query.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            key.Append('|').Append(name).Append('=').Append(value);
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key.ToString()));
        return new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(hash.AsSpan(0, 12))}\"");
    }

    // Echo what the reader typed, but never a page of it (MapViewQuery shortens the view's parameters the same way).
    private static string Echo(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");

    private static void SetCacheHeaders(HttpContext context) =>
        context.Response.Headers.CacheControl = "public, max-age=300";

    private static ProblemHttpResult NotLoaded() =>
        TypedResults.Problem(
            title: "Dataene er ikke lastet.",
            detail: "Kommunedigital har ikke lastet kartgrunnlag og data ennå. Prøv igjen om litt.",
            statusCode: StatusCodes.Status503ServiceUnavailable);

    /// <summary>The parameters of a download: the route's format and the page's query string.</summary>
    public sealed record ExportRequest(
        string Format,
        HttpContext Context,
        DataStore Store,
        TimeProvider TimeProvider,
        CancellationToken CancellationToken)
    {
        /// <summary>
        /// The query string read exactly as the page reads it (a repeated name keeps its first value), so a link
        /// and its downloads always show the same view.
        /// </summary>
        public IReadOnlyDictionary<string, string?> Query() =>
            MapViewQuery.ParseQueryString(Context.Request.QueryString.Value);
    }
}
