using System.Globalization;
using System.Net;
using Kommunedigital.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Kommunedigital.Web.Load;

/// <summary>
/// While no data snapshot is published (the app is still loading at start, or the load failed), every request
/// except <c>/health…</c> is answered 503 with <c>Retry-After</c>: a short bokmål page that reloads itself for a
/// reader asking for HTML, a problem for anything else — never a half-drawn page.
/// </summary>
public static class LoadingGate
{
    /// <summary>Seconds a reader is asked to wait while the data loads.</summary>
    public const int RetryAfterSeconds = 5;

    public static IApplicationBuilder UseLoadingGate(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var store = context.RequestServices.GetRequiredService<DataStore>();
            if (store.Current is not null || context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
            {
                await next(context);
                return;
            }

            await WriteAsync(context, failed: store.LastError is not null);
        });

    private static async Task WriteAsync(HttpContext context, bool failed)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        // The same title as a download's own 503 (ExportEndpoints), so a client sees one answer for one state.
        var title = failed ? "Dataene kunne ikke lastes." : "Dataene er ikke lastet.";
        var detail = failed
            ? "Kartgrunnlaget eller dataene kunne ikke lastes. Prøv igjen senere."
            : "Kommunedigital starter og laster kartgrunnlag og data. Prøv igjen om noen sekunder.";

        if (AcceptsHtml(context.Request))
        {
            response.ContentType = "text/html; charset=utf-8";
            await response.WriteAsync(Page(title, detail), context.RequestAborted);
            return;
        }

        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = StatusCodes.Status503ServiceUnavailable, Title = title, Detail = detail },
        });
    }

    private static bool AcceptsHtml(HttpRequest request) =>
        MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted)
        && accepted.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && (a.Quality ?? 1) > 0);

    // No script or style (the security headers allow neither inline); the refresh brings the map once it is loaded.
    private static string Page(string title, string detail) => $"""
        <!DOCTYPE html>
        <html lang="nb">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="refresh" content="{RetryAfterSeconds}">
        <title>{WebUtility.HtmlEncode(title)} – Kommunedigital</title>
        </head>
        <body>
        <main>
        <h1>{WebUtility.HtmlEncode(title)}</h1>
        <p>{WebUtility.HtmlEncode(detail)}</p>
        </main>
        </body>
        </html>
        """;
}
