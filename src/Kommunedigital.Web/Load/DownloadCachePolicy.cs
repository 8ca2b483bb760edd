using Kommunedigital.Web.Endpoints;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace Kommunedigital.Web.Load;

/// <summary>
/// Output caching of the downloads, keyed by <see cref="DownloadKey"/> instead of the raw query string: the same
/// view asked for in another parameter order is one entry, and another release is another key. Only a 200 is
/// stored; a 400 or a 503 is written again each time. Concurrent misses of one key wait for the first writer.
/// </summary>
/// <param name="dataset">True for <c>/last-ned/datasett.{format}</c>, false for the view downloads.</param>
public sealed class DownloadCachePolicy(bool dataset) : IOutputCachePolicy
{
    /// <summary>The tag of every download entry (for eviction by tag).</summary>
    public const string Tag = "downloads";

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        var key = await ExportEndpoints.SnapshotAsync(http) is { } data
            && http.Request.RouteValues["format"] is string format
            ? dataset
                ? DownloadKey.ForDataset(format, ExportEndpoints.ReadQuery(http), data, ExportEndpoints.LanguageOf(http))
                : DownloadKey.ForView(format, ExportEndpoints.ReadQuery(http), data, ExportEndpoints.LanguageOf(http))
            : null;
        if (key is null)
        {
            context.EnableOutputCaching = false;
            return;
        }

        var options = http.RequestServices.GetRequiredService<IOptions<DownloadLimitOptions>>().Value;
        CachedResponses.Enable(context, "download", key, TimeSpan.FromSeconds(options.CacheSeconds), Tag);
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) =>
        CachedResponses.KeepOnlyPlainOk(context);
}
