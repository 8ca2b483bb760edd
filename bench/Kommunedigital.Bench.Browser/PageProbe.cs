using System.Text.Json;
using Microsoft.Playwright;

namespace Kommunedigital.Bench.Browser;

/// <summary>Measures pages in fresh browser contexts of one shared Chromium.</summary>
public sealed class PageProbe(IBrowser browser)
{
    private static readonly string ProbeScript = LoadProbeScript();

    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(500);

    /// <summary>Opens <paramref name="target"/> in a new context and measures its first view.</summary>
    public async Task<FirstView> FirstViewAsync(PageTarget target, Throttle? throttle = null)
    {
        await using var context = await NewContextAsync(target);
        var page = await context.NewPageAsync();
        var session = await context.NewCDPSessionAsync(page);
        var network = await NetworkTally.AttachAsync(session);
        if (throttle is not null)
        {
            await ApplyAsync(session, throttle);
        }

        var timeout = throttle is null ? 60_000 : 180_000;
        await page.GotoAsync(target.Url, new() { WaitUntil = WaitUntilState.Commit, Timeout = timeout });
        await page.WaitForFunctionAsync("() => window.__bench.paintedAt !== null", null, new() { Timeout = timeout });
        // The bytes counted are those of the interactive map too, not only of the first paint.
        await page.WaitForFunctionAsync("() => window.__bench.isInteractive()", null, new() { Timeout = timeout });
        await network.WaitQuietAsync(Quiet, TimeSpan.FromSeconds(throttle is null ? 5 : 30));

        var times = await page.EvaluateAsync<double[]>("""
            () => {
              const bench = window.__bench;
              const navigation = performance.getEntriesByType("navigation")[0];
              const before = performance.getEntriesByType("resource").filter(r => r.responseEnd <= bench.readyAt);
              return [bench.readyAt, bench.paintedAt, navigation?.responseEnd ?? 0, navigation?.domContentLoadedEventEnd ?? 0,
                before.reduce((last, r) => Math.max(last, r.responseEnd), 0)];
            }
            """);
        var shapes = await page.Locator(target.ShapeSelector).CountAsync();
        var heap = await HeapUsedAsync(session);
        if (network.Failed > 0)
        {
            throw new InvalidOperationException($"{target.Name}: {network.Failed} request(s) failed while loading {target.Url}.");
        }

        return new FirstView(times[0], times[1], network.HttpBytes, network.WebSocketBytes,
            network.Requests + network.WebSockets, heap, shapes, times[2], times[3], times[4]);
    }

    /// <summary>
    /// Opens <paramref name="target"/> once, waits for the first full map, then makes each change in turn and
    /// times its recolour.
    /// </summary>
    public async Task<IReadOnlyList<Recolour>> RecoloursAsync(PageTarget target, IReadOnlyList<ControlChange> changes)
    {
        await using var context = await NewContextAsync(target);
        var page = await context.NewPageAsync();
        await page.GotoAsync(target.Url, new() { WaitUntil = WaitUntilState.Commit });
        await page.WaitForFunctionAsync("() => window.__bench.paintedAt !== null", null, new() { Timeout = 60_000 });
        // The controls work once the circuit is up and the interactive map has taken over from the first paint.
        await page.WaitForFunctionAsync("() => window.__bench.isInteractive()", null, new() { Timeout = 60_000 });
        // A reader's pointer reaches a control before changing it: the circuit is up before the first change is timed.
        await StartCircuitAsync(page, 60_000);
        await page.EvaluateAsync("() => window.__bench.watch()");

        var results = new List<Recolour>();
        foreach (var change in changes)
        {
            var prepared = await change.Prepare(page)
                ?? throw new InvalidOperationException($"Nothing to switch {change.Change} to on {target.Url}.");
            await page.EvaluateAsync("() => window.__bench.arm()");
            await prepared.Perform();
            await page.WaitForFunctionAsync(
                "() => window.__bench.eventAt !== null && window.__bench.changes > 0 && window.__bench.isReady()",
                null, new() { Timeout = 30_000 });
            // The last shape may change after readiness flips: wait for 300 ms without a change.
            await page.WaitForFunctionAsync(
                "() => window.__bench.recolourPaintedAt !== null && performance.now() - window.__bench.lastAt > 300",
                null, new() { Timeout = 30_000, PollingInterval = 50 });
            var measured = await page.EvaluateAsync<double[]>(
                "() => [window.__bench.recolourPaintedAt - window.__bench.eventAt, window.__bench.changes]");
            results.Add(new Recolour(change.Change, prepared.From, prepared.To, measured[0], (int)measured[1]));
        }

        return results;
    }

    /// <summary>Opens a map page and leaves it open (for the live-circuit memory test); the caller disposes the context.</summary>
    public async Task<IBrowserContext> OpenAndKeepAsync(PageTarget target, Action onWebSocket)
    {
        var context = await NewContextAsync(target);
        var page = await context.NewPageAsync();
        page.WebSocket += (_, _) => onWebSocket();
        await page.GotoAsync(target.Url, new() { WaitUntil = WaitUntilState.Commit, Timeout = 120_000 });
        await page.WaitForFunctionAsync("() => window.__bench.paintedAt !== null", null, new() { Timeout = 120_000 });
        // The first paint comes with the HTML; the circuit whose memory is measured is up once the interactive map has drawn.
        await page.WaitForFunctionAsync("() => window.__bench.isInteractive()", null, new() { Timeout = 120_000 });
        await StartCircuitAsync(page, 120_000);
        return context;
    }

    /// <summary>
    /// On a page whose circuit starts on the reader's first intent (js/start-blazor.js, data-on-intent): points at
    /// the year control, as a reader does before a change, and waits until the circuit has taken over the page and
    /// its map (no element awaits it) and the map is drawn again. Pages that start it themselves are left as they are.
    /// </summary>
    private static async Task StartCircuitAsync(IPage page, float timeout)
    {
        if (await page.Locator("script[data-on-intent]").CountAsync() == 0)
        {
            return;
        }

        await page.Locator("#aar").HoverAsync(new() { Timeout = timeout });
        await page.WaitForFunctionAsync(
            "() => document.documentElement.dataset.circuit === 'live' && document.querySelector('[data-awaits-circuit]') === null && window.__bench.isReady()",
            null, new() { Timeout = timeout });
    }

    private async Task<IBrowserContext> NewContextAsync(PageTarget target)
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 }, Locale = "nb-NO" });
        var config = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["readyAttribute"] = target.ReadyAttribute,
            ["shapeSelector"] = target.ShapeSelector,
        });
        await context.AddInitScriptAsync(ProbeScript.Replace("__CONFIG__", config, StringComparison.Ordinal));
        return context;
    }

    private static async Task ApplyAsync(ICDPSession session, Throttle throttle)
    {
        await session.SendAsync("Network.emulateNetworkConditions", new()
        {
            ["offline"] = false,
            ["latency"] = throttle.LatencyMs,
            ["downloadThroughput"] = throttle.DownloadBitsPerSecond / 8,
            ["uploadThroughput"] = throttle.UploadBitsPerSecond / 8,
        });
        await session.SendAsync("Emulation.setCPUThrottlingRate", new() { ["rate"] = throttle.CpuSlowdown });
    }

    private static async Task<long> HeapUsedAsync(ICDPSession session)
    {
        await session.SendAsync("HeapProfiler.collectGarbage");
        var usage = await session.SendAsync("Runtime.getHeapUsage")
            ?? throw new InvalidOperationException("Runtime.getHeapUsage returned nothing.");
        return (long)usage.GetProperty("usedSize").GetDouble();
    }

    private static string LoadProbeScript()
    {
        using var stream = typeof(PageProbe).Assembly.GetManifestResourceStream("probe.js")
            ?? throw new InvalidOperationException("probe.js is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
