using System.Globalization;

namespace Kommunedigital.BrowserTests;

/// <summary>The choropleth on the map page: shapes per year, class colours, county filter.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MapPageTests(BrowserApp app)
{
    [Fact]
    public async Task DrawsOneShapePerMunicipalityOfTheChosenYear()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("?aar=2018");
        await page.WaitForMapAsync(shapes: 422);

        var year = page.GetByRole(AriaRole.Combobox, new() { Name = "År", Exact = true });
        await year.SelectOptionAsync("2022");
        await page.WaitForMapAsync(shapes: 356);
        Assert.Contains("aar=2022", page.Url, StringComparison.Ordinal);

        await year.SelectOptionAsync("2024");
        await page.WaitForMapAsync(shapes: 357);
        Assert.Contains("aar=2024", page.Url, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0301", "Oslo")]
    [InlineData("4601", "Bergen")]
    [InlineData("5001", "Trondheim - Tråante")]
    public async Task FillsAMunicipalityWithTheLegendColourOfTheClassItsValueFallsIn(string code, string name)
    {
        await using var context = await app.NewContextAsync();
        var table = await context.NewPageAsync();
        await table.GotoAsync("tabell?aar=2024");
        var row = await table.RowAsync(code);
        Assert.Equal(name, row["Kommune"]);
        var value = MapPage.ParseNumber(row["Verdi"]);

        var page = await context.NewPageAsync();
        await page.GotoAsync("?aar=2024");
        await page.WaitForMapAsync(shapes: 357);
        var legend = await LegendRow.ReadAsync(page);
        Assert.Equal(5, legend.Count);

        // The legend shows one decimal, like the value: a value on a shown break may belong to either side.
        var classes = legend.Where(c => c.Lower <= value && value <= c.Upper).ToList();
        Assert.InRange(classes.Count, 1, 2);
        Assert.Equal("verdi", await page.Shape(code).GetAttributeAsync("data-kind"));
        Assert.Contains(await page.FillAsync(code), classes.Select(c => c.Colour));
    }

    [Fact]
    public async Task ChoosingVestlandLeavesOnlyItsMunicipalitiesInColourAndZoomsToIt()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("?aar=2024");
        await page.WaitForMapAsync(shapes: 357);
        var countryZoom = double.Parse((await page.Map().GetAttributeAsync("data-zoom"))!, CultureInfo.InvariantCulture);

        await page.GetByRole(AriaRole.Combobox, new() { Name = "Fylke", Exact = true }).SelectOptionAsync("46");
        await page.WaitForMapAsync(county: "46");

        var shapes = (await page.Locator("path[data-kommunenummer]").EvaluateAllAsync<string[][]>(
            "paths => paths.map(p => [p.dataset.kommunenummer, p.dataset.kind, getComputedStyle(p).fill])"))
            .Select(s => new Shape(s[0], s[1], s[2]))
            .ToList();
        Assert.Equal(357, shapes.Count);

        // Outside the county is the grey of the legend's "Utenfor valgt fylke" swatch.
        var outsideGrey = await page.Locator(".legend-classes li", new() { HasText = "Utenfor valgt fylke" }).Locator(".swatch")
            .EvaluateAsync<string>("swatch => getComputedStyle(swatch).backgroundColor");
        var inside = shapes.Where(s => s.Code.StartsWith("46", StringComparison.Ordinal)).ToList();
        Assert.Equal(43, inside.Count);
        Assert.All(inside, s => Assert.Contains(s.Kind, new[] { "verdi", "ssb-symbol", "ikke-oppgitt", "ikke-med" }));
        Assert.All(inside.Where(s => s.Kind == "verdi"), s => Assert.NotEqual(outsideGrey, s.Fill));
        Assert.All(shapes.Except(inside), s =>
        {
            Assert.Equal("utenfor", s.Kind);
            Assert.Equal(outsideGrey, s.Fill);
        });

        // The legend counts Vestland's 43 municipalities, and the map has zoomed in to the county.
        var counts = await page.Locator(".legend-classes .legend-count").AllTextContentsAsync();
        Assert.Equal(43, counts.Sum(c => int.Parse(c.Split(' ')[0], CultureInfo.InvariantCulture)));
        Assert.Contains("fylke=46", page.Url, StringComparison.Ordinal);
        var countyZoom = double.Parse((await page.Map().GetAttributeAsync("data-zoom"))!, CultureInfo.InvariantCulture);
        Assert.True(countyZoom > countryZoom, $"Zoom {countyZoom} after choosing Vestland, {countryZoom} for the whole country.");

        // The shapes are drawn for the new zoom (the renderer draws each path once per jump, js/map/renderer.js):
        // Vestland's 43 lie inside the map and span most of its width or height, not the few pixels they had.
        var spread = await page.EvaluateAsync<double[]>(
            """
            () => {
              const map = document.querySelector(".kd-map").getBoundingClientRect();
              const boxes = [...document.querySelectorAll("path[data-kommunenummer^='46']")].map(p => p.getBoundingClientRect());
              const left = Math.min(...boxes.map(b => b.left)), right = Math.max(...boxes.map(b => b.right));
              const top = Math.min(...boxes.map(b => b.top)), bottom = Math.max(...boxes.map(b => b.bottom));
              return [left - map.left, map.right - right, top - map.top, map.bottom - bottom,
                Math.max((right - left) / map.width, (bottom - top) / map.height)];
            }
            """);
        Assert.All(spread[..4], margin => Assert.True(margin >= -1, $"Vestland reaches {-margin:0} px past the map's edge."));
        Assert.True(spread[4] >= 0.6, $"Vestland spans {spread[4]:P0} of the map.");
    }

    private sealed record Shape(string Code, string Kind, string Fill);
}
