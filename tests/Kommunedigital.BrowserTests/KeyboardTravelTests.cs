using System.Text.RegularExpressions;

namespace Kommunedigital.BrowserTests;

/// <summary>Travelling the map by keyboard: one tab stop, arrows to neighbours, Home/End, Enter, Escape.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardTravelTests(BrowserApp app)
{
    private const string View = "aar=2024&indikator=kompetanse";

    [Fact]
    public async Task AnArrowFromBergenReachesSamnangerAndTheLiveRegionReadsItsValueRankAndCountyMedian()
    {
        await using var context = await app.NewContextAsync();
        var oracle = await TableAsync(context, $"tabell?{View}&fylke=46");
        var page = await context.NewPageAsync();
        await page.GotoAsync($"?{View}&kommune=4601");
        await page.WaitForMapAsync(selected: "4601", shapes: 357);

        await page.Map().FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(page.Map()).ToHaveAttributeAsync("data-focused", "4601");
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(page.Map()).ToHaveAttributeAsync("data-focused", "4623");

        var samnanger = oracle.Single(r => r.Code == "4623");
        await Assertions.Expect(page.Locator(".kd-map-live")).ToHaveTextAsync(
            $"Samnanger, Vestland: {samnanger.Value}, {samnanger.Rank}, fylkesmedian {Median(oracle)}");
        // The two-tone ring: white under black, around the municipality in focus.
        Assert.Equal(
            ["rgb(255, 255, 255)", "rgb(0, 0, 0)"],
            await page.Locator("path.kd-focus-ring").EvaluateAllAsync<string[]>("paths => paths.map(p => getComputedStyle(p).stroke)"));
        await Assertions.Expect(page.Map()).ToBeFocusedAsync();
    }

    [Fact]
    public async Task HomeAndEndGoToTheHighestAndLowestValueAndEnterOpensTheDetailsAndEscapeLeaves()
    {
        await using var context = await app.NewContextAsync();
        var oracle = await TableAsync(context, $"tabell?{View}&fylke=18");
        var page = await context.NewPageAsync();
        await page.GotoAsync($"?{View}&fylke=18");
        await page.WaitForMapAsync(county: "18", shapes: 357);
        // Ties read the same: the first name in Norwegian order, as the summary names them.
        var names = StringComparer.Create(MapPage.Norwegian, false);
        var withValues = oracle.Where(r => r.Number is not null).ToList();
        var highest = withValues.Where(r => r.Value == withValues.MaxBy(v => v.Number)!.Value).OrderBy(r => r.Name, names).First();
        var lowest = withValues.Where(r => r.Value == withValues.MinBy(v => v.Number)!.Value).OrderBy(r => r.Name, names).First();

        await page.Map().FocusAsync();
        await page.Keyboard.PressAsync("Home");
        await Assertions.Expect(page.Map()).ToHaveAttributeAsync("data-focused", highest.Code);
        await Assertions.Expect(page.Locator(".kd-map-live")).ToContainTextAsync($"{highest.Name}, Nordland: {highest.Value}, {highest.Rank}");
        await page.Keyboard.PressAsync("End");
        await Assertions.Expect(page.Map()).ToHaveAttributeAsync("data-focused", lowest.Code);

        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"[?&]kommune={lowest.Code}(&|$)"));
        await page.WaitForMapAsync(county: "18", selected: lowest.Code);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = lowest.Name, Exact = true, Level = 2 })).ToBeVisibleAsync();

        await page.Map().FocusAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Map()).Not.ToHaveAttributeAsync("data-focused", new Regex("."));
        await Assertions.Expect(page.Locator("path.kd-focus-ring")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task TheMapIsOneTabStopAndArrowsDoNotPanIt()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"?{View}&kommune=0301");
        await page.WaitForMapAsync(selected: "0301", shapes: 357);
        var map = page.Map();

        await map.FocusAsync();
        var before = await CentreAsync(page);
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowLeft");
        await Assertions.Expect(map).ToHaveAttributeAsync("data-focused", new Regex("^\\d{4}$"));
        Assert.Equal(0, await page.Locator("path[data-kommunenummer][tabindex='0']").CountAsync());
        // Oslo's neighbours are in view at the country's zoom: no step needed to pan.
        Assert.Equal(before, await CentreAsync(page));

        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Zoom inn", Exact = true })).ToBeFocusedAsync();
    }

    [Fact]
    public async Task TheStaticEmbedTravelsTooAndEnterOutlinesTheMunicipalityAndShowsItsTooltip()
    {
        await using var context = await app.NewContextAsync(800, 700);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"embed?{View}&kommune=4601");
        await page.WaitForMapAsync(selected: "4601", shapes: 357);

        await page.Map().FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(page.Map()).ToHaveAttributeAsync("data-focused", "4623");
        await Assertions.Expect(page.Locator(".kd-map-live")).ToContainTextAsync("Samnanger, Vestland: ");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("path[data-valgt='true']")).ToHaveAttributeAsync("data-kommunenummer", "4623");
        // Bergen's tooltip fades out (Leaflet removes it 200 ms after closing): then only Samnanger's is left.
        await Assertions.Expect(page.Locator(".leaflet-tooltip .kd-tooltip strong")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".leaflet-tooltip .kd-tooltip strong")).ToHaveTextAsync("Samnanger");
    }

    private static Task<string> CentreAsync(IPage page) =>
        page.Locator(".leaflet-map-pane").EvaluateAsync<string>("pane => pane.style.transform");

    /// <summary>The table of a view as the reader sees it: number, name, value text, rank text.</summary>
    internal static async Task<IReadOnlyList<TableRow>> TableAsync(IBrowserContext context, string path)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToBeVisibleAsync();
        var rows = await page.Locator("tbody tr").EvaluateAllAsync<string[][]>(
            "rows => rows.map(r => [r.id.replace('kommune-', ''), ...[...r.children].map(c => c.textContent.trim())])");
        await page.CloseAsync();
        return rows.Select(r => new TableRow(r[0], r[2], r[4], r[5])).ToList();
    }

    /// <summary>The median of the rows' numbers, as the page writes a score; the views used have an odd count, so it is one of them.</summary>
    internal static string Median(IReadOnlyList<TableRow> rows)
    {
        var values = rows.Where(r => r.Number is not null).OrderBy(r => r.Number).ToList();
        Assert.True(values.Count % 2 == 1, "The oracle needs an odd count of values.");
        return values[values.Count / 2].Value;
    }

    internal sealed record TableRow(string Code, string Name, string Value, string Rank)
    {
        public double? Number => double.TryParse(Value, System.Globalization.NumberStyles.Float, MapPage.Norwegian, out var v) ? v : null;
    }
}
