namespace Kommunedigital.BrowserTests;

/// <summary>
/// SSB's fonts (lib/ssb/fonts.css) come after the first frame (js/web-fonts.js), and then the text is drawn in them; a
/// reader without JavaScript gets them from the page's &lt;noscript&gt; copy. Which font draws a heading is what
/// Chromium reports it rendered the heading's glyphs with (DevTools' CSS.getPlatformFontsForNode).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WebFontTests(BrowserApp app)
{
    [Theory]
    [InlineData("?aar=2024", "h1", "Digitalisering i kommunene")]
    [InlineData("embed?aar=2024", "h1", "Digital prioritering 2024")]
    public async Task TheFirstFrameIsDrawnBeforeTheWebFontsAndTheHeadingThenInRobotoCondensed(string url, string heading, string text)
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        // The first frame: an animation-frame callback registered before any page script runs first in it.
        await page.AddInitScriptAsync(
            """
            requestAnimationFrame(() => {
              window.__fontsAtFirstFrame = document.querySelector("link[data-web-fonts]")?.media ?? "no link";
            });
            """);

        await page.GotoAsync(url);
        // The map drawn and the web fonts in (WaitForMapAsync waits for both).
        await page.WaitForMapAsync();

        Assert.Equal("print", await page.EvaluateAsync<string>("() => window.__fontsAtFirstFrame"));
        await Assertions.Expect(page.Locator(heading).First).ToHaveTextAsync(text);
        var fonts = await RenderedFontsAsync(context, page, heading);
        Assert.Equal([("Roboto Condensed", true)], fonts);
    }

    [Fact]
    public async Task WithJavaScriptOffTheHeadingIsDrawnInRobotoCondensed()
    {
        await using var context = await app.NewContextWithoutJavaScriptAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("?aar=2024", new PageGotoOptions { WaitUntil = WaitUntilState.Load });

        Assert.Equal("print", await page.Locator("link[data-web-fonts]").GetAttributeAsync("media"));
        var fonts = await RenderedFontsAsync(context, page, "h1");
        Assert.Equal([("Roboto Condensed", true)], fonts);
    }

    /// <summary>The fonts Chromium drew the first <paramref name="selector"/>'s text with: family and whether it is a web font.</summary>
    private static async Task<List<(string Family, bool WebFont)>> RenderedFontsAsync(IBrowserContext context, IPage page, string selector)
    {
        var session = await context.NewCDPSessionAsync(page);
        await session.SendAsync("DOM.enable");
        await session.SendAsync("CSS.enable");
        var document = await session.SendAsync("DOM.getDocument");
        var root = document!.Value.GetProperty("root").GetProperty("nodeId").GetInt32();
        var node = await session.SendAsync("DOM.querySelector", new Dictionary<string, object> { ["nodeId"] = root, ["selector"] = selector });
        var nodeId = node!.Value.GetProperty("nodeId").GetInt32();
        // The text node inside the heading carries the glyph runs.
        var fonts = await session.SendAsync("CSS.getPlatformFontsForNode", new Dictionary<string, object> { ["nodeId"] = nodeId });
        return fonts!.Value.GetProperty("fonts").EnumerateArray()
            .Select(f => (f.GetProperty("familyName").GetString()!, f.GetProperty("isCustomFont").GetBoolean()))
            .ToList();
    }
}
