using System.Net;
using Kommunedigital.Core.Data;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using static Kommunedigital.Web.Tests.DownloadedFiles;

namespace Kommunedigital.Web.Tests;

/// <summary>
/// The output cache of the downloads, observed through the <c>Age</c> header the cache adds only to a response it
/// serves from a stored entry (a freshly written file has none). Each test runs on its own host, so its cache
/// starts empty.
/// </summary>
[Collection(DownloadsCollection.Name)]
public sealed class DownloadCacheTests(KommunedigitalFactory factory)
{
    [Theory]
    [InlineData("svg")]
    [InlineData("csv")]
    public async Task TheSameViewInAnotherParameterOrderIsServedFromOneCacheEntry(string format)
    {
        await using var host = await HostWithTheDataAsync();
        var client = host.CreateClient();

        var (first, firstBody) = await GetOkAsync(client, $"/last-ned/{format}?aar=2024&fylke=46&indikator=kompetanse");
        // Other order, an old name for the year, a duplicate (the first value wins) and a name the parse ignores.
        var (second, secondBody) = await GetOkAsync(client, $"/last-ned/{format}?indikator=kompetanse&ukjent=1&fylke=46&year=2024&fylke=03");

        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(firstBody, secondBody);
    }

    [Fact]
    public async Task AnotherViewIsAnotherCacheEntry()
    {
        await using var host = await HostWithTheDataAsync();
        var client = host.CreateClient();

        var (first, _) = await GetOkAsync(client, "/last-ned/csv?aar=2024&fylke=46");
        var (other, _) = await GetOkAsync(client, "/last-ned/csv?aar=2024&fylke=03");

        Assert.Null(first.Headers.Age);
        Assert.Null(other.Headers.Age);
        Assert.NotEqual(first.Headers.ETag, other.Headers.ETag);
    }

    [Fact]
    public async Task ADatasetDownloadIsCachedByItsOptionsNotItsQueryString()
    {
        await using var host = await HostWithTheDataAsync();
        var client = host.CreateClient();

        var (first, _) = await GetOkAsync(client, "/last-ned/datasett.csv");
        var (second, _) = await GetOkAsync(client, "/last-ned/datasett.csv?csv=excel&aar=2019");

        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
    }

    [Fact]
    public async Task ABadRequestIsNotCached()
    {
        await using var host = await HostWithTheDataAsync();
        var client = host.CreateClient();

        using var first = await client.GetAsync(new Uri("/last-ned/csv?aar=1900", UriKind.Relative));
        using var second = await client.GetAsync(new Uri("/last-ned/csv?aar=1900", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Null(second.Headers.Age);
    }

    [Fact]
    public void ARedisConnectionStringPutsTheCacheInRedis()
    {
        // abortConnect=false: the store connects on first use, which this test never makes.
        using var host = factory.WithWebHostBuilder(builder =>
            builder.UseSetting("ConnectionStrings:Redis", "127.0.0.1:1,abortConnect=false"));

        var store = host.Services.GetRequiredService<IOutputCacheStore>();

        Assert.Contains("Redis", store.GetType().Name, StringComparison.Ordinal);
        Assert.DoesNotContain("Redis", factory.Services.GetRequiredService<IOutputCacheStore>().GetType().Name, StringComparison.Ordinal);
    }

    private async Task<Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>> HostWithTheDataAsync()
    {
        await factory.CreateLoadedClientAsync();
        var store = new DataStore();
        store.Publish(Snapshot(factory));
        return HostServing(factory, store);
    }
}
