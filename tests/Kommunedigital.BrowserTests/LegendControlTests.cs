using System.Globalization;

namespace Kommunedigital.BrowserTests;

/// <summary>The legend as a control: pointing at, focusing and pressing a class highlights its municipalities.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LegendControlTests(BrowserApp app)
{
    [Fact]
    public async Task HoveringTheSecondClassDimsEveryOtherShapeAndHighlightsAsManyAsItsCount()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("?aar=2024&indikator=kompetanse");
        await page.WaitForMapAsync(shapes: 357);
        var rows = await LegendRow.ReadAsync(page);
        var second = page.Locator(".legend-item[data-legend-key]").Nth(1);

        await second.HoverAsync();

        await Assertions.Expect(page.Map()).ToHaveAttributeAsync("data-emphasised", rows[1].Municipalities.ToString(CultureInfo.InvariantCulture));
        var opacities = await OpacitiesAsync(page);
        Assert.Equal(rows[1].Municipalities, opacities.Count(o => o == 1));
        Assert.Equal(357 - rows[1].Municipalities, opacities.Count(o => o < 0.5));
        // The highlighted shapes are the ones the legend counts: their fill is the class's colour.
        var fills = await page.Locator("path.kd-emphasised").EvaluateAllAsync<string[]>("paths => paths.map(p => getComputedStyle(p).fill)");
        Assert.All(fills, fill => Assert.Equal(rows[1].Colour, fill));
        await Assertions.Expect(second.Locator(".legend-count")).ToHaveTextAsync(rows[1].Count);

        await page.Mouse.MoveAsync(0, 0);
        await Assertions.Expect(page.Map()).ToHaveAttributeAsync("data-emphasised", "");
        Assert.All(await OpacitiesAsync(page), o => Assert.Equal(1, o));
    }

    [Fact]
    public async Task PressingClassesByKeyboardKeepsThemHighlightedTogetherUntilPressedAgain()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("?aar=2024&indikator=kompetanse&fylke=46");
        await page.WaitForMapAsync(county: "46", shapes: 357);
        var rows = await LegendRow.ReadAsync(page);
        var items = page.Locator(".legend-item[data-legend-key]");

        await items.Nth(0).FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(items.Nth(0)).ToHaveAttributeAsync("aria-pressed", "true");
        await items.Nth(rows.Count - 1).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(items.Nth(rows.Count - 1)).ToHaveAttributeAsync("aria-pressed", "true");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Fylke", Exact = true }).FocusAsync();

        var both = rows[0].Municipalities + rows[^1].Municipalities;
        await Assertions.Expect(page.Map()).ToHaveAttributeAsync("data-emphasised", both.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(both, (await OpacitiesAsync(page)).Count(o => o == 1));

        await items.Nth(0).ClickAsync();
        await items.Nth(rows.Count - 1).ClickAsync();
        await page.Mouse.MoveAsync(0, 0);
        await Assertions.Expect(items.Nth(0)).ToHaveAttributeAsync("aria-pressed", "false");
        await Assertions.Expect(page.Map()).ToHaveAttributeAsync("data-emphasised", "");
    }

    [Fact]
    public async Task InAChangeViewPointingAtNotComparableHighlightsTheMunicipalitiesItCounts()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("?endring=2018-2022&indikator=kompetanse");
        await page.WaitForMapAsync(shapes: 356);
        var row = page.Locator(".legend-classes li[data-status='ikke-sammenlignbar'] .legend-item");
        var count = int.Parse((await row.Locator(".legend-count").TextContentAsync())!.Split(' ')[0], CultureInfo.InvariantCulture);

        await row.HoverAsync();

        await Assertions.Expect(page.Map()).ToHaveAttributeAsync("data-emphasised", count.ToString(CultureInfo.InvariantCulture));
        Assert.All(
            await page.Locator("path.kd-emphasised").EvaluateAllAsync<string[]>("paths => paths.map(p => p.dataset.kind)"),
            kind => Assert.Equal("ikke-sammenlignbar", kind));
    }

    private static Task<double[]> OpacitiesAsync(IPage page) =>
        page.Locator("path[data-kommunenummer]").EvaluateAllAsync<double[]>("paths => paths.map(p => Number(getComputedStyle(p).opacity))");
}
