using System.Text.RegularExpressions;

namespace Kommunedigital.BrowserTests;

/// <summary>The map drawn into the first HTML: visible without JavaScript, and the interactive map takes over in its colours.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class FirstPaintTests(BrowserApp app)
{
    [Theory]
    [InlineData("?aar=2024", 357)]
    [InlineData("embed?aar=2022", 356)]
    public async Task AfterHydrationTheInteractiveMapShowsTheColoursTheFirstPaintShowed(string url, int shapes)
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        // Before every frame from the first paint on: a frame with neither the server's paths nor Leaflet's is a blank map.
        await page.AddInitScriptAsync(
            """
            window.__blankFrames = 0;
            let seen = false;
            const check = () => {
              const shown = document.querySelectorAll("[data-first-paint] path, .kd-map path[data-kommunenummer]").length;
              seen ||= shown > 0;
              if (seen && shown === 0) {
                window.__blankFrames++;
              }
              requestAnimationFrame(check);
            };
            requestAnimationFrame(check);
            """);

        var response = await page.GotoAsync(url);
        var firstPaint = FirstPaintFills(await response!.TextAsync());
        await page.WaitForMapAsync(shapes: shapes);

        Assert.Equal(shapes, firstPaint.Count);
        // Leaflet's paths: the fill attribute it set and the kind of missing the module marked.
        var drawn = await page.EvaluateAsync<Dictionary<string, string>>(
            """
            () => Object.fromEntries([...document.querySelectorAll(".kd-map path[data-kommunenummer]")]
              .map(p => [p.dataset.kommunenummer, p.getAttribute("fill").startsWith("url(") ? "hatch:" + p.dataset.kind : p.getAttribute("fill")]))
            """);
        Assert.Equal(firstPaint.Count, drawn.Count);
        foreach (var (code, fill) in firstPaint)
        {
            Assert.Equal(fill, drawn[code]);
        }

        Assert.Equal(0, await page.EvaluateAsync<int>("() => window.__blankFrames"));

        // Taken over: the server's drawing is gone, its place marked done.
        await Assertions.Expect(page.Locator("[data-first-paint] path")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-first-paint]")).ToHaveAttributeAsync("data-first-paint", "done");
    }

    [Theory]
    [InlineData("?aar=2024", 357)]
    [InlineData("embed?aar=2022", 356)]
    public async Task WithJavaScriptOffTheMapIsVisibleWithEveryShape(string url, int shapes)
    {
        await using var context = await app.NewContextWithoutJavaScriptAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(url);

        var map = page.Locator($"svg[data-map-shapes='{shapes}']");
        await Assertions.Expect(map).ToBeVisibleAsync();
        await Assertions.Expect(map.Locator("path")).ToHaveCountAsync(shapes);
        var box = await map.BoundingBoxAsync();
        Assert.True(box is { Width: > 200, Height: > 200 }, $"The map is {box?.Width}×{box?.Height} px.");
        // Oslo is painted in a colour, not left blank or black.
        var oslo = await map.Locator("path[data-kode='0301']").EvaluateAsync<string>("p => getComputedStyle(p).fill");
        Assert.Matches("^rgb\\(", oslo);
        Assert.NotEqual("rgb(0, 0, 0)", oslo);
    }

    /// <summary>By code, the first paint's fill; a hatch as "hatch:" and its kind, as the map module names kinds.</summary>
    private static Dictionary<string, string> FirstPaintFills(string html) =>
        FirstPaintPath().Matches(html).ToDictionary(
            m => m.Groups["code"].Value,
            m => m.Groups["fill"].Value is var fill && fill.StartsWith("url(#kd-first-", StringComparison.Ordinal)
                ? "hatch:" + fill["url(#kd-first-".Length..^1]
                : fill,
            StringComparer.Ordinal);

    [GeneratedRegex("<path data-kode=\"(?<code>\\d{4})\" fill=\"(?<fill>[^\"]+)\"")]
    private static partial Regex FirstPaintPath();
}
