using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Kommunedigital.Core.Data;
using Kommunedigital.Releases;
using Kommunedigital.Releases.Database;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kommunedigital.Bench.Browser;

/// <summary>
/// Publishing a release to the first page view with its numbers, two ways, on one freshly started app (its own process,
/// a release database of its own, polling it every second as the fallback to the change signal):
/// <list type="bullet">
/// <item>Across processes, as an editor's script does it: this program publishes into that database through the app's
/// <see cref="ReleasePublisher"/> (upload with the full check, draft stored, published). Timed from the upload call, so
/// the check, the store, the app's wake-up and its own import of the release are in it.</item>
/// <item>Through the serving instance, as an editor in the browser does it: a publisher made with <c>add-publisher</c>
/// signs in, uploads on /publiser and publishes with the draft page's form (antiforgery token and cookies as a browser
/// sends them). Timed from the publish POST (the upload and its check came before, while the editor read the report).</item>
/// </list>
/// Both then ask for the table page every 10 ms until its Oslo row shows the new number. The file is the sample's
/// size (1,135 data rows), one number changed per run; the boundaries this program loads for its check are not timed.
/// </summary>
public static class PublishToPage
{
    private const string OsloRow2024 = "0301;Oslo;03;Oslo;2024;";
    private const string Page = "tabell?indikator=kompetanse&aar=2024";

    private const string PublisherEmail = "bench-publisher@example.no";

    /// <summary>Medians' inputs: <paramref name="acrossProcesses"/> and <paramref name="throughApp"/> get one time per recorded run.</summary>
    public static async Task MeasureAsync(string appDll, BenchOptions options, string log, int runs, Action<string> note, List<double> acrossProcesses, List<double> throughApp)
    {
        var folder = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(log))!, "publish-" + Guid.NewGuid().ToString("N"));
        var databaseFile = Path.Combine(folder, "releases.db");
        await using var app = await AppServer.StartAsync(appDll, options.BoundaryMirror, log, options.RepoRoot, new Dictionary<string, string>
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
        var times = acrossProcesses;

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
            var shownMs = await UntilShownAsync(http, score, stopwatch, $"Release {published.Release!.Number}", run, times);
            note(string.Create(CultureInfo.InvariantCulture, $"publish run {run + 1}: published in {publishedMs:0} ms, page shows it after {shownMs:0} ms{(run < 0 ? " (warm-up, not recorded)" : string.Empty)}"));
        }

        await MeasureThroughAppAsync(appDll, options, app, databaseFile, lines, oslo, http, runs, note, throughApp);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private static async Task MeasureThroughAppAsync(
        string appDll, BenchOptions options, AppServer app, string databaseFile, string[] lines, int oslo, HttpClient page, int runs, Action<string> note, List<double> times)
    {
        var password = "bench-" + Guid.NewGuid().ToString("N");
        await AddPublisherAsync(appDll, options, databaseFile, password);
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var editor = new HttpClient(handler) { BaseAddress = app.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        using (var signIn = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await TokenAsync(editor, "logg-inn"),
            ["_handler"] = "logg-inn",
            ["Input.Email"] = PublisherEmail,
            ["Input.Password"] = password,
        }))
        {
            using var signedIn = await editor.PostAsync(new Uri("logg-inn?ReturnUrl=%2Fpubliser", UriKind.Relative), signIn);
            Expect(signedIn, HttpStatusCode.Redirect, "sign-in");
        }

        for (var run = -1; run < runs; run++)
        {
            var score = (31.1 + run + 1).ToString("0.0", CultureInfo.GetCultureInfo("nb-NO"));
            lines[oslo] = $"{OsloRow2024}50,0;{score};50,0;;;";
            var content = Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");
            var uploadClock = Stopwatch.StartNew();
            using var upload = new MultipartFormDataContent
            {
                { new StringContent(await TokenAsync(editor, "publiser")), "__RequestVerificationToken" },
                { new StringContent("last-opp"), "_handler" },
                { new StringContent("Benchmark"), "Note" },
            };
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            upload.Add(file, "fil", "digitalisering.csv");
            using var uploaded = await editor.PostAsync(new Uri("publiser", UriKind.Relative), upload);
            Expect(uploaded, HttpStatusCode.Redirect, "upload");
            var location = uploaded.Headers.Location!;
            var draft = (location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString).TrimStart('/');
            var uploadMs = uploadClock.Elapsed.TotalMilliseconds;

            using var publish = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = await TokenAsync(editor, draft),
                ["_handler"] = "publiser",
                ["Note"] = "Benchmark",
            });
            var stopwatch = Stopwatch.StartNew();
            using var published = await editor.PostAsync(new Uri(draft, UriKind.Relative), publish);
            Expect(published, HttpStatusCode.Redirect, "publish");
            var publishedMs = stopwatch.Elapsed.TotalMilliseconds;
            var shownMs = await UntilShownAsync(page, score, stopwatch, draft, run, times);
            note(string.Create(CultureInfo.InvariantCulture, $"publish in the app, run {run + 1}: upload answered in {uploadMs:0} ms; publish answered in {publishedMs:0} ms, page shows it after {shownMs:0} ms{(run < 0 ? " (warm-up, not recorded)" : string.Empty)}"));
        }
    }

    /// <summary><c>add-publisher</c> in a process of its own on the app's database, as an operator runs it.</summary>
    private static async Task AddPublisherAsync(string appDll, BenchOptions options, string databaseFile, string password)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(appDll))!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.GetFullPath(appDll));
        start.ArgumentList.Add("add-publisher");
        start.ArgumentList.Add(PublisherEmail);
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Data__BoundaryMirror"] = Path.GetFullPath(options.BoundaryMirror);
        start.Environment["Data__AllowDownload"] = "false";
        start.Environment["Data__ReleaseDatabase"] = databaseFile;
        start.Environment["KOMMUNEDIGITAL_PUBLISHER_PASSWORD"] = password;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"add-publisher exited {process.ExitCode}: {await output} {await errors}");
        }
    }

    private static async Task<string> TokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        return Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"") is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException($"{path} has no antiforgery token (signed in?).");
    }

    private static void Expect(HttpResponseMessage response, HttpStatusCode status, string what)
    {
        if (response.StatusCode != status)
        {
            throw new InvalidOperationException($"The {what} answered {(int)response.StatusCode} {response.StatusCode}, not {status}.");
        }
    }

    /// <summary>
    /// Requests the table page every 10 ms until Oslo's row shows <paramref name="score"/>; the milliseconds on
    /// <paramref name="stopwatch"/> then, recorded in <paramref name="times"/> unless <paramref name="run"/> is the warm-up (−1).
    /// </summary>
    private static async Task<double> UntilShownAsync(HttpClient client, string score, Stopwatch stopwatch, string what, int run, List<double> times)
    {
        while (!ShowsOslo(await client.GetStringAsync(Page), score))
        {
            if (stopwatch.Elapsed > TimeSpan.FromSeconds(30))
            {
                throw new TimeoutException($"{what} was not shown within 30 s of its publication.");
            }

            await Task.Delay(10);
        }

        var shownMs = stopwatch.Elapsed.TotalMilliseconds;
        if (run >= 0)
        {
            times.Add(shownMs);
        }

        return shownMs;
    }

    private static bool ShowsOslo(string html, string score) =>
        Regex.Match(html, @"<tr id=""kommune-0301""[^>]*>.*?<td class=""numeric"" data-status=""[^""]*""[^>]*>([^<]+)</td>", RegexOptions.Singleline) is { Success: true } match
        && match.Groups[1].Value.Trim() == score;
}
