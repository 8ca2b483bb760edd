using Kommunedigital.Core.Views;
using Microsoft.Net.Http.Headers;

namespace Kommunedigital.Web.Components.Pages;

/// <summary>
/// Makes the embed's static HTML cacheable by a CDN or reverse proxy. Blazor emits an antiforgery token on every
/// server-rendered page of an app with interactive render modes (a cookie, and <c>no-cache, no-store</c>), although
/// the embed has no form; left in place it would keep every proxy from storing the embed. Just before the response
/// starts, the antiforgery cookie is dropped and <c>Cache-Control: public</c> set, unless another cookie is being
/// set (a signed-in person's session), in which case the response stays uncacheable.
/// </summary>
public static class EmbedCaching
{
    /// <summary>Seconds a proxy may keep the embed of the latest release: a publish reaches its readers within this.</summary>
    public const int LatestSeconds = 60;

    /// <summary>Seconds a proxy may keep the embed pinned to a release (<c>versjon=N</c>): its numbers do not change.</summary>
    public const int PinnedSeconds = 3600;

    private const string AntiforgeryCookiePrefix = ".AspNetCore.Antiforgery.";

    /// <summary>How long a proxy (and the app's output cache) may keep the embed of <paramref name="view"/>.</summary>
    public static int SecondsFor(MapView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.Release is null ? LatestSeconds : PinnedSeconds;
    }

    public static void MakeCacheable(HttpContext context, int seconds)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.Response;
        response.OnStarting(() =>
        {
            var cookies = response.Headers.SetCookie;
            if (cookies.Any(c => c is not null && !c.StartsWith(AntiforgeryCookiePrefix, StringComparison.Ordinal)))
            {
                return Task.CompletedTask;
            }

            response.Headers.Remove(HeaderNames.SetCookie);
            response.Headers.Remove(HeaderNames.Pragma);
            response.Headers.CacheControl = "public, max-age=" + seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        });
    }
}
