using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace Kommunedigital.Web.Load;

/// <summary>
/// The output-cache rules every stored response here shares (the downloads' <see cref="DownloadCachePolicy"/>, the
/// embed's <see cref="EmbedOutputCacheAttribute"/>): one entry per key and encoding, and only a plain 200 is kept.
/// </summary>
public static class CachedResponses
{
    /// <summary>Caches the response under <paramref name="key"/> (named <paramref name="name"/>) for <paramref name="lifetime"/>.</summary>
    public static void Enable(OutputCacheContext context, string name, string key, TimeSpan lifetime, string tag)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        // Concurrent misses of one key wait for the first writer instead of all drawing the same response.
        context.AllowLocking = true;
        context.CacheVaryByRules.VaryByValues[name] = key;
        // The cache stores what response compression wrote (Program.cs), so each encoding is its own entry.
        context.CacheVaryByRules.HeaderNames = HeaderNames.AcceptEncoding;
        context.ResponseExpirationTimeSpan = lifetime;
        context.Tags.Add(tag);
    }

    /// <summary>
    /// Stores only a 200 without a cookie: a 400 or 503 is written again each time, and a response that sets a
    /// cookie is some reader's own (a signed-in session) and never another reader's.
    /// </summary>
    public static ValueTask KeepOnlyPlainOk(OutputCacheContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
