using System.Net;
using System.Text.Json;
using Kommunedigital.Core.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using static Kommunedigital.Web.Tests.DownloadedFiles;

namespace Kommunedigital.Web.Tests;

/// <summary>
/// The concurrency limit of the drawn downloads, at one slot and no queue. The slot is held by a PNG whose reader
/// stops after the headers: the test server's response pipe stops the writer once 64 kB are unread, so the
/// request (and its slot) stays open until the reader lets go — no timing involved.
/// </summary>
[Collection(DownloadsCollection.Name)]
public sealed class DrawnDownloadLimitTests(KommunedigitalFactory factory)
{
    [Fact]
    public async Task ADrawnDownloadBeyondTheLimitIs429WithRetryAfter()
    {
        await using var host = await OneSlotHostAsync();
        var client = host.CreateClient();

        using (var held = await HoldADrawnDownloadAsync(client))
        {
            using var rejected = await client.GetAsync(new Uri("/last-ned/pdf?aar=2018", UriKind.Relative));

            Assert.Equal(HttpStatusCode.TooManyRequests, rejected.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(7), rejected.Headers.RetryAfter?.Delta);
            Assert.Equal("application/problem+json", rejected.Content.Headers.ContentType?.MediaType);
            using var json = JsonDocument.Parse(await rejected.Content.ReadAsStringAsync());
            Assert.Equal(429, json.RootElement.GetProperty("status").GetInt32());
            Assert.Equal("For mange nedlastinger akkurat nå.", json.RootElement.GetProperty("title").GetString());
        }
    }

    [Fact]
    public async Task TableDownloadsAndCachedPicturesPassWhileTheDrawingSlotIsTaken()
    {
        await using var host = await OneSlotHostAsync();
        var client = host.CreateClient();
        var (cached, _) = await GetOkAsync(client, "/last-ned/svg?aar=2022");
        Assert.Null(cached.Headers.Age);

        using (var held = await HoldADrawnDownloadAsync(client))
        {
            var (table, _) = await GetOkAsync(client, "/last-ned/xlsx?aar=2018");
            var (picture, _) = await GetOkAsync(client, "/last-ned/svg?aar=2022");

            Assert.Null(table.Headers.Age);
            Assert.NotNull(picture.Headers.Age);
        }
    }

    /// <summary>A PNG at scale 4 (far over 64 kB) read only to its headers: the writer waits, holding the slot.</summary>
    private static async Task<HttpResponseMessage> HoldADrawnDownloadAsync(HttpClient client)
    {
        var held = await client.GetAsync(new Uri("/last-ned/png?aar=2024&skala=4", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, held.StatusCode);
        return held;
    }

    private async Task<WebApplicationFactory<Program>> OneSlotHostAsync()
    {
        await factory.CreateLoadedClientAsync();
        var store = new DataStore();
        store.Publish(Snapshot(factory));
        return HostServing(factory, store).WithWebHostBuilder(builder => builder
            .UseSetting("Downloads:DrawnConcurrency", "1")
            .UseSetting("Downloads:QueueLimit", "0")
            .UseSetting("Downloads:RetryAfterSeconds", "7"));
    }
}
