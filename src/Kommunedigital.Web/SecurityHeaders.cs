using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Kommunedigital.Core.Views;
using Kommunedigital.Web.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace Kommunedigital.Web;

/// <summary>
/// Response headers every answer carries, decided here for the whole app in one place.
/// <list type="bullet">
/// <item>Framing: the framework's own per-component "frame-ancestors 'self'" is switched off in Program.cs and
/// antiforgery's X-Frame-Options is suppressed (HostingExtensions), because the embed exists to be framed by
/// other sites (it opens no circuit) while every other page must stay unframeable.</item>
/// <item>Scripts: only the app's own files run (<c>script-src 'self'</c>, no <c>unsafe-inline</c>). The one inline
/// script the pages carry is Blazor's import map, allowed by the SHA-256 of its exact text, which
/// depends only on the build's static assets and is computed once per asset collection.</item>
/// <item>Styles allow inline style attributes: Leaflet positions every pane and tooltip with them.</item>
/// </list>
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The embed page's paths, bokmål and English (<see cref="SitePaths"/>): the only ones other sites may frame.</summary>
    public static IReadOnlyList<string> EmbedPaths { get; } = [.. ReaderLanguages.All.Select(l => SitePaths.Path(SitePage.Embed, l))];

    /// <summary>What the pages may use of the browser's features: nothing of the camera, microphone, location or payments.</summary>
    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /// <summary>Other sites learn only the origin a reader came from, never the view in the query string.</summary>
    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    private static readonly ConcurrentDictionary<ResourceAssetCollection, string> ImportMapHashes = new();

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var tileOrigin = TileOrigin(app.ApplicationServices.GetRequiredService<IOptions<MapOptions>>().Value);
        return app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            var embed = EmbedPaths.Any(path => context.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase));

            // Served types are what they say (a ProblemDetails echoing "<script>" is JSON, never HTML).
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = ReferrerPolicy;
            headers["Permissions-Policy"] = PermissionsPolicy;
            if (!embed)
            {
                // For browsers that predate frame-ancestors; the embed sends no X-Frame-Options at all.
                headers.XFrameOptions = "SAMEORIGIN";
            }

            var importMap = context.GetEndpoint()?.Metadata.GetMetadata<ResourceAssetCollection>() is { } assets
                ? ImportMapHashes.GetOrAdd(assets, ImportMapHash)
                : null;
            headers.ContentSecurityPolicy = Policy(embed, importMap, tileOrigin);
            return next(context);
        });
    }

    /// <summary>The Content-Security-Policy of one response.</summary>
    /// <param name="embed">True for the embed: any site may frame it.</param>
    /// <param name="importMapHash">"sha256-…" of the page's import map, or null when the response has none.</param>
    /// <param name="tileOrigin">The tile server's origin when background tiles are configured.</param>
    public static string Policy(bool embed, string? importMapHash, string? tileOrigin)
    {
        var scripts = importMapHash is null ? "'self'" : $"'self' '{importMapHash}'";
        var images = tileOrigin is null ? "'self' data: blob:" : $"'self' data: blob: {tileOrigin}";
        return string.Join("; ",
            "default-src 'self'",
            $"script-src {scripts}",
            "style-src 'self' 'unsafe-inline'",
            $"img-src {images}",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            embed ? "frame-ancestors *" : "frame-ancestors 'self'");
    }

    // The exact text Blazor's <ImportMap /> writes inside its <script type="importmap"> for these assets
    // (SecurityHeaderTests hashes the served text to check it).
    private static string ImportMapHash(ResourceAssetCollection assets)
    {
        var json = ImportMapDefinition.FromResourceCollection(assets).ToString();
        return "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
    }

    // "https://{s}.tile.example.org/{z}/{x}/{y}.png" → "https://*.tile.example.org".
    private static string? TileOrigin(MapOptions map) =>
        map.HasTiles && map.TileUrl is { } url && url.IndexOf('/', url.IndexOf("//", StringComparison.Ordinal) + 2) is var end and > 0
            ? url[..end].Replace("{s}", "*", StringComparison.Ordinal)
            : null;
}
