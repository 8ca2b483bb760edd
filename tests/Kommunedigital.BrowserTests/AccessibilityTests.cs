namespace Kommunedigital.BrowserTests;

/// <summary>axe-core (from npm) finds no serious or critical violation on the three pages.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserApp app)
{
    [Theory]
    [InlineData("?aar=2024")]
    [InlineData("?aar=2024&fylke=46&kommune=4601")]
    [InlineData("embed?aar=2024")]
    public async Task AxeFindsNoSeriousViolationOnTheMapAndTheEmbed(string path)
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await page.WaitForMapAsync(shapes: 357);

        Assert.Empty(await page.SeriousAccessibilityViolationsAsync());
    }

    [Fact]
    public async Task AxeFindsNoSeriousViolationOnTheTable()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("tabell?aar=2024&fylke=46&kommune=4601");
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row)).ToHaveCountAsync(44);

        // Check the page as it settles, not mid-way: when the circuit takes over the prerendered page, the head's
        // title is re-rendered in a batch of its own.
        await Assertions.Expect(page.Locator("[data-interactive=true]")).ToHaveCountAsync(1);
        await page.WaitForFunctionAsync("() => document.title.length > 0");

        Assert.Empty(await page.SeriousAccessibilityViolationsAsync());
    }
}
