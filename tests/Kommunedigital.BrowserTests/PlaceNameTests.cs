using System.Globalization;
using System.Text.Json;

namespace Kommunedigital.BrowserTests;

/// <summary>Names on the map: the selected municipality's always, the larger ones' when zoomed in, never overlapping.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PlaceNameTests(BrowserApp app)
{
    private static ILocator Label(IPage page, string code) => page.Locator($".kd-label-text[data-kommunenummer='{code}']");

    [Fact]
    public async Task AtTheCountrysZoomOnlyTheSelectedMunicipalityIsNamed()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        // The whole country as the extent: a selection alone would zoom in to it and its neighbours.
        await page.GotoAsync("?aar=2024&kommune=4601&utsnitt=4,57.5,31.5,71.5");
        await page.WaitForMapAsync(selected: "4601", shapes: 357);

        Assert.True(Zoom(await page.Map().GetAttributeAsync("data-zoom")) < 7);
        await Assertions.Expect(Label(page, "4601")).ToHaveTextAsync("Bergen");
        await Assertions.Expect(Label(page, "4601")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".kd-label-text")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task ZoomedInOnBergenItsNameShowsAmongOthersThatDoNotOverlap()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("?aar=2024&fylke=46");
        await page.WaitForMapAsync(county: "46", shapes: 357);
        var map = page.Map();
        await map.ClickAsync(new() { Position = new() { X = 5, Y = 5 } }); // the sea in the corner: focus, the wheel works
        // The press started the circuit (js/start-blazor.js): the wheel turns on the page it has taken over, not during
        // the hand-over, which a wheel notch may fall into.
        await page.WaitForCircuitAsync();

        // The wheel over Bergen, as a reader zooms in on it, until zoom 8.
        while (Zoom(await map.GetAttributeAsync("data-zoom")) < 8)
        {
            var before = await map.GetAttributeAsync("data-zoom");
            var point = await VisiblePointAsync(page, "4601");
            await page.Mouse.MoveAsync(point.X, point.Y);
            await page.Mouse.WheelAsync(0, -240);
            await Assertions.Expect(map).Not.ToHaveAttributeAsync("data-zoom", before!);
        }

        await Assertions.Expect(Label(page, "4601")).ToBeVisibleAsync();
        await Assertions.Expect(Label(page, "4601")).ToHaveTextAsync("Bergen");
        var boxes = await page.Locator(".kd-label-text").EvaluateAllAsync<JsonElement>(
            "labels => labels.map(l => { const r = l.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })");
        var rects = boxes.EnumerateArray().Select(b => b.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToList();
        Assert.True(rects.Count > 1, "More than the one name is shown at zoom 8.");
        for (var i = 0; i < rects.Count; i++)
        {
            for (var j = i + 1; j < rects.Count; j++)
            {
                var (a, b) = (rects[i], rects[j]);
                Assert.False(a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3], $"Labels {i} and {j} overlap.");
            }
        }
    }

    private static double Zoom(string? text) => double.Parse(text!, CultureInfo.InvariantCulture);

    /// <summary>A point of the municipality's path that is on top there (its centre can lie in a fjord or a neighbour).</summary>
    internal static async Task<(float X, float Y)> VisiblePointAsync(IPage page, string code)
    {
        var point = await page.Shape(code).EvaluateAsync<JsonElement>(
            """
            path => {
              const r = path.getBoundingClientRect();
              for (let i = 1; i < 16; i++) for (let j = 1; j < 16; j++) {
                const x = r.left + r.width * i / 16, y = r.top + r.height * j / 16;
                if (x > 0 && y > 0 && x < innerWidth && y < innerHeight && document.elementFromPoint(x, y) === path) return { x, y };
              }
              return null;
            }
            """);
        Assert.True(point.ValueKind == JsonValueKind.Object, $"No visible point of {code}.");
        return ((float)point.GetProperty("x").GetDouble(), (float)point.GetProperty("y").GetDouble());
    }
}
