using System.Net;
using static Kommunedigital.Web.Tests.Releases.ReleaseHost;

namespace Kommunedigital.Web.Tests.Releases;

/// <summary>
/// A publish changes the latest release, which is part of every embed's cache key: the embed a reader asks for after
/// it is a fresh render with the new release, not the entry stored before it (observed through <c>Age</c>).
/// </summary>
public sealed class EmbedReleaseCacheTests
{
    [Theory]
    [OnSqlite]
    public async Task ANewReleaseIsANewEmbedEntry(string backend)
    {
        await using var database = await TestDatabase.CreateAsync(backend);
        await using var host = new ReleaseHost(database);
        var client = await host.CreateLoadedClientAsync();
        await host.PublishAsync(ReleaseFiles.WithOslo2024("11,1"), "Første versjon");
        Assert.True(await EventuallyAsync(async () => await ServedReleaseAsync(client) == 1, TimeSpan.FromSeconds(10)));
        const string url = "/embed?indikator=kompetanse&aar=2024&fylke=03";

        using var first = await client.GetAsync(new Uri(url, UriKind.Relative));
        using var cached = await client.GetAsync(new Uri(url, UriKind.Relative));
        await host.PublishAsync(ReleaseFiles.WithOslo2024("22,2"), "Tall for 2024 rettet");
        Assert.True(await EventuallyAsync(async () => await ServedReleaseAsync(client) == 2, TimeSpan.FromSeconds(10)));
        using var afterPublish = await client.GetAsync(new Uri(url, UriKind.Relative));
        var page = WebUtility.HtmlDecode(await afterPublish.Content.ReadAsStringAsync());

        Assert.Null(first.Headers.Age);
        Assert.NotNull(cached.Headers.Age);
        Assert.Contains(">Versjon 1, publisert ", WebUtility.HtmlDecode(await cached.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Null(afterPublish.Headers.Age);
        Assert.Contains(">Versjon 2, publisert ", page, StringComparison.Ordinal);
    }
}
