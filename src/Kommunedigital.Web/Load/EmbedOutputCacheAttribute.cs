using Kommunedigital.Core.Data;
using Kommunedigital.Core.Views;
using Kommunedigital.Releases;
using Kommunedigital.Web.Components;
using Kommunedigital.Web.Components.Pages;
using Microsoft.AspNetCore.OutputCaching;

namespace Kommunedigital.Web.Load;

/// <summary>
/// Output caching of the embed (a static page: no circuit, nothing per reader), keyed like the downloads by what the
/// page shows rather than by the raw query string: the latest release, the release the link reads (<c>versjon=N</c>),
/// the view as parsed and written back by its codec (<see cref="MapViewQueryString.ToQueryString"/>), the path's
/// language and the notes about the link. The same view asked for in another parameter order is one entry; a publish
/// or a rollback changes the latest release and so every key. The cache sits outside response compression and varies
/// by <c>Accept-Encoding</c>, so each entry holds the compressed body, compressed once. An entry lives as long as a
/// proxy may keep the page (<see cref="EmbedCaching"/>), so the <c>Age</c> it is served with never exceeds its
/// <c>max-age</c>. Only a 200 without a cookie is stored.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class EmbedOutputCacheAttribute : Attribute, IOutputCachePolicy
{
    /// <summary>The tag of every embed entry (for eviction by tag).</summary>
    public const string Tag = "embed";

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        var request = http.Request;
        if (http.RequestServices.GetRequiredService<DataStore>().Current is not { } served
            || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
        {
            context.EnableOutputCaching = false;
            return;
        }

        // The page's own read (MapViewPage): the query, the pinned release it names, the parse in the path's language.
        var (snapshot, parsed) = await http.RequestServices.GetRequiredService<PinnedReleases>()
            .ReadViewAsync(request.QueryString.Value, SitePaths.LanguageOf(request.Path.Value), served, cancellation);

        CachedResponses.Enable(context, Tag, Key(served, snapshot, parsed), TimeSpan.FromSeconds(EmbedCaching.SecondsFor(parsed.View)), Tag);
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        // The cache copies the headers at the body's first byte, before the page's OnStarting callback has made the
        // response public, so a stored entry still has the antiforgery cookie and "no-store". Every answer from the
        // cache is therefore made public the same way as it starts: no reader ever gets another reader's cookie.
        EmbedCaching.MakeCacheable(context.HttpContext, (int)context.ResponseExpirationTimeSpan!.Value.TotalSeconds);
        return ValueTask.CompletedTask;
    }

    // By now the response has started, so the page's EmbedCaching has dropped the antiforgery cookie; any cookie
    // left is someone's own (a signed-in session), and such a response is not stored.
    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) =>
        CachedResponses.KeepOnlyPlainOk(context);

    /// <summary>"versjon-4|versjon-3|aar=2024&amp;fylke=46&amp;versjon=3|Bokmal|" and the notes, one a line.</summary>
    public static string Key(DataSnapshot served, DataSnapshot shown, MapViewParseResult parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        return string.Join(
            '|',
            DownloadKey.SnapshotVersion(served),
            DownloadKey.SnapshotVersion(shown),
            MapViewQueryString.ToQueryString(parsed.View),
            parsed.View.Language,
            string.Join('\n', parsed.Notes));
    }
}
