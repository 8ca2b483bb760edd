namespace Kommunedigital.BrowserTests;

/// <summary>A phone's 375 px: nothing scrolls sideways and the map is there.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NarrowScreenTests(BrowserApp app)
{
    [Theory]
    [InlineData("?aar=2024")]
    [InlineData("embed?aar=2024")]
    public async Task At375PixelsNothingScrollsSidewaysAndTheMapIsVisible(string path)
    {
        await using var context = await app.NewContextAsync(width: 375, height: 812);
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await page.WaitForMapAsync(shapes: 357);

        Assert.InRange(await page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth"), 0, 375);
        var map = page.Map();
        await Assertions.Expect(map).ToBeInViewportAsync();
        var box = (await map.BoundingBoxAsync())!;
        Assert.InRange(box.X, 0, 375);
        Assert.InRange(box.X + box.Width, 300, 375);
        Assert.True(box.Height >= 300, $"The map is {box.Height} px tall.");
        Assert.True(await page.Locator("path[data-kommunenummer][data-kind='verdi']").First.IsVisibleAsync());
    }
}
