using System.Security.Cryptography;
using System.Text;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Export;
using Kommunedigital.Core.Resources;
using Kommunedigital.Core.Views;
using Kommunedigital.Releases;
using Kommunedigital.Web.Components;
using Kommunedigital.Web.Load;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Kommunedigital.Web.Endpoints;

/// <summary>
/// Downloads of the current view and of the whole dataset. A download takes the page's own query string
/// (<see cref="QueryNames"/>), so every shared link maps to its files; bad parameters are a 400 with the
/// reasons, never a 500. Each handler reads the request (<see cref="DownloadRequest"/>), looks the format up in
/// <see cref="Downloads"/> and writes; the formats, their media types and extensions live in that table.
/// </summary>
public static class ExportEndpoints
{
    private const string BasePath = "last-ned";

    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        // The same downloads twice: under /last-ned in bokmål and under /en/last-ned in English (LanguageOf reads
        // the path). Served from the output cache by canonical view and language (DownloadKey); only a miss reaches
        // the limiter and the writer.
        foreach (var prefix in new[] { "/" + BasePath, $"/{SitePaths.EnglishSegment}/{BasePath}" })
        {
            var group = app.MapGroup(prefix);
            group.MapGet("/datasett.{format}", GetDatasetAsync)
                .CacheOutput(new DownloadCachePolicy(dataset: true));
            group.MapGet("/{format}", GetViewExportAsync)
                .CacheOutput(new DownloadCachePolicy(dataset: false))
                .RequireRateLimiting(DrawnDownloadLimiter.PolicyName);
        }

        return app;
    }

    /// <summary>"last-ned/png?aar=2024", "en/last-ned/png?aar=2024": the link of a view download, relative to the app's base.</summary>
    public static string Href(ViewDownload download, string query, ReaderLanguage language = ReaderLanguage.Bokmal)
    {
        ArgumentNullException.ThrowIfNull(download);
        return $"{SitePaths.DownloadPrefix(language)}{BasePath}/{download.Format}{query}";
    }

    /// <summary>"last-ned/datasett.xlsx", "en/last-ned/datasett.xlsx": the link of a dataset download, relative to the app's base.</summary>
    public static string Href(DatasetDownload download, ReaderLanguage language = ReaderLanguage.Bokmal)
    {
        ArgumentNullException.ThrowIfNull(download);
        return $"{SitePaths.DownloadPrefix(language)}{BasePath}/datasett.{download.Format}";
    }

    /// <summary>The language of a download: English under /en/last-ned, bokmål under /last-ned.</summary>
    public static ReaderLanguage LanguageOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return SitePaths.LanguageOf(context.Request.Path.Value);
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> GetViewExportAsync(
        [AsParameters] ExportRequest request)
    {
        if (await SnapshotAsync(request.Context) is not { } data)
        {
            return NotLoaded(LanguageOf(request.Context));
        }

        var query = request.Query();
        var parsed = DownloadRequest.ForView(request.Format, query, data, LanguageOf(request.Context));
        if (!parsed.IsValid || parsed.View is not { } view)
        {
            return BadRequest(parsed.Errors, LanguageOf(request.Context));
        }

        var (bytes, model) = await WriteViewAsync(data, parsed, ViewUrl(request.Context, view), request.TimeProvider.GetLocalNow(), request.CancellationToken);
        SetCacheHeaders(request.Context, query);
        return TypedResults.File(
            bytes, parsed.Download.ContentType, ExportFileName.For(model, parsed.Download.Extension), entityTag: EntityTag(DownloadKey.Of(data, parsed.Download, view, parsed.Options)));
    }

    /// <summary>
    /// The view's file as every map download is made (the public endpoint and a draft's preview): the view's model
    /// built from <paramref name="data"/>, written in the requested format.
    /// </summary>
    public static async Task<(byte[] Bytes, ChoroplethModel Model)> WriteViewAsync(
        DataSnapshot data, DownloadRequest<ViewDownload> parsed, string viewUrl, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        if (!parsed.IsValid || parsed.View is not { } view)
        {
            throw new ArgumentException("Only a valid view download can be written.", nameof(parsed));
        }

        var model = ChoroplethModelBuilder.Build(data, view);
        var buffer = new MemoryStream();
        await parsed.Download.Write(new ViewExport(data, model, parsed.Options, viewUrl, now), buffer, cancellationToken);
        return (buffer.ToArray(), model);
    }

    /// <summary>The whole dataset's file as every dataset download is made (the public endpoint and a draft's preview).</summary>
    public static byte[] WriteDataset(DataSnapshot data, DownloadRequest<DatasetDownload> parsed, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        if (!parsed.IsValid)
        {
            throw new ArgumentException("Only a valid dataset download can be written.", nameof(parsed));
        }

        var buffer = new MemoryStream();
        parsed.Download.Write(data, parsed.Options, now, buffer);
        return buffer.ToArray();
    }

    /// <summary>400 for parameters a download cannot be made from: the reasons per parameter, the title in the reader's language.</summary>
    public static ValidationProblem BadRequest(IReadOnlyDictionary<string, string[]> errors, ReaderLanguage language) =>
        TypedResults.ValidationProblem(errors, title: ReaderText.Get(language, "Request.BadRequestTitle"));

    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> GetDatasetAsync(
        [AsParameters] ExportRequest request)
    {
        if (await SnapshotAsync(request.Context) is not { } data)
        {
            return NotLoaded(LanguageOf(request.Context));
        }

        var query = request.Query();
        var parsed = DownloadRequest.ForDataset(request.Format, query, data, LanguageOf(request.Context));
        if (!parsed.IsValid)
        {
            return BadRequest(parsed.Errors, LanguageOf(request.Context));
        }

        var bytes = WriteDataset(data, parsed, request.TimeProvider.GetLocalNow());
        SetCacheHeaders(request.Context, query);
        return TypedResults.File(
            bytes, parsed.Download.ContentType, parsed.Download.FileName(data), entityTag: EntityTag(DownloadKey.Of(data, parsed.Download, parsed.Options)));
    }

    /// <summary>The absolute link that restores <paramref name="view"/> on the map page.</summary>
    private static string ViewUrl(HttpContext context, MapView view)
    {
        var query = MapViewQueryString.ToQueryString(view);
        var page = SitePaths.Href(SitePage.Map, view.Language, query.Length > 0 ? "?" + query : string.Empty).TrimStart('.', '/');
        return $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}/{page}";
    }

    /// <summary>
    /// Same data, same format, same view and options (<see cref="DownloadKey"/>): same bytes (apart from the export
    /// time in "Om dataene"), and the tag of the output-cache entry that serves them.
    /// </summary>
    private static EntityTagHeaderValue EntityTag(string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(hash.AsSpan(0, 12))}\"");
    }

    /// <summary>
    /// The query string read exactly as the page reads it (a repeated name keeps its first value), so a link
    /// and its downloads always show the same view.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> ReadQuery(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return MapViewQueryString.ParseQueryString(context.Request.QueryString.Value);
    }

    /// <summary>
    /// The one snapshot a download request reads, for its cache key and its file alike: the release its
    /// <c>versjon=</c> pins when that is published (<see cref="PinnedReleases"/>), otherwise the served one; null while
    /// nothing is loaded. Read once per request and kept with it, so a publish between the key and the file cannot
    /// mix two releases.
    /// </summary>
    public static async ValueTask<DataSnapshot?> SnapshotAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items.TryGetValue(SnapshotItem, out var kept))
        {
            return kept as DataSnapshot;
        }

        var services = context.RequestServices;
        var snapshot = services.GetRequiredService<DataStore>().Current is { } served
            ? await services.GetRequiredService<PinnedReleases>().ForQueryAsync(ReadQuery(context), served, context.RequestAborted)
            : null;
        context.Items[SnapshotItem] = snapshot;
        return snapshot;
    }

    private static readonly object SnapshotItem = new();

    /// <summary>
    /// Cacheable by any CDN: a file of the latest release for 5 minutes (a publish reaches readers behind a cache within
    /// that), a file pinned to a release (<c>versjon=N</c>, valid by now) for an hour: a published release's
    /// numbers never change, but a rollback may withdraw it.
    /// </summary>
    private static void SetCacheHeaders(HttpContext context, IReadOnlyDictionary<string, string?> query) =>
        context.Response.Headers.CacheControl = MapViewQueryString.Read(query).Version is null ? "public, max-age=300" : "public, max-age=3600";

    private static ProblemHttpResult NotLoaded(ReaderLanguage language) =>
        TypedResults.Problem(
            title: ReaderText.Get(language, "Request.NotLoadedTitle"),
            detail: ReaderText.Get(language, "Request.NotLoadedDetail"),
            statusCode: StatusCodes.Status503ServiceUnavailable);

    /// <summary>The parameters of a download: the route's format and the page's query string.</summary>
    public sealed record ExportRequest(
        string Format,
        HttpContext Context,
        DataStore Store,
        TimeProvider TimeProvider,
        CancellationToken CancellationToken)
    {
        /// <summary>The page's query string (<see cref="ReadQuery"/>).</summary>
        public IReadOnlyDictionary<string, string?> Query() => ReadQuery(Context);
    }
}
