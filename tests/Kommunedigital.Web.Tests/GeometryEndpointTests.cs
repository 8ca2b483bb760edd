using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using System.Xml.Linq;
using Kommunedigital.Core.Data;
using Kommunedigital.Web.Endpoints;
using Kommunedigital.Web.Geometry;
using Microsoft.Extensions.DependencyInjection;

namespace Kommunedigital.Web.Tests;

public sealed class GeometryEndpointTests(RecompressingKommunedigitalFactory factory) : IClassFixture<RecompressingKommunedigitalFactory>
{
    private static readonly Uri Municipalities2024 = new("/kart/grenser/2024/kommuner.geojson", UriKind.Relative);

    [Fact]
    public async Task ServesBrotliGeoJsonWithStrongETagAndVary()
    {
        var client = await factory.CreateLoadedClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, Municipalities2024);
        request.Headers.AcceptEncoding.ParseAdd("gzip, br");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.NotNull(response.Headers.ETag);
        Assert.False(response.Headers.ETag.IsWeak);
        Assert.True(response.Headers.CacheControl?.Public);

        await using var body = new BrotliStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var json = await JsonDocument.ParseAsync(body);
        var features = json.RootElement.GetProperty("features");
        Assert.Equal(357, features.GetArrayLength());
        Assert.Contains(features.EnumerateArray(), f => f.GetProperty("properties").GetProperty("kommunenummer").GetString() == "3201");
    }

    [Fact]
    public async Task ServesASetsCoarseShapesAsImmutableBrotliSvgThatRevalidates()
    {
        var client = await factory.CreateLoadedClientAsync();
        var url = factory.Services.GetRequiredService<BoundaryGeometryCache>().Url("2020", BoundaryLayer.Shapes)!;
        Assert.StartsWith("/kart/grenser/2020/kommuner.svg?v=", url, StringComparison.Ordinal);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.AcceptEncoding.ParseAdd("gzip, br");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
        Assert.False(response.Headers.ETag!.IsWeak);
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
        await using var body = new BrotliStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        var svg = await XElement.LoadAsync(body, LoadOptions.None, CancellationToken.None);
        Assert.Equal("2020", (string?)svg.Attribute("data-boundaries"));
        Assert.Equal(356, svg.Descendants(XName.Get("path", "http://www.w3.org/2000/svg")).Count());

        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        again.Headers.IfNoneMatch.Add(response.Headers.ETag);
        using var revalidated = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
    }

    [Fact]
    public async Task ServesGzipWhenBrotliIsNotAccepted()
    {
        var client = await factory.CreateLoadedClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/kart/grenser/2018/kommuner.geojson", UriKind.Relative));
        request.Headers.AcceptEncoding.ParseAdd("gzip");

        using var response = await client.SendAsync(request);

        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
        await using var body = new GZipStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var json = await JsonDocument.ParseAsync(body);
        Assert.Equal(422, json.RootElement.GetProperty("features").GetArrayLength());
    }

    [Fact]
    public async Task CountyLayerHoldsTheStructuresCounties()
    {
        var client = await factory.CreateLoadedClientAsync();

        var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/kart/grenser/2020/fylker.geojson", UriKind.Relative)));

        var codes = json.RootElement.GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("properties").GetProperty("fylkesnummer").GetString()!)
            .ToArray();
        Assert.Equal(["03", "11", "15", "18", "30", "34", "38", "42", "46", "50", "54"], codes);
    }

    [Fact]
    public async Task AnswersNotModifiedToAMatchingIfNoneMatch()
    {
        var client = await factory.CreateLoadedClientAsync();
        using var first = new HttpRequestMessage(HttpMethod.Get, Municipalities2024);
        first.Headers.AcceptEncoding.ParseAdd("br");
        using var firstResponse = await client.SendAsync(first);
        var etag = firstResponse.Headers.ETag!;

        using var second = new HttpRequestMessage(HttpMethod.Get, Municipalities2024);
        second.Headers.AcceptEncoding.ParseAdd("br");
        second.Headers.IfNoneMatch.Add(etag);
        using var secondResponse = await client.SendAsync(second);

        Assert.Equal(HttpStatusCode.NotModified, secondResponse.StatusCode);
        Assert.Equal(etag, secondResponse.Headers.ETag);
        Assert.Empty(await secondResponse.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task VersionedUrlIsImmutable()
    {
        var client = await factory.CreateLoadedClientAsync();
        using var plain = await client.GetAsync(Municipalities2024);
        var version = plain.Headers.ETag!.Tag.Trim('"');

        using var versioned = await client.GetAsync(new Uri($"/kart/grenser/2024/kommuner.geojson?v={version}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, versioned.StatusCode);
        Assert.Contains("immutable", versioned.Headers.CacheControl!.Extensions.Select(e => e.Name));
        Assert.Equal(TimeSpan.FromDays(365), versioned.Headers.CacheControl.MaxAge);
    }

    [Fact]
    public async Task ThePlainETagIsTheWritersHashOfTheBytesServed()
    {
        var client = await factory.CreateLoadedClientAsync();

        using var plain = await client.GetAsync(Municipalities2024);
        var body = await plain.Content.ReadAsByteArrayAsync();

        // The boundary writer's ETag: the first 16 bytes of the content's SHA-256 in hex, quoted.
        var expected = "\"" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(body).AsSpan(0, 16)) + "\"";
        Assert.Equal(expected, plain.Headers.ETag!.Tag);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task TheETagIsTheSameBeforeAndAfterTheBackgroundRecompression(string encoding)
    {
        await factory.CreateLoadedClientAsync();
        var store = new DataStore();
        store.Publish(DownloadedFiles.Snapshot(factory));
        await using var host = DownloadedFiles.HostServing(factory, store);
        var client = host.CreateClient();
        // The oldest set is recompressed last, so its first answer is most likely the quick one.
        var url = new Uri("/kart/grenser/2018/kommuner.geojson", UriKind.Relative);

        var (before, beforeContent) = await GetDecodedAsync(client, url, encoding);
        await host.Services.GetRequiredService<BoundaryGeometryCache>().Recompression;
        Assert.True(host.Services.GetRequiredService<BoundaryGeometryCache>().Get("2018", BoundaryLayer.Municipalities)!.Smallest);
        var (after, afterContent) = await GetDecodedAsync(client, url, encoding);

        Assert.Equal(afterContent, beforeContent);
        // The hash of the document (not of the compressed bytes) and the encoding.
        var expected = $"\"{Convert.ToHexStringLower(SHA256.HashData(afterContent).AsSpan(0, 16))}-{encoding}\"";
        Assert.Equal(expected, before.Headers.ETag!.Tag);
        Assert.Equal(expected, after.Headers.ETag!.Tag);
        Assert.False(after.Headers.ETag.IsWeak);
    }

    [Fact]
    public async Task QuickAndSmallestBytesOfOneDocumentShareTheirETagPerEncoding()
    {
        var client = await factory.CreateLoadedClientAsync();
        var json = await client.GetByteArrayAsync(Municipalities2024);
        var tag = Convert.ToHexStringLower(SHA256.HashData(json).AsSpan(0, 16));

        var quick = BoundaryGeometryCache.Compress(json, tag, smallest: false);
        var smallest = BoundaryGeometryCache.Compress(json, tag, smallest: true);

        Assert.NotEqual(quick.Brotli, smallest.Brotli);
        Assert.Equal($"\"{tag}-br\"", GeometryEndpoints.EntityTag(quick, "br"));
        Assert.Equal($"\"{tag}-br\"", GeometryEndpoints.EntityTag(smallest, "br"));
        Assert.Equal($"\"{tag}-gzip\"", GeometryEndpoints.EntityTag(quick, "gzip"));
        Assert.Equal($"\"{tag}-gzip\"", GeometryEndpoints.EntityTag(smallest, "gzip"));
    }

    private static async Task<(HttpResponseMessage Response, byte[] Content)> GetDecodedAsync(HttpClient client, Uri url, string encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.ParseAdd(encoding);
        var response = await client.SendAsync(request);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        await using var body = await response.Content.ReadAsStreamAsync();
        await using Stream decoded = encoding == "br"
            ? new BrotliStream(body, CompressionMode.Decompress)
            : new GZipStream(body, CompressionMode.Decompress);
        using var content = new MemoryStream();
        await decoded.CopyToAsync(content);
        return (response, content.ToArray());
    }

    [Fact]
    public async Task UnknownSetIsNotFoundProblemInBokmal()
    {
        var client = await factory.CreateLoadedClientAsync();

        using var response = await client.GetAsync(new Uri("/kart/grenser/1999/kommuner.geojson", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Ukjent grensesett", problem.GetProperty("title").GetString());
        Assert.Contains("1999", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
