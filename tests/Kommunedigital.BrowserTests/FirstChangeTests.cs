using System.Text.RegularExpressions;

namespace Kommunedigital.BrowserTests;

/// <summary>
/// A reader's first change, made while the page is still the prerendered HTML (the circuit has not yet rendered over
/// it), is kept: the map and the URL show the indicator chosen, and the radio stays checked. Nothing here waits on a
/// clock: the circuit's messages to the browser are held back until the reader has chosen, so the change always lands
/// before the circuit's first render, as it does for a reader on a slow line or a loaded server.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FirstChangeTests(BrowserApp app)
{
    [Fact]
    public async Task AnIndicatorChosenBeforeTheCircuitHasRenderedIsKept()
    {
        await using var context = await app.NewContextAsync();
        var (page, circuit) = await context.OpenWithTheCircuitHeldAsync();
        using var _ = circuit;

        await page.GotoAsync("?aar=2024&fylke=46");
        // The map works before the circuit: drawn by the map module from the page, with no connection open.
        await page.WaitForMapAsync(county: "46");
        Assert.False(circuit.Connected.IsCompleted);
        // Pointing at a control starts the circuit (js/start-blazor.js); nothing the server sends reaches the page yet.
        await page.Locator("#indikator-kompetanse").HoverAsync();
        await circuit.Connected.WaitAsync(TimeSpan.FromSeconds(20));
        await Assertions.Expect(page.Locator("#indikator-prioritering")).ToBeCheckedAsync();
        await page.Locator("#indikator-kompetanse").CheckAsync();
        circuit.Release();

        await page.WaitForUrlContainingAsync("indikator=kompetanse");
        await page.WaitForMapAsync(county: "46");
        await Assertions.Expect(page.Locator("#karttittel")).ToHaveTextAsync("Digital kompetanse 2024 – Vestland");
        await Assertions.Expect(page.Locator("#indikator-kompetanse")).ToBeCheckedAsync();
        Assert.Contains("indikator=kompetanse", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDownloadMenuOpenedBeforeTheCircuitHasRenderedStaysOpen()
    {
        await using var context = await app.NewContextAsync();
        var (page, circuit) = await context.OpenWithTheCircuitHeldAsync();
        using var _ = circuit;

        await page.GotoAsync("?aar=2024");
        await page.WaitForMapAsync(shapes: 357);
        await page.GetByText("Last ned", new() { Exact = true }).ClickAsync();
        await circuit.Connected.WaitAsync(TimeSpan.FromSeconds(20));
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Alle år og kommuner (CSV)", Exact = true })).ToBeVisibleAsync();
        circuit.Release();

        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Alle år og kommuner (CSV)", Exact = true })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task TheMapAnswersAPointerWithoutACircuitAndAMunicipalityClickedBeforeItIsSelected()
    {
        await using var context = await app.NewContextAsync();
        var (page, circuit) = await context.OpenWithTheCircuitHeldAsync();
        using var _ = circuit;

        await page.GotoAsync("?aar=2024");
        await page.WaitForMapAsync(shapes: 357);
        // The tooltip of the map module's own map, while no circuit has rendered (its messages are held, if the
        // pointer's way to the map crossed a control and started it).
        var tooltip = await page.HoverMunicipalityAsync("0301");
        Assert.Equal("Oslo", tooltip[0]);
        Assert.Equal("Digital prioritering: 46,6", tooltip[2]);
        Assert.NotEqual("live", await page.EvaluateAsync<string?>("() => document.documentElement.dataset.circuit ?? null"));

        // The click starts the circuit, and the page selects Oslo once it is there.
        await page.Mouse.DownAsync();
        await page.Mouse.UpAsync();
        await circuit.Connected.WaitAsync(TimeSpan.FromSeconds(20));
        circuit.Release();
        await page.WaitForMapAsync(selected: "0301");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Oslo", Exact = true, Level = 2 })).ToBeVisibleAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("[?&]kommune=0301(&|$)"));
    }
}
