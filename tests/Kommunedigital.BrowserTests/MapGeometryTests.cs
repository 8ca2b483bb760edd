using System.Collections.Concurrent;
using System.Globalization;
using Kommunedigital.Core.Views;

namespace Kommunedigital.BrowserTests;

/// <summary>
/// Where the interactive map's shapes come from (issue 14): the first view's from the server's drawing in the page,
/// another boundary set's from its coarse SVG, the detailed GeoJSON only once the reader zooms in.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MapGeometryTests(BrowserApp app)
{
    [Fact]
    public async Task TheFirstViewRequestsNoGeometryAndShowsEveryShapeInTheModelsColours()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        var requests = Record(page);

        await page.GotoAsync("");
        await page.WaitForMapAsync(shapes: 357);

        // Ready means drawn: a geometry request (a preload, the shapes, or the detail a fit asks for) starts before it.
        Assert.DoesNotContain(requests, u => u.Contains("/kart/grenser/", StringComparison.Ordinal));
        Assert.Equal("coarse", await page.Map().GetAttributeAsync("data-geometry"));
        // The oracle: the default view's model, built here.
        var snapshot = app.Store.Current!;
        var model = ChoroplethModelBuilder.Build(snapshot, MapViewQuery.Default(snapshot));
        Assert.Equal(2024, model.View.Year);
        foreach (var code in (string[])["0301", "4601", "5501"])
        {
            var entry = model.Entries.Single(e => e.Municipality.Code.Value == code);
            Assert.Equal(EntryStatus.Value, entry.Status);
            Assert.Equal(entry.Fill, await page.Shape(code).GetAttributeAsync("fill"));
        }
    }

    [Fact]
    public async Task ZoomingInThreeStepsFetchesTheDetailedGeometryOnceAndKeepsEveryShape()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        var requests = Record(page);
        await page.GotoAsync("?aar=2024");
        await page.WaitForMapAsync(shapes: 357);
        var map = page.Map();
        var osloBefore = await page.Shape("0301").GetAttributeAsync("d");
        var fitted = double.Parse((await map.GetAttributeAsync("data-zoom"))!, CultureInfo.InvariantCulture);

        var zoomIn = page.GetByRole(AriaRole.Button, new() { Name = "Zoom inn", Exact = true });
        for (var step = 1; step <= 3; step++)
        {
            // One step at a time: Leaflet ignores a zoom asked for while it animates the last.
            await zoomIn.ClickAsync();
            await Assertions.Expect(map).ToHaveAttributeAsync("data-zoom", (fitted + (0.5 * step)).ToString(CultureInfo.InvariantCulture));
        }

        await Assertions.Expect(map).ToHaveAttributeAsync("data-geometry", "detailed");
        Assert.Single(requests, u => u.Contains("/kart/grenser/2024/kommuner.geojson", StringComparison.Ordinal));
        await page.WaitForMapAsync(shapes: 357);
        await Assertions.Expect(page.Locator(".kd-map path[data-kommunenummer]")).ToHaveCountAsync(357);
        // The same path element, now with the detailed outline, still in its colour.
        Assert.NotEqual(osloBefore, await page.Shape("0301").GetAttributeAsync("d"));
        var oslo = await page.FillAsync("0301");
        Assert.Matches("^rgb\\(", oslo);
    }

    [Fact]
    public async Task AYearOnOtherBoundariesDrawsThatSetsCoarseShapesFetchedAsTheReaderReachedForTheYear()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        var requests = Record(page);
        await page.GotoAsync("?aar=2024");
        await page.WaitForMapAsync(shapes: 357);
        // A reader who only looks fetches no other boundaries.
        Assert.DoesNotContain(requests, u => u.Contains("/kommuner.svg", StringComparison.Ordinal));

        // Pointing at the year fetches the other two sets' shapes (2024's are the page's own drawing).
        var year = page.GetByRole(AriaRole.Combobox, new() { Name = "År", Exact = true });
        await year.HoverAsync();
        // Read from the page's resource timing, which keeps a response that came before the hover call returned.
        await page.WaitForFunctionAsync("() => performance.getEntriesByType('resource').some(e => e.name.includes('/kart/grenser/2020/kommuner.svg?v='))");
        await year.SelectOptionAsync("2022");
        await page.WaitForMapAsync(shapes: 356);

        Assert.Single(requests, u => u.Contains("/kart/grenser/2020/kommuner.svg?v=", StringComparison.Ordinal));
        Assert.Single(requests, u => u.Contains("/kart/grenser/2018/kommuner.svg?v=", StringComparison.Ordinal));
        Assert.DoesNotContain(requests, u => u.Contains("/kart/grenser/2024/kommuner.svg", StringComparison.Ordinal));
        Assert.DoesNotContain(requests, u => u.Contains(".geojson", StringComparison.Ordinal));
        Assert.Equal("coarse", await page.Map().GetAttributeAsync("data-geometry"));
    }

    [Fact]
    public async Task AYearOnASetMadeAheadShowsThatYearsModelColoursAndSoDoesTheYearBeforeAgain()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("?aar=2024");
        await page.WaitForMapAsync(shapes: 357);
        var map = page.Map();

        // Reaching for the year makes the other two sets' layers in idle time, held out of the document.
        await page.GetByRole(AriaRole.Combobox, new() { Name = "År", Exact = true }).HoverAsync();
        await Assertions.Expect(map).ToHaveAttributeAsync("data-made-ahead", "2018 2020");
        await Assertions.Expect(page.Locator(".kd-map path.leaflet-interactive")).ToHaveCountAsync(357);

        var year = page.GetByRole(AriaRole.Combobox, new() { Name = "År", Exact = true });
        await year.SelectOptionAsync("2022");
        await page.WaitForMapAsync(shapes: 356);
        await AssertShowsModelAsync(page, 2022, municipalities: 356);
        // The set it left is made ahead again for the way back.
        await Assertions.Expect(map).ToHaveAttributeAsync("data-made-ahead", "2018 2024");

        await year.SelectOptionAsync("2024");
        await page.WaitForMapAsync(shapes: 357);
        await AssertShowsModelAsync(page, 2024, municipalities: 357);
    }

    [Fact]
    public async Task AfterACountysFitTheShapesOutsideItAreDrawnOnceTheMapComesToThem()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("?aar=2024");
        await page.WaitForMapAsync(shapes: 357);
        var map = page.Map();
        const string empty = "M0 0"; // what Leaflet writes for a path with nothing in the drawn area
        var country = double.Parse((await map.GetAttributeAsync("data-zoom"))!, CultureInfo.InvariantCulture);

        await page.GetByRole(AriaRole.Combobox, new() { Name = "Fylke", Exact = true }).SelectOptionAsync("03");
        await page.WaitForMapAsync(county: "03");
        // Oslo fills the map; Bergen and Vadsø are far outside the drawn area.
        Assert.NotEqual(empty, await page.Shape("0301").GetAttributeAsync("d"));
        Assert.Equal(empty, await page.Shape("4601").GetAttributeAsync("d"));
        Assert.Equal(empty, await page.Shape("5607").GetAttributeAsync("d"));

        // Zooming out with the map's button (Leaflet's animated zoom, not a fit) until Bergen is in view.
        var zoomOut = page.GetByRole(AriaRole.Button, new() { Name = "Zoom ut", Exact = true });
        var zoom = double.Parse((await map.GetAttributeAsync("data-zoom"))!, CultureInfo.InvariantCulture);
        Assert.True(zoom >= country + 3, $"Oslo's fit at zoom {zoom}, the country's {country}");
        while (zoom > country + 1)
        {
            await zoomOut.ClickAsync();
            zoom -= 0.5;
            await Assertions.Expect(map).ToHaveAttributeAsync("data-zoom", zoom.ToString(CultureInfo.InvariantCulture));
        }
        await Assertions.Expect(page.Shape("4601")).Not.ToHaveAttributeAsync("d", empty);

        // The whole country again: every municipality drawn.
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Fylke", Exact = true }).SelectOptionAsync("");
        await page.WaitForMapAsync(shapes: 357);
        var paths = await page.Locator("path[data-kommunenummer]").EvaluateAllAsync<string[]>("paths => paths.map(p => p.getAttribute('d'))");
        Assert.Equal(357, paths.Length);
        Assert.DoesNotContain(empty, paths);
    }

    /// <summary>
    /// Every path on the map is one municipality of the year's structure, once, out of the tab order, and each with a
    /// value has its class colour from the year's model, built here.
    /// </summary>
    private async Task AssertShowsModelAsync(IPage page, int year, int municipalities)
    {
        var snapshot = app.Store.Current!;
        var model = ChoroplethModelBuilder.Build(snapshot, MapViewQuery.Default(snapshot) with { Year = year });
        Assert.Equal(municipalities, model.Entries.Count);
        var drawn = await page.EvaluateAsync<string[][]>(
            "() => [...document.querySelectorAll('.kd-map path.leaflet-interactive')].map(p => [p.getAttribute('data-kommunenummer') ?? '', p.getAttribute('fill') ?? '', p.getAttribute('tabindex') ?? ''])");
        Assert.Equal(model.Entries.Select(e => e.Municipality.Code.Value).Order(StringComparer.Ordinal), drawn.Select(d => d[0]).Order(StringComparer.Ordinal));
        Assert.All(drawn, d => Assert.Equal("-1", d[2]));
        var fills = drawn.ToDictionary(d => d[0], d => d[1]);
        var withValues = model.Entries.Where(e => e.Status == EntryStatus.Value).ToList();
        Assert.True(withValues.Count > 300, $"{withValues.Count} municipalities with a value in {year}");
        Assert.All(withValues, e => Assert.Equal(e.Fill, fills[e.Municipality.Code.Value]));
    }

    /// <summary>Every request the page makes, by URL, as it makes them.</summary>
    private static ConcurrentQueue<string> Record(IPage page)
    {
        var requests = new ConcurrentQueue<string>();
        page.Request += (_, request) => requests.Enqueue(request.Url);
        return requests;
    }
}
