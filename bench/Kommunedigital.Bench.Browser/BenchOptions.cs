using System.Globalization;

namespace Kommunedigital.Bench.Browser;

/// <summary>Command-line options (bench/run passes them all).</summary>
public sealed record BenchOptions(
    bool Smoke,
    string? AppDll,
    string BoundaryMirror,
    string RepoRoot,
    string ResultsFolder,
    string Chromium,
    string Commit,
    bool BaselineOnly,
    string? Only,
    string? GcDumpTool = null)
{
    /// <summary>Runs one part only ("first-views", "recolours", "fast-3g", "load", "publish", "circuits"): for investigating, not for the table.</summary>
    public bool Includes(string part) => Only is null || Only == part;

    /// <summary>First-view runs per page (the issue asks for at least 5).</summary>
    public int Runs => Smoke ? 1 : 7;

    public int RecolourRuns => Smoke ? 1 : 5;

    /// <summary>App starts timed for "cold start to ready" (the last serves the circuit test).</summary>
    public int ColdStarts => Smoke ? 2 : 4;

    public int ThrottledRuns => Smoke ? 0 : 3;

    public int LoadSeconds => Smoke ? 3 : 15;

    public int CircuitPages => Smoke ? 5 : 100;

    /// <summary>Releases published and waited for on the page (after one unrecorded warm-up).</summary>
    public int PublishRuns => Smoke ? 1 : 7;

    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
        }

        var repo = Path.GetFullPath(Value("--repo") ?? Directory.GetCurrentDirectory());
        var mirror = Value("--mirror") ?? Environment.GetEnvironmentVariable("Data__BoundaryMirror")
            ?? throw new ArgumentException("Set --mirror or Data__BoundaryMirror to the boundary files' folder.");
        return new BenchOptions(
            args.Contains("--smoke"),
            Value("--app"),
            mirror,
            repo,
            Path.GetFullPath(Value("--results") ?? Path.Combine(repo, "bench", "results")),
            Value("--chromium") ?? Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Value("--commit") ?? "unknown",
            args.Contains("--baseline-only"),
            Value("--only"),
            Value("--gcdump"));
    }

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{(Smoke ? "smoke" : "full")}: {Runs} first views per page, {RecolourRuns} recolour runs, {LoadSeconds} s per wrk run, {CircuitPages} circuits");
}
