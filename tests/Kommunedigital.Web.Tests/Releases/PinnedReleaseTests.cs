using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kommunedigital.Releases;
using Microsoft.Extensions.DependencyInjection;
using static Kommunedigital.Web.Tests.Releases.ReleaseHost;

namespace Kommunedigital.Web.Tests.Releases;

/// <summary>
/// <c>versjon=N</c> on a real release database: the page, the table, the embed and the downloads show release N's
/// numbers; a draft, a withdrawn or an unknown number shows the latest with a note on the pages and is a 400 naming
/// <c>versjon</c> in a download; the download ETag is the release's, the same after a restart. The expected numbers are
/// the ones each test wrote into its files (Oslo's 2024 kompetanse).
/// </summary>
public sealed class PinnedReleaseTests
{
    private const string NotPublished = " er ikke en publisert versjon av dataene (den finnes ikke, er ikke publisert ennå eller er trukket tilbake).";

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task APinnedLinkShowsThatReleasesNumbersOnEveryPageAndDownload(string backend)
    {
        await using var database = await TestDatabase.CreateAsync(backend);
        await using var host = new ReleaseHost(database);
        var client = await host.CreateLoadedClientAsync();
        await host.PublishAsync(ReleaseFiles.WithOslo2024("11,1"), "Første versjon");
        await host.PublishAsync(ReleaseFiles.WithOslo2024("22,2"), "Tall for 2024 rettet");

        var pinnedTable = await PageAsync(client, "/tabell?indikator=kompetanse&aar=2024&versjon=1");
        var latestTable = await PageAsync(client, "/tabell?indikator=kompetanse&aar=2024");
        var pinnedMap = await PageAsync(client, "/?indikator=kompetanse&aar=2024&versjon=1");
        var pinnedEmbed = await PageAsync(client, "/embed?indikator=kompetanse&aar=2024&versjon=1");

        Assert.Equal("11,1", OsloInTable(pinnedTable));
        Assert.Equal("22,2", OsloInTable(latestTable));
        foreach (var page in new[] { pinnedTable, pinnedMap, pinnedEmbed })
        {
            Assert.Contains(">Versjon 1, publisert ", page, StringComparison.Ordinal);
            Assert.Contains("Lenken viser en eldre versjon av tallene.", page, StringComparison.Ordinal);
            Assert.Contains("Vis siste versjon (2)", page, StringComparison.Ordinal);
            Assert.DoesNotContain(NotPublished, page, StringComparison.Ordinal);
        }

        // The links of the pinned page keep the pin; the link to the latest drops it.
        Assert.Contains("href=\"last-ned/csv?indikator=kompetanse&aar=2024&versjon=1\"", pinnedTable, StringComparison.Ordinal);
        Assert.Contains("href=\"tabell?indikator=kompetanse&aar=2024\" data-latest-release", pinnedTable, StringComparison.Ordinal);
        Assert.Contains("href=\"tabell?indikator=kompetanse&aar=2024&versjon=1\"", pinnedMap, StringComparison.Ordinal);
        Assert.DoesNotContain("Lenken viser en eldre versjon", latestTable, StringComparison.Ordinal);
        Assert.Contains(">Versjon 2, publisert ", latestTable, StringComparison.Ordinal);

        Assert.Equal("11,1", await OsloKompetanse2024Async(client, "?versjon=1"));
        Assert.Equal("22,2", await OsloKompetanse2024Async(client, "?versjon=2"));
        Assert.Equal("22,2", await OsloKompetanse2024Async(client, string.Empty));
        var viewCsv = await client.GetStringAsync(new Uri("/last-ned/csv?indikator=kompetanse&aar=2024&versjon=1", UriKind.Relative));
        Assert.Matches(@"(?m)^0301;Oslo;[^\n]*;11,1(;|\r?$)", viewCsv);
        var svg = await client.GetStringAsync(new Uri("/last-ned/svg?indikator=kompetanse&aar=2024&versjon=1", UriKind.Relative));
        Assert.Contains("Versjon 1, publisert ", svg, StringComparison.Ordinal);

        // A CDN may keep the embed and the downloads: briefly for the latest, an hour for a pinned release.
        Assert.Equal("public, max-age=60", await CacheControlAsync(client, "/embed?aar=2024"));
        Assert.Equal("public, max-age=3600", await CacheControlAsync(client, "/embed?aar=2024&versjon=1"));
        Assert.Equal("public, max-age=300", await CacheControlAsync(client, "/last-ned/csv?aar=2024"));
        Assert.Equal("public, max-age=3600", await CacheControlAsync(client, "/last-ned/csv?aar=2024&versjon=1"));
    }

    private static async Task<string> CacheControlAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"), path + " sets a cookie, which keeps a proxy from storing it.");
        return response.Headers.CacheControl!.ToString();
    }

    [Fact]
    public async Task ADraftAWithdrawnOrAnUnknownNumberShowsTheLatestWithANoteAndIsABadRequestForADownload()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await using var host = new ReleaseHost(database);
        var client = await host.CreateLoadedClientAsync();
        await host.PublishAsync(ReleaseFiles.WithOslo2024("11,1"), "Første versjon");
        await host.PublishAsync(ReleaseFiles.WithOslo2024("22,2"), "Andre versjon");
        await host.PublishAsync(ReleaseFiles.WithOslo2024("33,3"), "Tredje versjon");
        Assert.True((await host.Publisher.RollbackAsync(host.Foundation, 2, CancellationToken.None)).Succeeded);
        var draft = await host.Publisher.UploadAsync(host.Foundation, ReleaseFiles.WithOslo2024("44,4"), "utkast.csv", "test@ssb.no", "Hemmelig utkast", CancellationToken.None);
        Assert.Equal(4, draft.Release!.Number);

        // 3 is withdrawn, 4 a draft, 9 unknown: each shows release 2, the latest, with the same note.
        foreach (var number in new[] { 3, 4, 9 })
        {
            var table = await PageAsync(client, $"/tabell?indikator=kompetanse&aar=2024&versjon={Number(number)}");
            var map = await PageAsync(client, $"/?indikator=kompetanse&aar=2024&versjon={Number(number)}");

            Assert.Equal("22,2", OsloInTable(table));
            Assert.Contains($"Versjon {Number(number)}{NotPublished} Viser siste versjon (2).", table, StringComparison.Ordinal);
            Assert.Contains($"Versjon {Number(number)}{NotPublished} Viser siste versjon (2).", map, StringComparison.Ordinal);
            Assert.Contains(">Versjon 2, publisert ", map, StringComparison.Ordinal);
            Assert.DoesNotContain("Hemmelig utkast", map, StringComparison.Ordinal);
            Assert.DoesNotContain("44,4", table, StringComparison.Ordinal);

            foreach (var path in new[] { "/last-ned/csv?aar=2024&versjon=", "/last-ned/png?aar=2024&versjon=", "/last-ned/datasett.csv?versjon=" })
            {
                var errors = await BadRequestAsync(client, path + Number(number));
                Assert.Equal([$"Versjon {Number(number)}{NotPublished} Se listen over publiserte versjoner på /versjoner."], errors["versjon"]);
            }
        }

        var malformed = await PageAsync(client, "/tabell?indikator=kompetanse&aar=2024&versjon=abc");
        Assert.Equal("22,2", OsloInTable(malformed));
        Assert.Contains("Ugyldig versjon «abc». Viser siste versjon (2).", malformed, StringComparison.Ordinal);
        Assert.Equal(["Ugyldig versjon «abc». En versjon er et helt tall, f.eks. 3."], (await BadRequestAsync(client, "/last-ned/csv?aar=2024&versjon=abc"))["versjon"]);
        Assert.Equal(["Ugyldig versjon «abc». En versjon er et helt tall, f.eks. 3."], (await BadRequestAsync(client, "/last-ned/datasett.xlsx?versjon=abc"))["versjon"]);
        Assert.Equal("11,1", await OsloKompetanse2024Async(client, "?versjon=1"));
    }

    [Fact]
    public async Task TheDownloadETagIsTheReleasesOnEveryHostAndAfterARestart()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        string first, second, latest, sample, sampleAgain;
        await using (var before = new ReleaseHost(database))
        {
            var client = await before.CreateLoadedClientAsync();
            sample = await ETagAsync(client, "/last-ned/csv?aar=2024&fylke=46");
            await before.PublishAsync(ReleaseFiles.WithOslo2024("11,1"), "Første versjon");
            await before.PublishAsync(ReleaseFiles.WithOslo2024("22,2"), "Andre versjon");
            first = await ETagAsync(client, "/last-ned/csv?aar=2024&fylke=46&versjon=1");
            second = await ETagAsync(client, "/last-ned/csv?aar=2024&fylke=46&versjon=2");
            latest = await ETagAsync(client, "/last-ned/csv?fylke=46&aar=2024");
        }

        await using (var empty = await TestDatabase.CreateAsync(TestDatabase.Sqlite))
        await using (var sampleHost = new ReleaseHost(empty))
        {
            sampleAgain = await ETagAsync(await sampleHost.CreateLoadedClientAsync(), "/last-ned/csv?aar=2024&fylke=46");
        }

        await using var after = new ReleaseHost(database);
        var restarted = await after.CreateLoadedClientAsync();

        Assert.NotEqual(first, second);
        Assert.NotEqual(sample, latest);
        Assert.Equal(first, await ETagAsync(restarted, "/last-ned/csv?aar=2024&fylke=46&versjon=1"));
        Assert.Equal(latest, await ETagAsync(restarted, "/last-ned/csv?aar=2024&fylke=46"));
        Assert.Equal(sample, sampleAgain);
    }

    [Fact]
    public async Task AtMostThreePinnedReleasesAreKeptInMemory()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await using var host = new ReleaseHost(database);
        var client = await host.CreateLoadedClientAsync();
        for (var i = 1; i <= 5; i++)
        {
            await host.PublishAsync(ReleaseFiles.WithOslo2024($"{i}{i},{i}"), $"Versjon {Number(i)}");
        }

        var pins = host.Services.GetRequiredService<PinnedReleases>();
        foreach (var number in new[] { 1, 2, 3, 4, 1 })
        {
            Assert.Equal($"{number}{number},{number}", await OsloKompetanse2024Async(client, $"?versjon={Number(number)}"));
        }

        Assert.Equal(PinnedReleases.Capacity, pins.Count);
        Assert.Equal(3, PinnedReleases.Capacity);
        Assert.Equal("55,5", await OsloKompetanse2024Async(client, "?versjon=5"));
    }

    private static async Task<string> PageAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The value cell of Oslo's row in the table page.</summary>
    private static string OsloInTable(string html)
    {
        var match = Regex.Match(html, @"<tr id=""kommune-0301""[^>]*>.*?<td class=""numeric"" data-status=""[^""]*""[^>]*>([^<]+)</td>", RegexOptions.Singleline);
        Assert.True(match.Success, "The table has no row for Oslo.");
        return match.Groups[1].Value.Trim();
    }

    private static async Task<string> OsloKompetanse2024Async(HttpClient client, string query)
    {
        var csv = Encoding.UTF8.GetString(await client.GetByteArrayAsync(new Uri("/last-ned/datasett.csv" + query, UriKind.Relative)));
        var lines = csv.Split('\n');
        var header = lines[0].TrimStart('\uFEFF').TrimEnd('\r').Split(';');
        var oslo = lines.Single(l => l.StartsWith("0301;", StringComparison.Ordinal) && l.Split(';')[Array.IndexOf(header, "år")] == "2024").TrimEnd('\r').Split(';');
        return oslo[Array.IndexOf(header, "digital_kompetanse")];
    }

    private static async Task<Dictionary<string, string[]>> BadRequestAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        return errors.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(v => v.GetString()!).ToArray());
    }

    private static async Task<string> ETagAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.ETag!.Tag;
    }
}
