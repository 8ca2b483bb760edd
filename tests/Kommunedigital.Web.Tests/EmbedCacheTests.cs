using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Kommunedigital.Core.Data;
using static Kommunedigital.Web.Tests.DownloadedFiles;

namespace Kommunedigital.Web.Tests;

/// <summary>
/// The output cache of the embed, observed through the <c>Age</c> header the cache adds only to a response it serves
/// from a stored entry (a fresh render has none). The cache stores the compressed body, one entry per
/// <c>Accept-Encoding</c>. Each test runs on its own host, so its cache starts empty. A new release is a new entry:
/// <see cref="Releases.EmbedReleaseCacheTests"/>.
/// </summary>
public sealed partial class EmbedCacheTests(KommunedigitalFactory factory) : IClassFixture<KommunedigitalFactory>
{
    [Fact]
    public async Task TheSameViewInAnotherParameterOrderIsServedFromOneCacheEntry()
    {
        await using var host = await HostWithTheDataAsync();
        var client = host.CreateClient();

        var (first, firstBody) = await GetOkAsync(client, "/embed?aar=2024&fylke=46&indikator=kompetanse");
        // Other order, an old name for the year, a duplicate (the first value wins) and a name the parse ignores.
        var (second, secondBody) = await GetOkAsync(client, "/embed?indikator=kompetanse&ukjent=1&fylke=46&year=2024&fylke=03");

        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(firstBody, secondBody);
        Assert.Contains("Digital kompetanse 2024 – Vestland", WebUtility.HtmlDecode(Encoding.UTF8.GetString(secondBody)), StringComparison.Ordinal);
        // The stored copy is public and carries no cookie (the antiforgery cookie is dropped before it is stored).
        Assert.Equal("public, max-age=60", second.Headers.CacheControl?.ToString());
        Assert.False(second.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task AnotherViewIsAnotherCacheEntry()
    {
        await using var host = await HostWithTheDataAsync();
        var client = host.CreateClient();

        var (vestland, _) = await GetOkAsync(client, "/embed?aar=2024&fylke=46");
        var (oslo, osloBody) = await GetOkAsync(client, "/embed?aar=2024&fylke=03");
        var (english, englishBody) = await GetOkAsync(client, "/en/embed?aar=2024&fylke=46");

        Assert.Null(vestland.Headers.Age);
        Assert.Null(oslo.Headers.Age);
        Assert.Null(english.Headers.Age);
        Assert.Contains("<html lang=\"en\">", Encoding.UTF8.GetString(englishBody), StringComparison.Ordinal);
        Assert.Contains("Oslo", Encoding.UTF8.GetString(osloBody), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALinkWithANoteIsNotServedTheEntryOfTheViewItFallsBackTo()
    {
        await using var host = await HostWithTheDataAsync();
        var client = host.CreateClient();

        var (plain, _) = await GetOkAsync(client, "/embed?fylke=46");
        // An unknown year falls back to the default year, the same view as above, but the page says so.
        var (noted, notedBody) = await GetOkAsync(client, "/embed?fylke=46&aar=1999");
        var (notedAgain, notedAgainBody) = await GetOkAsync(client, "/embed?aar=1999&fylke=46");

        Assert.Null(plain.Headers.Age);
        Assert.Null(noted.Headers.Age);
        Assert.Contains("Ukjent år «1999»", WebUtility.HtmlDecode(Encoding.UTF8.GetString(notedBody)), StringComparison.Ordinal);
        Assert.NotNull(notedAgain.Headers.Age);
        Assert.Equal(notedBody, notedAgainBody);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task TheCachedCompressedEmbedIsTheFreshRenderCompressedInTheAskedEncoding(string encoding)
    {
        await using var host = await HostWithTheDataAsync();
        var client = host.CreateClient();
        const string url = "/embed?aar=2024&fylke=15";

        var (fresh, freshBody) = await GetOkAsync(client, url);
        using var first = await GetEncodedAsync(client, url, encoding);
        using var cached = await GetEncodedAsync(client, url, encoding);
        var cachedBody = await cached.Content.ReadAsByteArrayAsync();

        // Each encoding is its own entry: the first compressed answer is written, the second comes from the cache.
        Assert.Null(fresh.Headers.Age);
        Assert.Null(first.Headers.Age);
        Assert.NotNull(cached.Headers.Age);
        Assert.Equal([encoding], cached.Content.Headers.ContentEncoding);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), cachedBody);
        Assert.Equal(WithoutPerRenderParts(freshBody), WithoutPerRenderParts(Decompress(cachedBody, encoding)));
    }

    [Fact]
    public async Task AReaderAskingForGzipIsNeverServedTheBrotliEntry()
    {
        await using var host = await HostWithTheDataAsync();
        var client = host.CreateClient();
        const string url = "/embed?aar=2024";

        using var brotli = await GetEncodedAsync(client, url, "br");
        using var gzip = await GetEncodedAsync(client, url, "gzip");
        var (identity, _) = await GetOkAsync(client, url);

        Assert.Equal(["br"], brotli.Content.Headers.ContentEncoding);
        Assert.Equal(["gzip"], gzip.Content.Headers.ContentEncoding);
        Assert.Empty(identity.Content.Headers.ContentEncoding);
        Assert.Null(gzip.Headers.Age);
        Assert.Null(identity.Headers.Age);
    }

    private static async Task<HttpResponseMessage> GetEncodedAsync(HttpClient client, string url, string encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    // The parts drawn anew for each render: the legend's element ids (random, Legend.razor) and Blazor's protected
    // component state (the antiforgery token, encrypted with a fresh nonce).
    private static string WithoutPerRenderParts(byte[] html) =>
        ComponentState().Replace(LegendId().Replace(Encoding.UTF8.GetString(html), "$1\""), "<!--Blazor-Server-Component-State:-->");

    [GeneratedRegex("(legend-(?:hint-)?)[0-9a-f]{8}\"")]
    private static partial Regex LegendId();

    [GeneratedRegex("<!--Blazor-Server-Component-State:[^-]*-->")]
    private static partial Regex ComponentState();

    private static byte[] Decompress(byte[] body, string encoding)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }

    private async Task<Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>> HostWithTheDataAsync()
    {
        await factory.CreateLoadedClientAsync();
        var store = new DataStore();
        store.Publish(Snapshot(factory));
        return HostServing(factory, store);
    }
}
