using Kommunedigital.Core.Data;
using Kommunedigital.Web.Geometry;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Kommunedigital.Web.Endpoints;

/// <summary>
/// The map's geometry over plain HTTP: display GeoJSON and the country-view shapes (SVG, the first paint's format)
/// per boundary set, precompressed once per data snapshot (Brotli, gzip) and kept in memory, with a strong ETag per
/// encoding. A URL carrying the current version (<c>?v=</c>) is immutable, so browsers and proxies keep it.
/// </summary>
public static class GeometryEndpoints
{
    public const string ContentType = "application/geo+json";

    /// <summary>The media type of <see cref="BoundaryLayer.Shapes"/>.</summary>
    public const string ShapesContentType = "image/svg+xml";

    private const string VersionedCacheControl = "public, max-age=31536000, immutable";
    private const string PlainCacheControl = "public, max-age=3600";

    public static IEndpointRouteBuilder MapGeometryEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/kart/grenser").ExcludeFromDescription();
        group.MapGet("/{setId}/kommuner.geojson", GetMunicipalities);
        group.MapGet("/{setId}/fylker.geojson", GetCounties);
        group.MapGet("/{setId}/kommuner.svg", GetShapes);
        return app;
    }

    /// <summary>The unversioned path of a layer.</summary>
    public static string Path(string setId, BoundaryLayer layer) =>
        $"/kart/grenser/{Uri.EscapeDataString(setId)}/" + layer switch
        {
            BoundaryLayer.Municipalities => "kommuner.geojson",
            BoundaryLayer.Counties => "fylker.geojson",
            _ => "kommuner.svg",
        };

    public static Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult> GetMunicipalities(
        string setId, HttpContext context, BoundaryGeometryCache cache, DataStore store) =>
        Serve(setId, BoundaryLayer.Municipalities, context, cache, store);

    public static Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult> GetCounties(
        string setId, HttpContext context, BoundaryGeometryCache cache, DataStore store) =>
        Serve(setId, BoundaryLayer.Counties, context, cache, store);

    public static Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult> GetShapes(
        string setId, HttpContext context, BoundaryGeometryCache cache, DataStore store) =>
        Serve(setId, BoundaryLayer.Shapes, context, cache, store);

    private static Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult> Serve(
        string setId, BoundaryLayer layer, HttpContext context, BoundaryGeometryCache cache, DataStore store)
    {
        var file = cache.Get(setId, layer);
        if (file is null)
        {
            return store.Current is null
                ? TypedResults.Problem(
                    title: "Dataene lastes fortsatt",
                    detail: "Kartgrunnlaget er ikke lastet ennå. Prøv igjen om litt.",
                    statusCode: StatusCodes.Status503ServiceUnavailable)
                : TypedResults.Problem(
                    title: "Ukjent grensesett",
                    detail: $"Grensesettet «{setId}» finnes ikke.",
                    statusCode: StatusCodes.Status404NotFound);
        }

        var (bytes, encoding) = ChooseEncoding(context.Request.Headers.AcceptEncoding, file);
        var etag = EntityTag(file, encoding);

        var headers = context.Response.Headers;
        headers.Vary = HeaderNames.AcceptEncoding;
        headers.ETag = etag;
        headers.CacheControl = context.Request.Query["v"] == file.Tag ? VersionedCacheControl : PlainCacheControl;

        if (Matches(context.Request.Headers.IfNoneMatch, file.Tag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        if (encoding is not null)
        {
            headers.ContentEncoding = encoding;
        }

        return TypedResults.Bytes(bytes, layer == BoundaryLayer.Shapes ? ShapesContentType : ContentType);
    }

    /// <summary>
    /// The strong ETag of <paramref name="file"/> in <paramref name="encoding"/>: the hash of the uncompressed
    /// GeoJSON, with the encoding appended ("…-br", "…-gzip"; none for identity). It names the representation, not
    /// the compressor's level, so the tag stays the same when the background recompression replaces the quickly
    /// compressed bytes with smaller ones that decode to the same document (the endpoint serves no ranges, so no
    /// reader combines parts of the two).
    /// </summary>
    public static string EntityTag(GeometryFile file, string? encoding)
    {
        ArgumentNullException.ThrowIfNull(file);
        return encoding is null ? $"\"{file.Tag}\"" : $"\"{file.Tag}-{encoding}\"";
    }

    /// <summary>Brotli when accepted, else gzip, else identity; an encoding with q=0 counts as refused.</summary>
    private static (byte[] Bytes, string? Encoding) ChooseEncoding(Microsoft.Extensions.Primitives.StringValues acceptEncoding, GeometryFile file)
    {
        if (!StringWithQualityHeaderValue.TryParseList(acceptEncoding.ToArray().OfType<string>().ToList(), out var accepted))
        {
            return (file.Identity, null);
        }

        bool Accepts(string name) => accepted.Any(a =>
            (a.Value.Equals(name, StringComparison.OrdinalIgnoreCase) || a.Value == "*") && (a.Quality ?? 1) > 0);

        return Accepts("br") ? (file.Brotli, "br")
            : Accepts("gzip") ? (file.Gzip, "gzip")
            : (file.Identity, null);
    }

    /// <summary>True when If-None-Match names any representation of this version (or is "*").</summary>
    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string tag)
    {
        if (!EntityTagHeaderValue.TryParseList(ifNoneMatch.ToArray().OfType<string>().ToList(), out var tags))
        {
            return false;
        }

        // Any encoding of the same content is still valid in the reader's cache, so any of them revalidates.
        return tags.Any(t => t.Tag == "*" || (t.Tag.Value?.StartsWith($"\"{tag}", StringComparison.Ordinal) ?? false));
    }
}
