using System.Text;

namespace Kommunedigital.Web.Tests.Releases;

/// <summary>
/// Survey files to publish: the shipped sample CSV (every municipality of 2018, 2022 and 2024) with Oslo's 2024 row
/// replaced, so each release is told apart by one known number; and files the check refuses.
/// </summary>
internal static class ReleaseFiles
{
    private const string OsloRow2024 = "0301;Oslo;03;Oslo;2024;";

    /// <summary>The sample with Oslo 2024 scoring <paramref name="kompetanse"/> (bokmål decimal comma, e.g. "11,1").</summary>
    public static byte[] WithOslo2024(string kompetanse)
    {
        var lines = File.ReadAllLines(Path.Combine(TestPaths.RepoRoot, "data", "sample", "digitalisering-eksempel.csv"), Encoding.UTF8);
        var at = Array.FindIndex(lines, l => l.StartsWith(OsloRow2024, StringComparison.Ordinal));
        Assert.True(at > 0, "The sample has no Oslo 2024 row.");
        lines[at] = $"{OsloRow2024}50,0;{kompetanse};50,0;;;";
        return Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");
    }

    /// <summary>Not a table at all: rejected (exit 1).</summary>
    public static byte[] NotATable { get; } = Encoding.UTF8.GetBytes("Dette er et referat fra møtet, ikke en tabell.\n");

    /// <summary>Two good rows for 2022: accepted with a coverage warning that blocks publishing (exit 2).</summary>
    public static byte[] TwoRows { get; } = Encoding.UTF8.GetBytes("knr;år;kompetanse\n0301;2022;68,2\n4601;2022;55,0\n");
}
