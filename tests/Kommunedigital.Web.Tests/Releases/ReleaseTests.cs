using System.Net;
using System.Text.Json;
using Kommunedigital.Core.Survey;
using Kommunedigital.Releases;
using Microsoft.EntityFrameworkCore;
using static Kommunedigital.Web.Tests.Releases.ReleaseHost;

namespace Kommunedigital.Web.Tests.Releases;

/// <summary>
/// Releases end to end on a real database file or server: publish, read back, roll back, restart (a new host on the
/// same database), refusals, a damaged row, an unreachable database, and two instances on one database. Each theory
/// runs on SQLite and, when a server is configured, on PostgreSQL. What a reader gets is read from the app's own
/// answers (/health, the dataset download), the expected numbers from the files the test wrote.
/// </summary>
public sealed class ReleaseTests
{
    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task APublishedReleaseIsServedAtOnceAndARollbackRestoresTheEarlierOne(string backend)
    {
        await using var database = await TestDatabase.CreateAsync(backend);
        await using var host = new ReleaseHost(database);
        var client = await host.CreateLoadedClientAsync();
        Assert.Null(await ServedReleaseAsync(client));
        Assert.True((await HealthAsync(client)).GetProperty("isSample").GetBoolean());

        var first = await host.PublishAsync(ReleaseFiles.WithOslo2024("11,1"), "Første versjon");
        Assert.Equal("11,1", await OsloKompetanse2024Async(client));
        var second = await host.PublishAsync(ReleaseFiles.WithOslo2024("22,2"), "Tall for 2024 rettet");
        Assert.Equal((1, 2), (first, second));
        Assert.Equal(2, await ServedReleaseAsync(client));
        Assert.Equal("22,2", await OsloKompetanse2024Async(client));

        var rollback = await host.Publisher.RollbackAsync(host.Foundation, 1, CancellationToken.None);

        Assert.True(rollback.Succeeded, rollback.Refusal);
        Assert.Equal(1, await ServedReleaseAsync(client));
        Assert.Equal("11,1", await OsloKompetanse2024Async(client));
        var releases = await host.Publisher.Catalog.ListAsync(CancellationToken.None);
        Assert.Equal(
            [(2, ReleaseStatus.Withdrawn, "Tall for 2024 rettet"), (1, ReleaseStatus.Published, "Første versjon")],
            releases.Select(r => (r.Number, r.Status, r.Note)));
        Assert.Equal(ReleaseCatalog.Sha256Of(ReleaseFiles.WithOslo2024("11,1")), releases[1].Sha256);
        Assert.Equal("test@ssb.no", releases[1].PublishedBy);
        Assert.StartsWith("Fil: digitalisering.csv", (await host.Publisher.Catalog.FindAsync(1, CancellationToken.None))!.Report, StringComparison.Ordinal);
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task ANewHostOnTheSameDatabaseServesTheLastPublishedRelease(string backend)
    {
        await using var database = await TestDatabase.CreateAsync(backend);
        await using (var before = new ReleaseHost(database))
        {
            await before.CreateLoadedClientAsync();
            await before.PublishAsync(ReleaseFiles.WithOslo2024("11,1"), "Første versjon");
            await before.PublishAsync(ReleaseFiles.WithOslo2024("22,2"), "Andre versjon");
            await before.PublishAsync(ReleaseFiles.WithOslo2024("33,3"), "Tredje versjon");
            Assert.True((await before.Publisher.RollbackAsync(before.Foundation, 2, CancellationToken.None)).Succeeded);
        }

        await using var after = new ReleaseHost(database);
        var client = await after.CreateLoadedClientAsync();

        Assert.Equal(2, await ServedReleaseAsync(client));
        Assert.Equal("22,2", await OsloKompetanse2024Async(client));
        Assert.Equal("Healthy", (await HealthAsync(client)).GetProperty("status").GetString());
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task ARefusedFileIsNotStoredAndLeavesTheServedReleaseUnchanged(string backend)
    {
        await using var database = await TestDatabase.CreateAsync(backend);
        await using var host = new ReleaseHost(database);
        var client = await host.CreateLoadedClientAsync();
        await host.PublishAsync(ReleaseFiles.WithOslo2024("11,1"), "Første versjon");

        var rejected = await host.Publisher.UploadAsync(host.Foundation, ReleaseFiles.NotATable, "referat.csv", "test@ssb.no", "Feil fil", CancellationToken.None);
        var blocked = await host.Publisher.UploadAsync(host.Foundation, ReleaseFiles.TwoRows, "to-rader.csv", "test@ssb.no", "For lite", CancellationToken.None);

        Assert.Equal((1, ImportVerdict.Rejected), (rejected.ExitCode, rejected.Verdict));
        Assert.Equal((2, ImportVerdict.AcceptedWithBlockingWarnings), (blocked.ExitCode, blocked.Verdict));
        Assert.Contains("  2022: 2 av 356 kommuner (2020-inndelingen), 0,5 %\n", blocked.Report, StringComparison.Ordinal);
        Assert.Null(rejected.Release);
        Assert.Null(blocked.Release);
        Assert.Equal([1], (await host.Publisher.Catalog.ListAsync(CancellationToken.None)).Select(r => r.Number));
        Assert.Equal(1, await ServedReleaseAsync(client));
        Assert.Equal("11,1", await OsloKompetanse2024Async(client));
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task ADraftIsNeverServedAndPublishingAnOlderDraftOverANewerReleaseIsRefused(string backend)
    {
        await using var database = await TestDatabase.CreateAsync(backend);
        await using var host = new ReleaseHost(database);
        var client = await host.CreateLoadedClientAsync();

        var draft = await host.Publisher.UploadAsync(host.Foundation, ReleaseFiles.WithOslo2024("11,1"), "utkast.csv", "test@ssb.no", "Utkast", CancellationToken.None);
        Assert.Equal((1, ReleaseStatus.Draft), (draft.Release!.Number, draft.Release.Status));
        await Task.Delay(TimeSpan.FromSeconds(1.5)); // more than one poll
        Assert.Null(await ServedReleaseAsync(client));
        Assert.NotEqual("11,1", await OsloKompetanse2024Async(client));

        await host.PublishAsync(ReleaseFiles.WithOslo2024("22,2"), "Andre versjon");
        var stale = await host.Publisher.PublishAsync(host.Foundation, 1, "test@ssb.no", null, CancellationToken.None);

        Assert.Equal(1, stale.ExitCode);
        Assert.Equal("Versjon 2 er nyere og allerede publisert; last opp filen på nytt for å publisere den.", stale.Refusal);
        Assert.Equal("22,2", await OsloKompetanse2024Async(client));
        var rollbackToDraft = await host.Publisher.RollbackAsync(host.Foundation, 1, CancellationToken.None);
        Assert.Equal("Versjon 1 er et utkast og har aldri vært publisert; publiser den i stedet.", rollbackToDraft.Refusal);
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task ADamagedReleaseRowIsSkippedForThePreviousOne(string backend)
    {
        await using var database = await TestDatabase.CreateAsync(backend);
        await using (var before = new ReleaseHost(database))
        {
            await before.CreateLoadedClientAsync();
            await before.PublishAsync(ReleaseFiles.WithOslo2024("11,1"), "Første versjon");
            await before.PublishAsync(ReleaseFiles.WithOslo2024("22,2"), "Andre versjon");
        }

        await using (var db = database.Open().Open())
        {
            await db.Releases.Where(r => r.Number == 2).ExecuteUpdateAsync(s => s.SetProperty(r => r.Content, new byte[] { 0x50, 0x4B, 0x03 }));
        }

        await using var after = new ReleaseHost(database);
        var client = await after.CreateLoadedClientAsync();

        Assert.Equal(1, await ServedReleaseAsync(client));
        Assert.Equal("11,1", await OsloKompetanse2024Async(client));
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task APublishOnOneInstanceIsServedByAnotherWithinTenSeconds(string backend)
    {
        await using var database = await TestDatabase.CreateAsync(backend);
        await using var one = new ReleaseHost(database);
        await using var other = new ReleaseHost(database, new Dictionary<string, string> { ["Data:ReleaseCache"] = Path.Combine(database.Folder, "other-cache") });
        await one.CreateLoadedClientAsync();
        var otherClient = await other.CreateLoadedClientAsync();

        await one.PublishAsync(ReleaseFiles.WithOslo2024("11,1"), "Første versjon");
        Assert.True(await EventuallyAsync(async () => await ServedReleaseAsync(otherClient) == 1, TimeSpan.FromSeconds(10)), "The other instance did not serve release 1 within 10 s.");
        Assert.Equal("11,1", await OsloKompetanse2024Async(otherClient));

        Assert.True((await one.PublishAsync(ReleaseFiles.WithOslo2024("22,2"), "Andre versjon")) == 2);
        Assert.True((await one.Publisher.RollbackAsync(one.Foundation, 1, CancellationToken.None)).Succeeded);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.True(await EventuallyAsync(async () => await ServedReleaseAsync(otherClient) == 1 && await OsloKompetanse2024Async(otherClient) == "11,1", TimeSpan.FromSeconds(10)));
    }

    [Theory]
    [OnSqlite]
    [OnPostgres]
    public async Task WithAnHourBetweenPollsAPublishOnAnotherInstanceIsStillServedThroughTheChangeSignal(string backend)
    {
        await using var database = await TestDatabase.CreateAsync(backend);
        await using var one = new ReleaseHost(database);
        await using var other = new ReleaseHost(database, new Dictionary<string, string>
        {
            ["Data:ReleaseCache"] = Path.Combine(database.Folder, "other-cache"),
            ["Data:ReleasePollSeconds"] = "3600",
        });
        await one.CreateLoadedClientAsync();
        var otherClient = await other.CreateLoadedClientAsync();
        Assert.Null(await ServedReleaseAsync(otherClient));

        // No poll falls due within the test: only SQLite's change counter or PostgreSQL's NOTIFY can wake the other.
        await one.PublishAsync(ReleaseFiles.WithOslo2024("11,1"), "Første versjon");
        Assert.True(await EventuallyAsync(async () => await ServedReleaseAsync(otherClient) == 1, TimeSpan.FromSeconds(10)), "The other instance was not woken by the publish.");
        Assert.Equal("11,1", await OsloKompetanse2024Async(otherClient));

        Assert.Equal(2, await one.PublishAsync(ReleaseFiles.WithOslo2024("22,2"), "Andre versjon"));
        Assert.True(await EventuallyAsync(async () => await ServedReleaseAsync(otherClient) == 2, TimeSpan.FromSeconds(10)), "The other instance was not woken by the second publish.");
        Assert.True((await one.Publisher.RollbackAsync(one.Foundation, 1, CancellationToken.None)).Succeeded);
        Assert.True(await EventuallyAsync(async () => await ServedReleaseAsync(otherClient) == 1 && await OsloKompetanse2024Async(otherClient) == "11,1", TimeSpan.FromSeconds(10)), "The other instance was not woken by the rollback.");
    }

    [Fact]
    public async Task WithTheDatabaseUnreachableTheLastServedReleaseIsServedFromDiskAndHealthSaysDegraded()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await using (var before = new ReleaseHost(database))
        {
            await before.CreateLoadedClientAsync();
            await before.PublishAsync(ReleaseFiles.WithOslo2024("11,1"), "Første versjon");
        }

        // A database file under a regular file can be neither opened nor created.
        var blocker = Path.Combine(database.Folder, "not-a-folder");
        await File.WriteAllTextAsync(blocker, "x");
        await using var host = new ReleaseHost(database, new Dictionary<string, string> { ["Data:ReleaseDatabase"] = Path.Combine(blocker, "releases.db") });
        var client = await host.CreateLoadedClientAsync();

        Assert.Equal(1, await ServedReleaseAsync(client));
        Assert.Equal("11,1", await OsloKompetanse2024Async(client));
        var health = await HealthAsync(client);
        Assert.Equal("Degraded", health.GetProperty("status").GetString());
        Assert.StartsWith("The release database SQLite ", health.GetProperty("error").GetString(), StringComparison.Ordinal);
        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Degraded", JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task WithTheDatabaseUnreachableAndNoCopyTheSampleIsServedUntilTheDatabaseAnswers()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        var blocker = Path.Combine(database.Folder, "not-a-folder");
        await File.WriteAllTextAsync(blocker, "x");
        await using var host = new ReleaseHost(database, new Dictionary<string, string> { ["Data:ReleaseDatabase"] = Path.Combine(blocker, "releases.db") });
        var client = await host.CreateLoadedClientAsync();
        var health = await HealthAsync(client);
        Assert.Equal(("Degraded", true), (health.GetProperty("status").GetString(), health.GetProperty("isSample").GetBoolean()));

        // The retry: the folder appears, the database is created and migrated, and the app is healthy again.
        File.Delete(blocker);
        Directory.CreateDirectory(blocker);

        Assert.True(await EventuallyAsync(async () => (await HealthAsync(client)).GetProperty("status").GetString() == "Healthy", TimeSpan.FromSeconds(10)));
        Assert.True(File.Exists(Path.Combine(blocker, "releases.db")));
    }

    [Fact]
    public async Task ARefusedDatasetFileAtStartServesTheSampleAndTheBoundariesInsteadOfTakingTheSiteDown()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        var file = Path.Combine(database.Folder, "referat.csv");
        await File.WriteAllBytesAsync(file, ReleaseFiles.NotATable);
        await using var host = new ReleaseHost(database, new Dictionary<string, string> { ["Data:Dataset"] = file });
        var client = await host.CreateLoadedClientAsync();

        var health = await HealthAsync(client);
        using var boundaries = await client.GetAsync(new Uri("/kart/grenser/2024/kommuner.geojson", UriKind.Relative));
        using var page = await client.GetAsync(new Uri("/?aar=2024", UriKind.Relative));

        Assert.Equal(("Degraded", true), (health.GetProperty("status").GetString(), health.GetProperty("isSample").GetBoolean()));
        Assert.Contains("referat.csv was not published", health.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, boundaries.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("sample-banner", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadersSeeTheVersionOnThePagesTheDownloadsAndTheListOfVersionsButNeverADraft()
    {
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await using var host = new ReleaseHost(database);
        var client = await host.CreateLoadedClientAsync();
        var empty = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/versjoner", UriKind.Relative)));
        await host.PublishAsync(ReleaseFiles.WithOslo2024("11,1"), "Første versjon");
        await host.PublishAsync(ReleaseFiles.WithOslo2024("22,2"), "Tall for 2024 rettet");
        await host.Publisher.UploadAsync(host.Foundation, ReleaseFiles.WithOslo2024("33,3"), "utkast.csv", "test@ssb.no", "Hemmelig utkast", CancellationToken.None);

        var versions = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/versjoner", UriKind.Relative)));
        var map = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/?aar=2024", UriKind.Relative)));
        var table = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/tabell?aar=2024", UriKind.Relative)));
        var svg = await client.GetStringAsync(new Uri("/last-ned/svg?aar=2024", UriKind.Relative));

        Assert.Contains("Ingen versjoner er publisert ennå.", empty, StringComparison.Ordinal);
        var stamp = @"Versjon 2, publisert \d{1,2}\. (januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember) \d{4}";
        Assert.Matches(stamp, map);
        Assert.Matches(stamp, table);
        Assert.Matches(stamp, svg);
        Assert.Contains("Tall for 2024 rettet", versions, StringComparison.Ordinal);
        Assert.Contains("Første versjon", versions, StringComparison.Ordinal);
        // Scoped CSS adds an attribute to each element: [^>]* lets it stand.
        Assert.Matches(@"<th scope=""row""[^>]*>2</th>\s*<td[^>]*><time datetime=""\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ""[^>]*>[^<]+</time></td>\s*<td[^>]*>Tall for 2024 rettet</td>\s*<td[^>]*>vises nå</td>", versions);
        Assert.DoesNotContain("Hemmelig utkast", versions, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"<th scope=""row""[^>]*>3</th>", versions);
    }
}
