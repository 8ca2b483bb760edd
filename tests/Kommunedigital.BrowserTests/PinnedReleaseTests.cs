namespace Kommunedigital.BrowserTests;

/// <summary>
/// A link pinned to an older release (<c>versjon=1</c>) as a reader meets it: the shared link keeps the pin and opens
/// release 1's numbers, the embed code offers the latest numbers or this release, and the latest is one link away.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PinnedReleaseTests(BrowserApp browser, ReleasedApp released) : IClassFixture<ReleasedApp>
{
    [Fact]
    public async Task APinnedShareLinkOpensThePinnedNumbersAndTheEmbedCodeOffersLatestOrThisVersion()
    {
        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("?indikator=kompetanse&aar=2024&versjon=1");
        await page.WaitForMapAsync(shapes: 357);
        await Assertions.Expect(page.GetByText("Lenken viser en eldre versjon av tallene.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new("^Versjon 1, publisert ") })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Del", Exact = true }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Del denne visningen" });
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        var link = await dialog.GetByLabel("Lenke til visningen").InputValueAsync();
        var latest = dialog.GetByRole(AriaRole.Radio, new() { Name = "Alltid siste tall" });
        var pinned = dialog.GetByRole(AriaRole.Radio, new() { Name = "Denne versjonen (1)" });
        var code = dialog.GetByLabel("Kode for innbygging");

        Assert.EndsWith("/?indikator=kompetanse&aar=2024&versjon=1", link, StringComparison.Ordinal);
        await Assertions.Expect(latest).ToBeCheckedAsync();
        await Assertions.Expect(code).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("/embed\\?indikator=kompetanse&amp;aar=2024\""));
        await pinned.CheckAsync();
        await Assertions.Expect(code).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("/embed\\?indikator=kompetanse&amp;aar=2024&amp;versjon=1\""));
        await latest.CheckAsync();
        await Assertions.Expect(code).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("/embed\\?indikator=kompetanse&amp;aar=2024\""));

        // Someone else opens the shared link: release 1's number for Oslo, in the table the page links to.
        var reader = await context.NewPageAsync();
        await reader.GotoAsync(link);
        await reader.WaitForMapAsync(shapes: 357);
        await reader.GetByRole(AriaRole.Link, new() { Name = "Vis som tabell" }).ClickAsync();
        var oslo = reader.GetByRole(AriaRole.Row).Filter(new() { Has = reader.GetByRole(AriaRole.Rowheader, new() { Name = "Oslo", Exact = true }) });
        await Assertions.Expect(oslo.GetByRole(AriaRole.Cell, new() { Name = "11,1", Exact = true })).ToBeVisibleAsync();

        // One click to the same view in the latest release.
        await reader.GetByRole(AriaRole.Link, new() { NameRegex = new("^Vis siste versjon \\(2\\)$") }).ClickAsync();
        await Assertions.Expect(oslo.GetByRole(AriaRole.Cell, new() { Name = "22,2", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(reader.GetByText("Lenken viser en eldre versjon av tallene.")).ToHaveCountAsync(0);
        Assert.DoesNotContain("versjon=", reader.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLinkToTheLatestVersionClickedBeforeTheCircuitHasRenderedShowsTheLatest()
    {
        await using var context = await NewContextAsync();
        var (page, circuit) = await context.OpenWithTheCircuitHeldAsync();
        using var _ = circuit;

        // The table page starts its circuit after the first frame; the reader clicks before it has rendered.
        await page.GotoAsync("tabell?indikator=kompetanse&aar=2024&versjon=1");
        var oslo = page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = "Oslo", Exact = true }) });
        await Assertions.Expect(oslo.GetByRole(AriaRole.Cell, new() { Name = "11,1", Exact = true })).ToBeVisibleAsync();
        await circuit.Connected.WaitAsync(TimeSpan.FromSeconds(20));
        // Followed as a page load (js/start-blazor.js), not as Blazor's enhanced navigation, which a circuit started
        // on the pinned address could render over.
        var load = page.WaitForRequestAsync(r => r.ResourceType == "document" && r.Url.EndsWith("/tabell?indikator=kompetanse&aar=2024", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new("^Vis siste versjon \\(2\\)$") }).ClickAsync();
        await load;
        circuit.Release();

        await page.WaitForCircuitAsync();
        await Assertions.Expect(oslo.GetByRole(AriaRole.Cell, new() { Name = "22,2", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Lenken viser en eldre versjon av tallene.")).ToHaveCountAsync(0);
        Assert.DoesNotContain("versjon=", page.Url, StringComparison.Ordinal);
    }

    private Task<IBrowserContext> NewContextAsync() => browser.NewContextAsync(released.BaseAddress);
}
