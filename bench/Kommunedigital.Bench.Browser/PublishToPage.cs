using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Kommunedigital.Core.Data;
using Kommunedigital.Releases;
using Kommunedigital.Releases.Database;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kommunedigital.Bench.Browser;

/// <summary>
/// Publishing a release to the first page view with its numbers, across processes as an editor's script does it: the
/// app runs as its own process on a release database of its own (polling it every second); this program publishes
/// into that database through the app's <see cref="ReleasePublisher"/> (upload with the full check, draft stored,
/// published) and then asks for the table page until its Oslo row shows the new number. The file is the sample's
/// size (1,135 data rows), one number changed per run. Timed: from the publish call to the first page with the new
/// number, so the poll's wait (0-1 s) is part of it; the boundaries this program loads for the check are not.
/// </summary>
public static class PublishToPage
{
    private const string OsloRow2024 = "0301;Oslo;03;Oslo;2024;";
    private const string Page = "tabell?indikator=kompetanse&aar=2024";

    public static async Task<List<double>> MeasureAsync(string appDll, BenchOptions options, string log, int runs, Action<string> note)
    {
        var folder = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(log))!, "publish-" + Guid.NewGuid().ToString("N"));
        var databaseFile = Path.Combine(folder, "releases.db");
        await using var app = await AppServer.StartAsync(appDll, options.BoundaryMirror, log, new Dictionary<string, string>
        {
            ["Data__ReleaseDatabase"] = databaseFile,
            ["Data__ReleaseCache"] = Path.Combine(folder, "app-cache"),
            ["Data__ReleasePollSeconds"] = "1",
        });

        var dataOptions = new DataOptions
        {
            BoundaryMirror = options.BoundaryMirror,
            KlassMirror = Environment.GetEnvironmentVariable("Data__KlassMirror") is { Length: > 0 } klass
                ? klass
                : Path.Combine(options.RepoRoot, "..", "shared", "data", "klass"),
            AllowDownload = false,
            BoundaryCache = Path.Combine(folder, "boundary-cache"),
        };
        using var loaderHttp = new HttpClient();
        var loader = new DataSnapshotLoader(dataOptions, DataPaths.Resolve(dataOptions, options.RepoRoot, options.RepoRoot), loaderHttp, NullLoggerFactory.Instance, TimeProvider.System);
        var foundation = await loader.LoadFoundationAsync(CancellationToken.None);
        var database = ReleaseDatabase.ForSqlite(databaseFile);
        await database.MigrateAsync(CancellationToken.None);
        var publisher = new ReleasePublisher(
            new ReleaseCatalog(database), loader, new DataStore(), new ReleaseDiskCache(Path.Combine(folder, "bench-cache"), NullLogger<ReleaseDiskCache>.Instance),
            TimeProvider.System, NullLogger<ReleasePublisher>.Instance);

        var lines = await File.ReadAllLinesAsync(Path.Combine(options.RepoRoot, "data", "sample", "digitalisering-eksempel.csv"), Encoding.UTF8);
        var oslo = Array.FindIndex(lines, l => l.StartsWith(OsloRow2024, StringComparison.Ordinal));
        using var http = new HttpClient { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var times = new List<double>();

        // One unrecorded publish first: the first import in each process pays for JIT.
        for (var run = -1; run < runs; run++)
        {
            var score = (11.1 + run + 1).ToString("0.0", CultureInfo.GetCultureInfo("nb-NO"));
            lines[oslo] = $"{OsloRow2024}50,0;{score};50,0;;;";
            var content = Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");
            var stopwatch = Stopwatch.StartNew();
            var upload = await publisher.UploadAsync(foundation, content, "digitalisering.csv", "bench", "Benchmark", CancellationToken.None);
            var published = upload.Release is { } draft
                ? await publisher.PublishAsync(foundation, draft.Number, "bench", null, CancellationToken.None)
                : upload;
            if (!published.Succeeded)
            {
                throw new InvalidOperationException("The release was not published: " + published.Refusal);
            }

            var publishedMs = stopwatch.Elapsed.TotalMilliseconds;
            while (!ShowsOslo(await http.GetStringAsync(Page), score))
            {
                if (stopwatch.Elapsed > TimeSpan.FromSeconds(30))
                {
                    throw new TimeoutException($"Release {published.Release!.Number} was not shown within 30 s.");
                }

                await Task.Delay(10);
            }

            var shownMs = stopwatch.Elapsed.TotalMilliseconds;
            if (run >= 0)
            {
                times.Add(shownMs);
            }

            note(string.Create(CultureInfo.InvariantCulture, $"publish run {run + 1}: published in {publishedMs:0} ms, page shows it after {shownMs:0} ms{(run < 0 ? " (warm-up, not recorded)" : string.Empty)}"));
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return times;
    }

    private static bool ShowsOslo(string html, string score) =>
        Regex.Match(html, @"<tr id=""kommune-0301""[^>]*>.*?<td class=""numeric"" data-status=""[^""]*""[^>]*>([^<]+)</td>", RegexOptions.Singleline) is { Success: true } match
        && match.Groups[1].Value.Trim() == score;
}
