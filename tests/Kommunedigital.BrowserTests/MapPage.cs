using System.Globalization;
using System.Text.Json;

namespace Kommunedigital.BrowserTests;

/// <summary>What a test waits for and reads on a page with the map (the map page and the embed).</summary>
internal static class MapPage
{
    public static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");

    /// <summary>The map element (the page has one).</summary>
    public static ILocator Map(this IPage page) => page.Locator(".kd-map");

    /// <summary>
    /// Waits until the map has drawn the view the page shows: recoloured (data-ready), its label naming the
    /// page's title (so an earlier view's "ready" does not count), and the given county, selection and shape count;
    /// and until SSB's web fonts, which come after the first frame, have loaded.
    /// </summary>
    public static Task WaitForMapAsync(this IPage page, string? county = null, string? selected = null, int? shapes = null) =>
        page.MainFrame.WaitForMapAsync(county, selected, shapes);

    public static async Task WaitForMapAsync(this IFrame frame, string? county = null, string? selected = null, int? shapes = null)
    {
        try
        {
            await WaitForMapStateAsync(frame, county, selected, shapes);
        }
        catch (TimeoutException ex)
        {
            // Say what the map showed instead, so a failure reads without a trace viewer.
            var state = await frame.EvaluateAsync<string>(
                """
                () => {
                  const map = document.querySelector(".kd-map");
                  const title = document.querySelector("#karttittel, .embed-title");
                  return map === null ? "no map" : JSON.stringify({ ...map.dataset, label: map.getAttribute("aria-label"),
                    fonts: document.querySelector("link[data-web-fonts]")?.media + " " + document.fonts.status,
                    title: title?.textContent, paths: document.querySelectorAll("path[data-kommunenummer]").length, url: location.href });
                }
                """);
            throw new TimeoutException(
                $"The map did not show county={county}, selected={selected}, shapes={shapes}: {state}{PageProblems.Describe(frame.Page)}", ex);
        }
    }

    private static Task WaitForMapStateAsync(IFrame frame, string? county, string? selected, int? shapes) =>
        frame.WaitForFunctionAsync(
            """
            ([county, selected, shapes]) => {
              const map = document.querySelector(".kd-map");
              const title = document.querySelector("#karttittel, .embed-title");
              // A circuit that has started takes over the page (js/start-blazor.js) and then the map: what the test
              // reads is the page after both, not elements on their way out.
              const circuit = document.documentElement.dataset.circuit;
              return map !== null && title !== null
                && circuit !== "starting" && (circuit !== "live" || map.dataset.awaitsCircuit === undefined)
                && map.dataset.ready === "true"
                && [ "Kart: ", "Map: " ].some(prefix => map.getAttribute("aria-label") === prefix + title.textContent.trim())
                && (county === null || map.dataset.county === county)
                && (selected === null || map.dataset.selected === selected)
                && (shapes === null || (map.dataset.shapes === String(shapes)
                    && document.querySelectorAll("path[data-kommunenummer]").length === shapes))
                && webFontsSettled();
              // SSB's fonts come after the first frame (js/web-fonts.js) and change the text's widths, so what a test
              // measures is the page once they are in: the sheet switched on, its faces in the set, none loading.
              function webFontsSettled() {
                const sheet = document.querySelector("link[data-web-fonts]");
                return sheet === null || (sheet.media === "all" && document.fonts.size > 0 && document.fonts.status === "loaded");
              }
            }
            """,
            new object?[] { county, selected, shapes });

    /// <summary>
    /// Waits until the page's circuit has taken over the prerendered page and its map (js/start-blazor.js marks the
    /// document live; the map module drops data-awaits-circuit when the circuit attaches it).
    /// </summary>
    public static Task WaitForCircuitAsync(this IPage page) =>
        page.WaitForFunctionAsync("() => document.documentElement.dataset.circuit === 'live' && document.querySelector('[data-awaits-circuit]') === null");

    /// <summary>
    /// Waits until the page's URL contains <paramref name="part"/> (a control's change has come back through the
    /// circuit's navigation); on a time-out says what the page showed instead: its URL, the checked controls, whether
    /// the map was ready, and the page's script errors and failed requests.
    /// </summary>
    public static async Task WaitForUrlContainingAsync(this IPage page, string part)
    {
        try
        {
            await page.WaitForURLAsync(url => url.Contains(part, StringComparison.Ordinal));
        }
        catch (TimeoutException ex)
        {
            var state = await page.EvaluateAsync<string>(
                """
                () => JSON.stringify({ url: location.href, ready: document.querySelector(".kd-map")?.dataset.ready ?? null,
                  checked: [...document.querySelectorAll("input:checked")].map(i => i.id),
                  reconnect: document.getElementById("components-reconnect-modal")?.className ?? null })
                """);
            throw new TimeoutException($"The URL did not come to contain {part}: {state}{PageProblems.Describe(page)}", ex);
        }
    }

    public static ILocator Shape(this IPage page, string code) => page.Locator($"path[data-kommunenummer='{code}']");

    /// <summary>The computed fill of a municipality's path ("rgb(r, g, b)").</summary>
    public static Task<string> FillAsync(this IPage page, string code) =>
        page.Shape(code).EvaluateAsync<string>("path => getComputedStyle(path).fill");

    /// <summary>
    /// Moves the mouse over a point of the municipality's path that is really on top there (its centre can lie
    /// in a fjord or a neighbour), and returns the tooltip's text lines once it shows the municipality's name.
    /// </summary>
    public static async Task<IReadOnlyList<string>> HoverMunicipalityAsync(this IPage page, string code)
    {
        var point = await page.Shape(code).EvaluateAsync<JsonElement>(
            """
            path => {
              const r = path.getBoundingClientRect();
              const candidates = [[0.5, 0.5]];
              for (let i = 1; i < 16; i++) for (let j = 1; j < 16; j++) candidates.push([i / 16, j / 16]);
              for (const [fx, fy] of candidates) {
                const x = r.left + r.width * fx, y = r.top + r.height * fy;
                if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
                if (document.elementFromPoint(x, y) === path) return { x, y };
              }
              return null;
            }
            """);
        Assert.True(point.ValueKind == JsonValueKind.Object, $"No visible point of municipality {code} to hover.");
        // Off the map first: the previous tooltip fades out (Leaflet removes it 200 ms later) before the next opens.
        await page.Mouse.MoveAsync(0, 0);
        await Assertions.Expect(page.Locator(".leaflet-tooltip")).ToHaveCountAsync(0);
        await page.Mouse.MoveAsync((float)point.GetProperty("x").GetDouble(), (float)point.GetProperty("y").GetDouble(), new MouseMoveOptions { Steps = 2 });
        // The way there can cross another municipality, whose tooltip fades out for 200 ms: the newest comes last.
        var tooltip = page.Locator(".leaflet-tooltip .kd-tooltip").Last;
        await Assertions.Expect(tooltip).ToBeVisibleAsync();
        var lines = await tooltip.Locator(":scope > *").AllTextContentsAsync();
        return lines;
    }

    /// <summary>"54,3" → 54.3 (the page's numbers have a decimal comma).</summary>
    public static double ParseNumber(string text) => double.Parse(text.Trim(), NumberStyles.Float, Norwegian);

    /// <summary>Runs axe-core on the page and returns the serious and critical violations, one line each.</summary>
    public static async Task<IReadOnlyList<string>> SeriousAccessibilityViolationsAsync(this IPage page)
    {
        await BrowserApp.InjectAxeAsync(page);
        var found = await page.EvaluateAsync<string[]>(
            """
            async () => {
              const result = await axe.run(document, { resultTypes: ["violations"] });
              return [String(result.passes.length)].concat(result.violations
                .filter(v => v.impact === "serious" || v.impact === "critical")
                .map(v => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}×: ${v.nodes.slice(0, 5).map(n => n.target.join(" ")).join(", ")})`));
            }
            """);

        // axe really checked the page: dozens of rules pass on any real page.
        Assert.True(int.Parse(found[0], CultureInfo.InvariantCulture) >= 10, $"axe-core passed only {found[0]} rules.");
        return found[1..];
    }
}
