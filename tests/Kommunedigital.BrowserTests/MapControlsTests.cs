using System.Globalization;

namespace Kommunedigital.BrowserTests;

/// <summary>The map's own buttons (zoom, reset, full screen) work from the keyboard alone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MapControlsTests(BrowserApp app)
{
    [Fact]
    public async Task EveryMapControlWorksByKeyboard()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("?aar=2024&fylke=46");
        await page.WaitForMapAsync(county: "46", shapes: 357);
        var map = page.Map();
        var fitted = double.Parse((await map.GetAttributeAsync("data-zoom"))!, CultureInfo.InvariantCulture);

        await map.FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(Button(page, "Zoom inn")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(map).ToHaveAttributeAsync("data-zoom", Zoom(fitted + 0.5));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(map).ToHaveAttributeAsync("data-zoom", Zoom(fitted + 1));

        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(Button(page, "Zoom ut")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(map).ToHaveAttributeAsync("data-zoom", Zoom(fitted + 0.5));

        // Tilbakestill fits the chosen county again.
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(Button(page, "Tilbakestill")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(map).ToHaveAttributeAsync("data-zoom", Zoom(fitted));

        await page.Keyboard.PressAsync("Tab");
        var fullscreen = Button(page, "Fullskjerm");
        await Assertions.Expect(fullscreen).ToBeFocusedAsync();
        await Assertions.Expect(fullscreen).ToHaveAttributeAsync("aria-pressed", "false");
        await page.Keyboard.PressAsync("Enter");
        var exit = Button(page, "Avslutt fullskjerm");
        await Assertions.Expect(exit).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(exit).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(fullscreen).ToHaveAttributeAsync("aria-pressed", "false");
        await Assertions.Expect(fullscreen).ToBeFocusedAsync();
    }

    private static ILocator Button(IPage page, string name) =>
        page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    // Leaflet's zoom as the data-zoom attribute writes it (String(number) in JS).
    private static string Zoom(double zoom) => zoom.ToString(CultureInfo.InvariantCulture);
}
