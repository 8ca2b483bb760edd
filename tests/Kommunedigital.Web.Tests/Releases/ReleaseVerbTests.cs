using System.Globalization;

namespace Kommunedigital.Web.Tests.Releases;

/// <summary>
/// The publish, releases and rollback verbs' wiring on a real SQLite file: arguments, the report, exit codes as
/// <c>check</c> has them (0 done, 1 refused, 2 blocking warnings, 64 usage).
/// </summary>
public sealed class ReleaseVerbTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private string[] Settings() =>
    [
        $"--Data:BoundaryMirror={TestPaths.BoundaryMirror}",
        $"--Data:KlassMirror={TestPaths.KlassMirror}",
        "--Data:AllowDownload=false",
        $"--Data:BoundaryCache={Path.Combine(_database.Folder, "cache")}",
        .. _database.Arguments(),
    ];

    private async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        var exit = await CommandLineVerbs.RunAsync([.. args, .. Settings()], output);
        return (exit, output.ToString());
    }

    private async Task<string> WriteAsync(string name, byte[] content)
    {
        var path = Path.Combine(_database.Folder, name);
        await File.WriteAllBytesAsync(path, content);
        return path;
    }

    [Fact]
    public async Task PublishListAndRollBackFromTheCommandLine()
    {
        var first = await WriteAsync("forste.csv", ReleaseFiles.WithOslo2024("11,1"));
        var second = await WriteAsync("andre.csv", ReleaseFiles.WithOslo2024("22,2"));

        var (publishExit, publishOutput) = await RunAsync("publish", first, "--note", "Første versjon", "--by", "ola@ssb.no");
        var (secondExit, _) = await RunAsync("publish", second, "--note", "Tall for 2024 rettet", "--by", "kari@ssb.no");
        var (listExit, list) = await RunAsync("releases");
        var (rollbackExit, rollback) = await RunAsync("rollback", "1");
        var (againExit, again) = await RunAsync("rollback", "1");

        Assert.Equal((0, 0, 0, 0, 1), (publishExit, secondExit, listExit, rollbackExit, againExit));
        Assert.Contains("Fil: forste.csv\n", publishOutput, StringComparison.Ordinal);
        Assert.Contains("Resultat: GODKJENT\n", publishOutput, StringComparison.Ordinal);
        Assert.Contains($": forste.csv (SHA-256 {Kommunedigital.Releases.ReleaseCatalog.Sha256Of(ReleaseFiles.WithOslo2024("11,1"))}). Merknad: Første versjon\n", publishOutput, StringComparison.Ordinal);
        Assert.StartsWith("Versjon 1, publisert ", publishOutput.Split('\n')[^2], StringComparison.Ordinal);
        var rows = list.TrimEnd('\n').Split('\n');
        Assert.Equal(2, rows.Length);
        Assert.Matches(@"^   2  publisert         \d{4}-\d\d-\d\d \d\d:\d\d  andre\.csv  kari@ssb\.no  «Tall for 2024 rettet»  \(vises nå\)$", rows[0]);
        Assert.Matches(@"^   1  publisert         \d{4}-\d\d-\d\d \d\d:\d\d  forste\.csv  ola@ssb\.no  «Første versjon»$", rows[1]);
        Assert.StartsWith("Rullet tilbake: Versjon 1, publisert ", rollback, StringComparison.Ordinal);
        Assert.Equal("Versjon 1 er ikke eldre enn versjonen som vises nå (1).\n", again);
        Assert.Contains("   2  trukket tilbake ", (await RunAsync("releases")).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishExitsOneForARejectedFileTwoForBlockingWarningsAndSixtyFourWithoutANote()
    {
        var rejected = await WriteAsync("referat.csv", ReleaseFiles.NotATable);
        var blocked = await WriteAsync("to-rader.csv", ReleaseFiles.TwoRows);

        var (rejectedExit, rejectedOutput) = await RunAsync("publish", rejected, "--note", "Feil fil");
        var (blockedExit, blockedOutput) = await RunAsync("publish", blocked, "--note", "For lite");
        var (noNoteExit, _) = await RunAsync("publish", blocked);
        var (badNumberExit, _) = await RunAsync("rollback", "siste");
        var (unknownExit, unknown) = await RunAsync("rollback", "7");
        var (_, list) = await RunAsync("releases");

        Assert.Equal((1, 2, 64, 64, 1), (rejectedExit, blockedExit, noNoteExit, badNumberExit, unknownExit));
        Assert.Contains("Resultat: AVVIST", rejectedOutput, StringComparison.Ordinal);
        Assert.Contains("  2022: 2 av 356 kommuner (2020-inndelingen), 0,5 %\n", blockedOutput, StringComparison.Ordinal);
        Assert.Contains("Filen ble ikke lagret som utkast: advarsler stopper publisering:", blockedOutput, StringComparison.Ordinal);
        Assert.Equal("Versjon 7 finnes ikke.\n", unknown);
        Assert.StartsWith("Ingen versjoner er lastet opp", list, StringComparison.Ordinal);
    }
}
