using System.Globalization;

namespace Kommunedigital.Web.Tests;

/// <summary>The <c>check</c> verb's wiring: arguments, the real boundaries and KLASS, exit codes, the problem list.</summary>
public sealed class CheckVerbTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kommunedigital-check-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string[] Settings() =>
    [
        $"--Data:BoundaryMirror={TestPaths.BoundaryMirror}",
        $"--Data:KlassMirror={TestPaths.KlassMirror}",
        "--Data:AllowDownload=false",
        $"--Data:BoundaryCache={Path.Combine(_folder, "cache")}",
    ];

    [Fact]
    public async Task ExitsTwoForALowCoverageFileAndWritesTheProblemList()
    {
        var file = Path.Combine(_folder, "to-rader.csv");
        await File.WriteAllTextAsync(file, "knr;år;kompetanse\n0301;2022;68,2\n9999;2022;50\n");
        var list = Path.Combine(_folder, "rader.csv");
        using var output = new StringWriter(CultureInfo.InvariantCulture);

        var exit = await CommandLineVerbs.RunAsync(["check", file, "--problems", list, .. Settings()], output);

        Assert.Equal(2, exit);
        Assert.Contains("  2022: 1 av 356 kommuner (2020-inndelingen), 0,2 %\n", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(
            ["rad;kolonne;type;årsak;detalj", "3;knr;avvist;Kommunenummeret gjaldt ikke 1. januar i året;9999 i 2022 (året tegnes på 2020-inndelingen)"],
            await File.ReadAllLinesAsync(list));
    }

    [Fact]
    public async Task ExitsOneForAMissingFileAnd64ForAMissingProblemListName()
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);

        Assert.Equal(1, await CommandLineVerbs.RunAsync(["check", Path.Combine(_folder, "finnes-ikke.csv")], output));
        Assert.Equal(64, await CommandLineVerbs.RunAsync(["check", TestPaths.RepoRoot + "/README.md", "--problems"], output));
    }
}
