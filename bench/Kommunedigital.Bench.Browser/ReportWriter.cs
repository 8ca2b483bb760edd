using System.Globalization;
using System.Text;

namespace Kommunedigital.Bench.Browser;

/// <summary>
/// The results table (Markdown): what | budget | measured median | ratio to baseline | within budget?
/// Budgets are the issues' (3, 4, 5, 7, 12, 14; where two give one, the later). Only measured values appear; a part that did not run says so.
/// </summary>
public sealed class ReportWriter(BrowserResults browser, ServerResults? server, string commit, string machine)
{
    private const string Yes = "ja";
    private const string Missed = "nei — missed";
    private const string NoBudget = "—";
    private const string NotMeasured = "not measured";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private readonly List<string[]> _rows = [];

    public string Write()
    {
        var text = new StringBuilder();
        text.AppendLine("## Kommunedigital benchmark results");
        text.AppendLine();
        if (browser.Smoke)
        {
            text.AppendLine("**Smoke run: one iteration of each part, to keep the scripts working. These are not measurements.**");
            text.AppendLine();
        }

        text.AppendLine(Invariant, $"Run {browser.StartedAt:yyyy-MM-dd HH:mm} UTC, commit {commit}, {machine}, {browser.Chromium}.");
        text.AppendLine(Invariant, $"Browser figures are medians of {Runs("map")} runs per page (fresh context, empty cache, 1280×800, loopback); server figures are BenchmarkDotNet medians; 1 kB = 1000 bytes.");
        text.AppendLine();

        BrowserRows();
        ServerRows();
        LoadRows();

        text.AppendLine("| what | budget | measured median | ratio to baseline | within budget? |");
        text.AppendLine("|---|---|---|---|---|");
        foreach (var row in _rows)
        {
            text.AppendLine("| " + string.Join(" | ", row) + " |");
        }

        text.AppendLine();
        Details(text);
        return text.ToString();
    }

    private void BrowserRows()
    {
        var map = Median("map");
        var embed = Median("embed");
        var baseline = Median("baseline");

        // Issue 14's goals: the map page ≤ 0.35× the baseline, the embed ≤ 0.3× (loopback).
        foreach (var (label, view, goal) in new[] { ("map page `/`", map, 0.35), ("embed page `/embed`", embed, 0.3) })
        {
            var drawn = view?.DrawnMs;
            var ratio = Ratio(drawn, baseline?.DrawnMs);
            Add($"first full map, {label} (navigation → every municipality drawn)", string.Create(Invariant, $"≤ {goal:0.00}× baseline"),
                Ms(drawn), RatioText(ratio), Verdict(ratio is null ? null : ratio <= goal));
        }

        Add("first full map, baseline (plain Leaflet, detailed 2024 GeoJSON)", NoBudget, Ms(baseline?.DrawnMs), "1×", NoBudget);

        // Issue 14: the map page's first view ≤ 170 kB; the embed keeps issue 5's ≤ 400 kB and ≤ 0.15×.
        var mapBytes = map?.TotalBytes;
        Add("bytes for the first view, map page (HTTP encoded + circuit frames)", "≤ 170 kB",
            Kb(mapBytes), RatioText(Ratio(mapBytes, baseline?.TotalBytes)), Verdict(mapBytes is null ? null : mapBytes <= 170_000));
        var embedBytes = embed?.TotalBytes;
        var embedRatio = Ratio(embedBytes, baseline?.TotalBytes);
        Add("bytes for the first view, embed page (HTTP encoded + circuit frames)", "≤ 400 kB and ≤ 0.15× baseline",
            Kb(embedBytes), RatioText(embedRatio), Verdict(embedBytes is null ? null : embedBytes <= 400_000 && embedRatio <= 0.15));

        Add("bytes for the first view, baseline", NoBudget, Kb(baseline?.TotalBytes), "1×", NoBudget);

        foreach (var (label, view) in new[] { ("map page", map), ("embed page", embed), ("baseline", baseline) })
        {
            Add($"requests for the first view, {label}", NoBudget, Count(view?.Requests),
                label == "baseline" ? "1×" : RatioText(Ratio(view?.Requests, baseline?.Requests)), NoBudget);
        }

        foreach (var (label, view) in new[] { ("map page", map), ("embed page", embed), ("baseline", baseline) })
        {
            Add($"JS heap after drawing, {label}", NoBudget, Mb(view?.HeapBytes),
                label == "baseline" ? "1×" : RatioText(Ratio(view?.HeapBytes, baseline?.HeapBytes)), NoBudget);
        }

        foreach (var change in new[] { "indicator", "year", "county" })
        {
            var ms = Stats.Median(browser.Recolours.Where(r => r.Change == change).Select(r => r.Ms));
            Add($"recolour after {(change == "indicator" ? "an indicator" : "a " + change)} change (change event → last shape repainted)",
                "≤ 50 ms", Ms(ms), NoBudget, Verdict(ms is null ? null : ms <= 50));
        }

        var modeMs = Stats.Median(browser.Recolours.Where(r => r.Change == "mode").Select(r => r.Ms));
        Add("recolour after switching between level and change view, both ways (change event → last shape repainted)",
            "≤ 50 ms", Ms(modeMs), NoBudget, Verdict(modeMs is null ? null : modeMs <= 50));

        // Issue 14's goals on fast 3G: the map page ≤ 0.25× the baseline, the embed ≤ 0.2×.
        var slowBaseline = ThrottledMedian("baseline");
        foreach (var (name, label, goal) in new[] { ("map", "map page", 0.25), ("embed", "embed page", 0.2) })
        {
            var slow = ThrottledMedian(name);
            if (slow is null && slowBaseline is null)
            {
                continue;
            }

            var ratio = Ratio(slow?.DrawnMs, slowBaseline?.DrawnMs);
            Add($"fast 3G (1.6 Mbit/s, 150 ms RTT, 4× CPU): first full map, {label}", string.Create(Invariant, $"≤ {goal:0.00}× baseline"),
                Ms(slow?.DrawnMs), RatioText(ratio), Verdict(ratio is null ? null : ratio <= goal));
        }

        if (slowBaseline is not null)
        {
            Add("fast 3G: first full map, baseline", NoBudget, Ms(slowBaseline.DrawnMs), "1×", NoBudget);
        }

        var firstVisitor = browser.FirstVisitor.GetValueOrDefault("map")?.DrawnMs;
        Add("first map for the first visitor after a start (JIT, geometry files built on demand; one sample)", NoBudget,
            Ms(firstVisitor), RatioText(Ratio(firstVisitor, baseline?.DrawnMs)), NoBudget);

        var cold = Stats.Median(browser.ColdStartMs);
        Add("cold start to ready (process start → /health 200, all data loaded)", "≤ 3 s", Ms(cold), NoBudget,
            Verdict(cold is null ? null : cold <= 3000));
    }

    private void ServerRows()
    {
        ServerRow("ImportSampleXlsx", "import sample .xlsx (SurveyImporter)", null);
        ServerRow("ImportSampleCsv", "import sample .csv (SurveyImporter)", null);
        ServerRow("LoadBoundariesCold", "load, reproject and display-simplify all boundary sets (cold)", null);
        ServerRow("GeometryFiles", "display GeoJSON of all sets, written and compressed quickly (what the first reader waits for)", null);
        ServerRow("GeometryFilesSmallest", "display GeoJSON of all sets, recompressed at the smallest size (background)", null);
        ServerRow("ClassifyQuantile", "classification, quantile (one year's values)", null);
        ServerRow("ClassifyNaturalBreaks", "classification, natural breaks (Jenks)", null);
        ServerRow("BuildModel", "ChoroplethModelBuilder.Build, one view (whole country)", null);
        ServerRow("BuildChangeModel", "ChoroplethModelBuilder.Build, change view 2018→2024 (whole country)", null);
        ServerRow("CorrespondenceForAllYearPairs", "KLASS correspondence for all year pairs, built at load", 200);
        ServerRow("KlassAtStartUp", "KLASS files (SHA-256), numbering and correspondence, as at start-up", null);
        ServerRow("Png", "PNG, whole country, 1200×1500 (server time)", 300);
        ServerRow("Csv", "CSV, whole country", 20);
        ServerRow("Xlsx", "XLSX, whole country", null);
        ServerRow("Svg", "SVG, whole country", 100);
        var svgBytes = server?.Sizes.GetValueOrDefault("Svg");
        Add("SVG size, whole country", "< 400 kB", Kb(svgBytes is > 0 ? svgBytes : null), NoBudget,
            Verdict(svgBytes is > 0 ? svgBytes < 400_000 : null));
        ServerRow("Pdf", "PDF, whole country", 400);
        ServerRow("Pptx", "PPTX, whole country", 500);
        ServerRow("GeoJson", "GeoJSON, whole country", null);
        ServerRow("JsonStat", "JSON-stat, whole country", null);
        ServerRow("DatasetXlsx", "whole dataset, Excel (every year and municipality)", 1000);
        ServerRow("DatasetCsv", "whole dataset, CSV", null);
        ServerRow("PublishToFirstView", "publish a release (1,135 rows: check, store in SQLite, swap) → first view model with the new numbers", 1000);
        var publish = Stats.Median(browser.PublishToPageMs);
        Add("publish a release (1,135 rows) from another process into the app's database (check, store) → first page view with the new numbers (app woken by the change signal, polls every 1 s as fallback)", "< 1 s",
            Ms(publish), NoBudget, Verdict(publish is null ? null : publish < 1000));
        var inApp = Stats.Median(browser.PublishInAppToPageMs);
        Add("publish a checked draft on the serving instance (/publiser form POST, signed in) → first page view with the new numbers", "< 1 s",
            Ms(inApp), NoBudget, Verdict(inApp is null ? null : inApp < 1000));
    }

    private void ServerRow(string id, string what, double? budgetMs)
    {
        var result = server?.Find(id);
        var ms = result is null ? (double?)null : result.MedianNs / 1e6;
        var measured = ms is null ? NotMeasured : Ms(ms);
        if (result?.AllocatedBytes is { } allocated)
        {
            measured += $" ({Mb(allocated)} allocated)";
        }

        Add(what, budgetMs is null ? NoBudget : BudgetText(budgetMs.Value), measured, NoBudget,
            budgetMs is null ? NoBudget : Verdict(ms is null ? null : ms <= budgetMs));
    }

    private void LoadRows()
    {
        var embed = Load("embed");
        Add("embed page under load (wrk, 64 connections)", "≥ 2,000 req/s, p99 ≤ 50 ms, 0 errors", LoadText(embed), NoBudget,
            Verdict(embed is null ? null : embed.RequestsPerSecond >= 2000 && embed.P99Ms <= 50 && embed.Errors == 0));
        var first = Load("geometry");
        Add("geometry endpoint, first request (200, compressed)", NoBudget, LoadText(first), NoBudget, NoBudget);
        var revalidation = Load("geometry-304");
        Add("geometry endpoint, revalidation with If-None-Match (304)", "≥ 5,000 req/s", LoadText(revalidation), NoBudget,
            Verdict(revalidation is null ? null : revalidation.RequestsPerSecond >= 5000));
        var csv = Load("csv");
        Add("CSV download, whole country", NoBudget, LoadText(csv), NoBudget, NoBudget);

        var circuits = browser.Circuits;
        var perCircuit = circuits is null || circuits.Pages == 0 ? (double?)null : circuits.BytesPerCircuit;
        Add($"server memory per live map circuit ({circuits?.Pages ?? 0} map pages open, ΔVmRSS / pages; includes GC headroom)", "≤ 500 kB",
            Kb(perCircuit), NoBudget, Verdict(perCircuit is null ? null : perCircuit <= 500_000));
        var heapPerCircuit = circuits?.HeapBytesPerCircuit;
        Add($"live managed heap per map circuit ({circuits?.Pages ?? 0} pages open, Δ heap after a full GC / pages, dotnet-gcdump)", "≤ 500 kB",
            Kb(heapPerCircuit), NoBudget, Verdict(heapPerCircuit is null ? null : heapPerCircuit <= 500_000));
    }

    private void Details(StringBuilder text)
    {
        text.AppendLine("Details:");
        text.AppendLine();
        foreach (var (name, views) in browser.FirstViews)
        {
            var m = MedianOf(views)!;
            text.AppendLine(Invariant, $"- `{name}` first views, drawn: {string.Join(", ", views.Select(v => Ms(v.DrawnMs)))}; shapes {string.Join("/", views.Select(v => v.Shapes).Distinct())}; HTTP {Kb(m.HttpBytes)} + circuit {Kb(m.WebSocketBytes)}; medians: HTML received {Ms(m.HtmlMs)}, DOMContentLoaded {Ms(m.DomContentLoadedMs)}, last response before ready {Ms(m.LastResourceMs)}, ready {Ms(m.ReadyMs)}, drawn {Ms(m.DrawnMs)}.");
        }

        foreach (var (name, view) in browser.FirstVisitor)
        {
            text.AppendLine(Invariant, $"- `{name}` first visitor after start: HTML received {Ms(view.HtmlMs)}, last response before ready {Ms(view.LastResourceMs)}, drawn {Ms(view.DrawnMs)}.");
        }

        if (browser.IdleWaitMs is { } idle)
        {
            text.AppendLine(Invariant, $"- the recorded first views started once the app was idle (under 5 % of a core for 1 s), {Ms(idle)} after the first visitors.");
        }

        foreach (var (name, views) in browser.Throttled)
        {
            text.AppendLine(Invariant, $"- `{name}` on fast 3G (drawn ms): {string.Join(", ", views.Select(v => Ms(v.DrawnMs)))}.");
        }

        foreach (var group in browser.Recolours.GroupBy(r => r.Change))
        {
            var runs = string.Join(", ", group.Select(r => string.Create(Invariant, $"{r.From}→{r.To} {Ms(r.Ms)} ({r.ShapesChanged} shape changes)")));
            text.AppendLine(Invariant, $"- recolour, {group.Key}: {runs}.");
        }

        foreach (var load in browser.Load)
        {
            text.AppendLine(Invariant, $"- wrk `{load.Name}` {load.Url}: {load.Seconds} s, {load.Connections} connections, {load.Requests} requests, first response {load.Status}.");
        }

        if (browser.Circuits is { } c)
        {
            var split = c is { Before: { } b, After: { } a }
                ? $"; of the VmRSS, anonymous {Mb(b.AnonymousBytes)} → {Mb(a.AnonymousBytes)}, file-backed {Mb(b.FileBytes)} → {Mb(a.FileBytes)}, shared {Mb(b.SharedBytes)} → {Mb(a.SharedBytes)}; threads {b.Threads} → {a.Threads}"
                : "";
            var marginal = c.MarginalBytesPerCircuit is { } m ? $"; marginal growth from the middle to the last batch {Kb(m)} per page" : "";
            text.AppendLine(Invariant, $"- circuits: {c.Pages} pages drawn, {c.WebSockets} WebSockets opened, server VmRSS {Mb(c.RssBeforeBytes)} before, {Mb(c.RssAfterBytes)} with all open (after each batch: {string.Join(", ", c.RssAfterBatches.Select(b => $"{b.Pages}: {Mb(b.Bytes)}"))}){marginal}; live managed heap {Mb(c.HeapBeforeBytes)} before, {Mb(c.HeapAfterBytes)} with all open{split}.");
        }

        if (browser.ColdStartMs.Count > 0)
        {
            text.AppendLine(Invariant, $"- cold starts (ms): {string.Join(", ", browser.ColdStartMs.Select(ms => Ms(ms)))}.");
        }

        if (server is not null)
        {
            foreach (var (name, size) in server.Sizes)
            {
                text.AppendLine(Invariant, $"- {name} output size: {Kb(size)}.");
            }
        }

        foreach (var note in browser.Notes)
        {
            text.AppendLine(Invariant, $"- {note}");
        }
    }

    private int Runs(string name) => browser.FirstViews.GetValueOrDefault(name)?.Count ?? 0;

    private FirstView? Median(string name) => MedianOf(browser.FirstViews.GetValueOrDefault(name));

    private FirstView? ThrottledMedian(string name) => MedianOf(browser.Throttled.GetValueOrDefault(name));

    /// <summary>Per-field medians (each figure is the median of its own runs).</summary>
    private static FirstView? MedianOf(List<FirstView>? views) =>
        views is null || views.Count == 0
            ? null
            : new FirstView(
                Stats.Median(views.Select(v => v.ReadyMs))!.Value,
                Stats.Median(views.Select(v => v.DrawnMs))!.Value,
                (long)Stats.Median(views.Select(v => (double)v.HttpBytes))!.Value,
                (long)Stats.Median(views.Select(v => (double)v.WebSocketBytes))!.Value,
                (int)Stats.Median(views.Select(v => (double)v.Requests))!.Value,
                (long)Stats.Median(views.Select(v => (double)v.HeapBytes))!.Value,
                views.Max(v => v.Shapes),
                Stats.Median(views.Select(v => v.HtmlMs))!.Value,
                Stats.Median(views.Select(v => v.DomContentLoadedMs))!.Value,
                Stats.Median(views.Select(v => v.LastResourceMs))!.Value);

    private LoadResult? Load(string name) => browser.Load.FirstOrDefault(l => l.Name == name);

    private void Add(string what, string budget, string measured, string ratio, string verdict) =>
        _rows.Add([what, budget, measured, ratio, verdict]);

    private static double? Ratio(double? value, double? baseline) =>
        value is null || baseline is null or 0 ? null : value / baseline;

    private static string RatioText(double? ratio) => ratio is null ? NoBudget : ratio.Value.ToString("0.00", Invariant) + "×";

    private static string Verdict(bool? within) => within switch
    {
        true => Yes,
        false => Missed,
        null => NotMeasured,
    };

    private static string Ms(double? ms) => ms switch
    {
        null => NotMeasured,
        >= 1000 => (ms.Value / 1000).ToString("0.00", Invariant) + " s",
        >= 100 => ms.Value.ToString("0", Invariant) + " ms",
        >= 1 => ms.Value.ToString("0.0", Invariant) + " ms",
        _ => ms.Value.ToString("0.000", Invariant) + " ms",
    };

    private static string BudgetText(double ms) =>
        ms < 1000 ? string.Create(Invariant, $"≤ {ms:0} ms") : string.Create(Invariant, $"≤ {ms / 1000:0.#} s");

    private static string Kb(double? bytes) =>
        bytes is null ? NotMeasured : (bytes.Value / 1000).ToString("#,0.0", Invariant) + " kB";

    private static string Mb(double? bytes) => bytes switch
    {
        null => NotMeasured,
        < 1_000_000 => Kb(bytes),
        _ => (bytes.Value / 1_000_000).ToString("0.0", Invariant) + " MB",
    };

    private static string Count(double? value) => value is null ? NotMeasured : value.Value.ToString("0", Invariant);

    private static string LoadText(LoadResult? load) =>
        load is null
            ? NotMeasured
            : string.Create(Invariant, $"{load.RequestsPerSecond:#,0} req/s, p50 {load.P50Ms:0.0} ms, p99 {load.P99Ms:0.0} ms, {load.Errors} errors");
}
