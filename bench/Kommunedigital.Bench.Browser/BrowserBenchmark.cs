using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kommunedigital.Core.Export;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Views;
using Microsoft.Playwright;

namespace Kommunedigital.Bench.Browser;

/// <summary>
/// One benchmark run: cold starts, first views of the map, the embed and the baseline (interleaved, so
/// noise hits all three alike), recolours, the "fast 3G" rows, wrk load and live-circuit memory.
/// A part that fails is recorded and the run goes on; the run then exits non-zero.
/// </summary>
public sealed class BrowserBenchmark(BenchOptions options)
{
    /// <summary>
    /// The number of shapes drawn, once all are in the DOM: on the server-drawn map of the first HTML, then on the
    /// Leaflet element after each recolour ("false" while it redraws).
    /// </summary>
    public const string ReadyAttribute = FirstPaintSvg.ShapesAttribute;

    /// <summary>One SVG path per municipality of the interactive map (counted once it has taken over from the first paint).</summary>
    public const string ShapeSelector = "path[data-kommunenummer]";

    /// <summary>Chromium flags for a quiet, reproducible headless browser (no sandbox: CI runs as root).</summary>
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private readonly BrowserResults _results = new() { Smoke = options.Smoke, StartedAt = DateTimeOffset.UtcNow };
    private readonly List<string> _failures = [];

    public IReadOnlyList<string> Failures => _failures;

    public BrowserResults Results => _results;

    public async Task RunAsync()
    {
        Directory.CreateDirectory(options.ResultsFolder);
        Log(options.Describe());
        await using var baselineServer = await BaselineServer.StartAsync(
            Path.Combine(options.RepoRoot, "bench", "baseline"),
            Path.Combine(options.RepoRoot, "node_modules", "leaflet", "dist"),
            options.BoundaryMirror);
        var baseline = new PageTarget("baseline", baselineServer.BaseAddress.ToString(), "data-ready", "path.leaflet-interactive");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = options.Chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
        _results.Chromium = "Chromium " + browser.Version;
        var probe = new PageProbe(browser);

        if (options.BaselineOnly)
        {
            await FirstViewsAsync(probe, [baseline]);
            return;
        }

        var appDll = options.AppDll ?? throw new ArgumentException("--app (the published Kommunedigital.Web.dll) is required.");
        var log = Path.Combine(options.ResultsFolder, "app.log");
        File.Delete(log);

        AppServer? app = null;
        for (var i = 0; i < options.ColdStarts - 1; i++)
        {
            app = await StartAsync(appDll, log);
            if (i < options.ColdStarts - 2)
            {
                await app.DisposeAsync();
                app = null;
            }
        }

        if (app is null)
        {
            throw new InvalidOperationException("ColdStarts must be at least 2 (one for the pages, one for the circuits).");
        }

        await using (app)
        {
            var view = DefaultView(app);
            var map = new PageTarget("map", new Uri(app.BaseAddress, "/").ToString(), ReadyAttribute, ShapeSelector);
            var embed = new PageTarget("embed", new Uri(app.BaseAddress, "embed").ToString(), ReadyAttribute, ShapeSelector);

            if (options.Includes("first-views"))
            {
                await Part("first views", () => FirstViewsAsync(probe, [map, embed, baseline], app));
            }

            if (options.Includes("recolours"))
            {
                await Part("recolours", () => RecoloursAsync(probe, map));
            }

            if (options.ThrottledRuns > 0 && options.Includes("fast-3g"))
            {
                await Part("fast 3G", () => ThrottledAsync(probe, [map, embed, baseline]));
            }

            if (options.Includes("load"))
            {
                await Part("load", () => LoadAsync(app, map, view));
            }
        }

        if (options.Includes("publish"))
        {
            await Part("publish to page", () =>
                PublishToPage.MeasureAsync(appDll, options, log, options.PublishRuns, Log, _results.PublishToPageMs, _results.PublishInAppToPageMs));
        }

        if (!options.Includes("circuits"))
        {
            return;
        }

        await Part("live circuits", async () =>
        {
            await using var fresh = await StartAsync(appDll, log);
            var map = new PageTarget("map", new Uri(fresh.BaseAddress, "/").ToString(), ReadyAttribute, ShapeSelector);
            await CircuitsAsync(probe, fresh, map);
        });
    }

    /// <summary>Writes browser.json (raw runs) and returns the report.</summary>
    public string Report(ServerResults? server, string machine)
    {
        var name = options.BaselineOnly ? "baseline.json" : options.Only is { } only ? $"only-{only}.json" : "browser.json";
        File.WriteAllText(Path.Combine(options.ResultsFolder, name),
            JsonSerializer.Serialize(_results, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
        foreach (var failure in _failures)
        {
            _results.Notes.Add("FAILED: " + failure);
        }

        return new ReportWriter(_results, server, options.Commit, machine).Write();
    }

    private async Task<AppServer> StartAsync(string appDll, string log)
    {
        var app = await AppServer.StartAsync(appDll, options.BoundaryMirror, log, options.RepoRoot);
        _results.ColdStartMs.Add(app.StartToReady.TotalMilliseconds);
        Log($"app ready in {app.StartToReady.TotalMilliseconds:0} ms at {app.BaseAddress}");
        return app;
    }

    private async Task FirstViewsAsync(PageProbe probe, IReadOnlyList<PageTarget> targets, AppServer? app = null)
    {
        // One view each before the recorded runs: the server's first render of a page includes JIT compilation
        // and building the geometry files. It is reported on its own row ("first visitor"), not in the medians.
        foreach (var target in targets)
        {
            var first = await probe.FirstViewAsync(target);
            _results.FirstVisitor[target.Name] = first;
            Log($"{target.Name} first visitor: drawn {first.DrawnMs:0} ms");
        }

        // The recorded views measure the pages, not the app's work after its start (AppServer.WaitUntilIdleAsync).
        if (app is not null)
        {
            var waited = await app.WaitUntilIdleAsync(TimeSpan.FromSeconds(30));
            _results.IdleWaitMs = waited.TotalMilliseconds;
            Log($"app idle after {waited.TotalSeconds:0.0} s");
        }

        for (var run = 0; run < options.Runs; run++)
        {
            foreach (var target in targets)
            {
                var view = await probe.FirstViewAsync(target);
                Add(_results.FirstViews, target.Name, view);
                Log($"{target.Name} run {run + 1}: drawn {view.DrawnMs:0} ms, {view.TotalBytes / 1000.0:0.0} kB, " +
                    $"{view.Requests} requests, {view.Shapes} shapes, heap {view.HeapBytes / 1e6:0.0} MB");
            }
        }
    }

    private async Task ThrottledAsync(PageProbe probe, IReadOnlyList<PageTarget> targets)
    {
        for (var run = 0; run < options.ThrottledRuns; run++)
        {
            foreach (var target in targets)
            {
                var view = await probe.FirstViewAsync(target, Throttle.Fast3G);
                Add(_results.Throttled, target.Name, view);
                Log($"{target.Name} on fast 3G run {run + 1}: drawn {view.DrawnMs:0} ms");
            }
        }
    }

    private async Task RecoloursAsync(PageProbe probe, PageTarget map)
    {
        ControlChange[] changes =
        [
            // Level → change (the earlier year the page proposes) and back, on the default view's boundaries.
            ControlChange.NextRadio("mode", "Vis"),
            ControlChange.NextRadio("mode", "Vis"),
            ControlChange.NextRadio("indicator", "Indikator"),
            ControlChange.Select("year", "År", NearestYear),
            ControlChange.Select("county", "Fylke", (values, current) =>
                values.Contains("46") && current != "46" ? "46" : values.FirstOrDefault(v => v.Length > 0 && v != current)),
        ];
        for (var run = 0; run < options.RecolourRuns; run++)
        {
            foreach (var recolour in await probe.RecoloursAsync(map, changes))
            {
                _results.Recolours.Add(recolour);
                Log($"recolour {recolour.Change} {recolour.From}→{recolour.To}: {recolour.Ms:0.0} ms ({recolour.ShapesChanged} changes)");
            }
        }
    }

    private async Task LoadAsync(AppServer app, PageTarget map, (string Indicator, int Year) view)
    {
        // The first view draws from the shapes in its HTML and requests no geometry; the detailed GeoJSON is what a
        // reader who zooms in fetches. Its versioned URL is the one the map uses: the set named by the first-paint
        // SVG, the version the endpoint's own strong ETag gives ("<tag>-br").
        using var http = new HttpClient();
        var html = await http.GetStringAsync(map.Url);
        var set = Regex.Match(html, FirstPaintSvg.BoundariesAttribute + "=\"([^\"]+)\"");
        if (!set.Success)
        {
            throw new InvalidOperationException($"{map.Url} has no first-paint map naming its boundary set.");
        }

        var unversioned = new Uri(app.BaseAddress, $"kart/grenser/{Uri.EscapeDataString(set.Groups[1].Value)}/kommuner.geojson");
        using var probeRequest = new HttpRequestMessage(HttpMethod.Get, unversioned);
        probeRequest.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        using var probeResponse = await http.SendAsync(probeRequest);
        var tag = probeResponse.Headers.ETag?.Tag.Trim('"')
            ?? throw new InvalidOperationException($"{unversioned} sent no ETag.");
        var geometryUrl = new Uri(unversioned + "?v=" + Uri.EscapeDataString(tag[..tag.LastIndexOf('-')]));

        using var request = new HttpRequestMessage(HttpMethod.Get, geometryUrl);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        using var response = await http.SendAsync(request);
        var etag = response.Headers.ETag?.ToString()
            ?? throw new InvalidOperationException($"{geometryUrl} sent no ETag.");
        if (response.Headers.CacheControl?.Extensions.Any(e => e.Name == "immutable") != true)
        {
            throw new InvalidOperationException($"{geometryUrl} is not the versioned URL the map uses (no immutable caching).");
        }

        var query = string.Create(CultureInfo.InvariantCulture,
            $"?{QueryNames.Indicator}={view.Indicator}&{QueryNames.Year}={view.Year}");
        var scenarios = new (string Name, Uri Url, Dictionary<string, string> Headers, int Status)[]
        {
            ("embed", new Uri(app.BaseAddress, "embed" + query), [], 200),
            ("geometry", geometryUrl, [], 200),
            ("geometry-304", geometryUrl, new() { ["If-None-Match"] = etag }, 304),
            ("csv", new Uri(app.BaseAddress, "last-ned/csv" + query), [], 200),
        };
        foreach (var (name, url, headers, status) in scenarios)
        {
            await Part("load " + name, async () =>
            {
                var result = await LoadRunner.RunAsync(name, url, options.LoadSeconds, headers, status);
                _results.Load.Add(result);
                Log($"wrk {name}: {result.RequestsPerSecond:0} req/s, p50 {result.P50Ms:0.00} ms, p99 {result.P99Ms:0.00} ms, " +
                    $"{result.Errors} errors ({result.Status})");
            });
        }
    }

    private async Task CircuitsAsync(PageProbe probe, AppServer app, PageTarget map)
    {
        // Warm the server with one batch of pages, closed again, and let the disconnects settle; then wait for the
        // app's own work after its start (AppServer.WaitUntilIdleAsync), whose buffers are the start's, not the pages'.
        // A batch rather than one page: the JIT compiles the hot methods again at tier 1 once they have run some 30
        // times, and that code (13-14 MB of double-mapped memory, /memfd:doublemapper) is the process's, made once,
        // not a cost of each page; after one page most of it was still to come and was counted as the pages'.
        var webSockets = 0;
        var warmUp = await Task.WhenAll(Enumerable.Range(0, Math.Min(10, options.CircuitPages)).Select(_ => probe.OpenAndKeepAsync(map, () => { })));
        foreach (var context in warmUp)
        {
            await context.DisposeAsync();
        }

        await Task.Delay(TimeSpan.FromSeconds(2));
        var idle = await app.WaitUntilIdleAsync(TimeSpan.FromSeconds(30));
        Log($"app idle {idle.TotalSeconds:0.0} s after the warm-up pages' disconnects settled");
        var memoryBefore = app.Memory();
        var before = memoryBefore.ResidentBytes;
        var heap = new LiveHeapProbe(options.GcDumpTool);
        var heapBefore = await heap.LiveBytesAsync(app.ProcessId);

        var contexts = new List<IBrowserContext>();
        var batches = new List<RssSample>();
        try
        {
            // Ten at a time: a hundred simultaneous first loads on two cores would time out, and the
            // point is circuits held open at once, not a thundering herd.
            for (var opened = 0; opened < options.CircuitPages; opened += 10)
            {
                var batch = Enumerable.Range(0, Math.Min(10, options.CircuitPages - opened))
                    .Select(_ => probe.OpenAndKeepAsync(map, () => Interlocked.Increment(ref webSockets)));
                contexts.AddRange(await Task.WhenAll(batch));
                batches.Add(new RssSample(contexts.Count, app.ResidentBytes()));
                Log($"circuits open: {contexts.Count}, server VmRSS {batches[^1].Bytes / 1e6:0.0} MB");
            }

            await Task.Delay(TimeSpan.FromSeconds(2));
            var memoryAfter = app.Memory();
            var after = memoryAfter.ResidentBytes;
            var heapAfter = await heap.LiveBytesAsync(app.ProcessId);
            _results.Circuits = new CircuitMemory(contexts.Count, webSockets, before, after, batches, heapBefore, heapAfter, memoryBefore, memoryAfter);
            Log($"server VmRSS {before / 1e6:0.0} MB → {after / 1e6:0.0} MB with {contexts.Count} map pages open " +
                $"({_results.Circuits.BytesPerCircuit / 1000:0.0} kB each)");
        }
        finally
        {
            foreach (var context in contexts)
            {
                await context.DisposeAsync();
            }
        }
    }

    private async Task Part(string name, Func<Task> part)
    {
        try
        {
            await part();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _failures.Add($"{name}: {e.GetType().Name}: {e.Message.Split('\n')[0]}");
            Log($"FAILED {name}: {e}");
        }
    }

    /// <summary>The view the pages open with: the first indicator and the latest year in /health.</summary>
    private static (string Indicator, int Year) DefaultView(AppServer app)
    {
        var years = app.Health.GetProperty("years").EnumerateArray().Select(y => y.GetInt32()).ToArray();
        return (IndicatorText.Slug(IndicatorText.All[0]), years.Max());
    }

    /// <summary>
    /// The other year nearest the current one, preferring one drawn on the same boundary structure (2018-19,
    /// 2020-23, 2024-) so the change is a pure recolour; the details line shows which years were used.
    /// </summary>
    private static string? NearestYear(IReadOnlyList<string> values, string current)
    {
        static int Structure(int year) => year >= 2024 ? 2024 : year >= 2020 ? 2020 : 2018;
        if (!int.TryParse(current, CultureInfo.InvariantCulture, out var year))
        {
            return null;
        }

        var others = values
            .Select(v => int.TryParse(v, CultureInfo.InvariantCulture, out var y) ? y : (int?)null)
            .OfType<int>()
            .Where(y => y != year)
            .OrderBy(y => Structure(y) == Structure(year) ? 0 : 1)
            .ThenBy(y => Math.Abs(y - year))
            .ToArray();
        return others.Length == 0 ? null : others[0].ToString(CultureInfo.InvariantCulture);
    }

    private static void Add(Dictionary<string, List<FirstView>> views, string name, FirstView view)
    {
        if (!views.TryGetValue(name, out var list))
        {
            views[name] = list = [];
        }

        list.Add(view);
    }

    private static void Log(string message) =>
        Console.Error.WriteLine($"[bench {DateTime.Now:HH:mm:ss}] {message}");
}
