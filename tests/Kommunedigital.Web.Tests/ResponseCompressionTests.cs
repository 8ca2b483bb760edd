using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Kommunedigital.Web.Load;

namespace Kommunedigital.Web.Tests;

/// <summary>
/// The compression level follows the response (<see cref="StoredResponseCompression"/>): the embed, stored once by the
/// output cache, at the smaller level; the map page, compressed for each reader, at a fast one. The oracle is
/// .NET's own Brotli encoder run on the decompressed body at each quality.
/// </summary>
public sealed class ResponseCompressionTests(KommunedigitalFactory factory) : IClassFixture<KommunedigitalFactory>
{
    [Fact]
    public async Task TheStoredEmbedIsCompressedAtTheStoredLevel()
    {
        var client = await factory.CreateLoadedClientAsync();

        var body = await BrotliBodyAsync(client, "/embed?aar=2023&fylke=50");
        var html = Decompress(body);

        Assert.True(body.Length < Compress(html, StoredResponseCompression.LiveBrotliQuality), Sizes(body, html));
        Assert.True(body.Length <= Compress(html, StoredResponseCompression.StoredBrotliQuality) * 1.02, Sizes(body, html));
    }

    [Fact]
    public async Task TheMapPageIsCompressedAtTheLiveLevelForEachReader()
    {
        var client = await factory.CreateLoadedClientAsync();

        var body = await BrotliBodyAsync(client, "/?aar=2023&fylke=50");
        var html = Decompress(body);

        // Flushes only add to one pass's size, so the body is above the stored level's single pass.
        Assert.True(body.Length > Compress(html, StoredResponseCompression.StoredBrotliQuality), Sizes(body, html));
        // Blazor flushes the page in parts, and each flush ends a Brotli block: a little over one encoder pass.
        Assert.True(body.Length <= Compress(html, StoredResponseCompression.LiveBrotliQuality) * 1.1, Sizes(body, html));
    }

    private static string Sizes(byte[] body, byte[] html) =>
        $"{body.Length} bytes served; quality {StoredResponseCompression.LiveBrotliQuality}: {Compress(html, StoredResponseCompression.LiveBrotliQuality)}, quality {StoredResponseCompression.StoredBrotliQuality}: {Compress(html, StoredResponseCompression.StoredBrotliQuality)}, of {html.Length}";

    private static async Task<byte[]> BrotliBodyAsync(HttpClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static int Compress(byte[] data, int quality)
    {
        using var output = new MemoryStream();
        using (var brotli = new BrotliStream(output, new BrotliCompressionOptions { Quality = quality }, leaveOpen: true))
        {
            brotli.Write(data);
        }

        return (int)output.Length;
    }

    private static byte[] Decompress(byte[] body)
    {
        using var input = new MemoryStream(body);
        using var brotli = new BrotliStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        brotli.CopyTo(output);
        return output.ToArray();
    }
}
