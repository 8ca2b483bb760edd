using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Kommunedigital.Core.Data;
using static Kommunedigital.Web.Tests.DownloadedFiles;

namespace Kommunedigital.Web.Tests;

/// <summary>
/// The app before its data is loaded (a host whose store is empty and whose loader is removed) and after: the
/// probes an orchestrator reads, and the 503 with <c>Retry-After</c> every reader gets meanwhile.
/// </summary>
[Collection(DownloadsCollection.Name)]
public sealed class StartupTests(KommunedigitalFactory factory)
{
    [Fact]
    public async Task WhileLoadingThePageIsAShortNorwegian503WithRetryAfter()
    {
        await using var host = HostServing(factory, new DataStore());
        var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/?aar=2024", UriKind.Relative));
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"nb\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Dataene er ikke lastet.</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/kart/grenser/2024/kommuner.geojson")]
    [InlineData("/last-ned/png?aar=2024")]
    public async Task WhileLoadingOtherRequestsAre503ProblemsWithRetryAfter(string url)
    {
        await using var host = HostServing(factory, new DataStore());
        var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(503, json.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task WhileLoadingLiveIs200AndReadyAndHealthAre503()
    {
        await using var host = HostServing(factory, new DataStore());
        var client = host.CreateClient();

        using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), ready.Headers.RetryAfter?.Delta);
        Assert.Equal("Unhealthy", JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
    }

    [Fact]
    public async Task OnceLoadedLiveAndReadyAre200()
    {
        var client = await factory.CreateLoadedClientAsync();

        using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task AStoreThatGetsItsDataStopsAnswering503()
    {
        var store = new DataStore();
        await using var host = HostServing(factory, store);
        var client = host.CreateClient();
        using var before = await client.GetAsync(new Uri("/last-ned/csv?aar=2024", UriKind.Relative));
        await factory.CreateLoadedClientAsync();

        store.Publish(Snapshot(factory));
        using var after = await client.GetAsync(new Uri("/last-ned/csv?aar=2024", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }
}
