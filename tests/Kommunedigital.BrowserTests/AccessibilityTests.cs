using System.Globalization;

namespace Kommunedigital.BrowserTests;

/// <summary>
/// axe-core (from npm) with the WCAG 2.0/2.1 A and AA rules and axe's best practices finds no violation of any impact
/// on every page and in every state a reader opens: the map with and without the details panel, the table, the embed,
/// the error, not-found and version pages, the open share dialog and download menu, a pressed legend class, keyboard travel and
/// the phone's bottom sheet.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserApp app)
{
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

    [Theory]
    [InlineData("?aar=2024")]
    [InlineData("?aar=2024&fylke=46&kommune=4601")]
    [InlineData("?aar=2019&kommune=5061")]
    [InlineData("?endring=2018-2022&indikator=kompetanse&fylke=46")]
    [InlineData("embed?aar=2024")]
    [InlineData("embed?aar=2024&fylke=46&kommune=4601")]
    public async Task TheMapAndTheEmbedHaveNoViolation(string path)
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await page.WaitForMapAsync();

        Assert.Empty(await ViolationsAsync(page));
    }

    [Fact]
    public async Task TheTableHasNoViolation()
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

        Assert.Empty(await ViolationsAsync(page));
    }

    [Theory]
    [InlineData("finnes-ikke", 404)]
    [InlineData("Error", 200)]
    [InlineData("versjoner", 200)]
    public async Task TheNotFoundErrorAndVersionPagesHaveNoViolation(string path, int status)
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(path);
        Assert.Equal(status, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();

        Assert.Empty(await ViolationsAsync(page));
    }

    [Fact]
    public async Task TheOpenShareDialogHasNoViolation()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("?aar=2024&fylke=46");
        await page.WaitForMapAsync(county: "46");

        await page.GetByRole(AriaRole.Button, new() { Name = "Del", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog, new() { Name = "Del denne visningen" })).ToBeVisibleAsync();

        Assert.Empty(await ViolationsAsync(page));
    }

    [Theory]
    [InlineData("?aar=2024")]
    [InlineData("embed?aar=2024")]
    public async Task TheOpenDownloadMenuHasNoViolation(string path)
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await page.WaitForMapAsync();

        await page.Locator(".download-menu summary").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "CSV", Exact = false }).First).ToBeVisibleAsync();

        Assert.Empty(await ViolationsAsync(page));
    }

    [Fact]
    public async Task KeyboardTravelAndAPressedLegendClassHaveNoViolation()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("?aar=2024&kommune=4601");
        await page.WaitForMapAsync(selected: "4601");

        await page.Locator(".legend-item[data-legend-key]").First.ClickAsync();
        await page.Map().FocusAsync();
        await page.Keyboard.PressAsync("ArrowUp");
        await Assertions.Expect(page.Map()).ToHaveAttributeAsync("data-focused", "4601");
        await Assertions.Expect(page.Locator(".kd-map-live")).ToContainTextAsync("Bergen, Vestland:");

        Assert.Empty(await ViolationsAsync(page));
    }

    [Fact]
    public async Task ThePhonesBottomSheetHasNoViolation()
    {
        await using var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
            Locale = "nb-NO",
            TimezoneId = "Europe/Oslo",
        });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        PageProblems.Watch(page);
        await page.GotoAsync("?aar=2024");
        await page.WaitForMapAsync(shapes: 357);

        await page.Map().EvaluateAsync("m => m.scrollIntoView({ block: 'start' })");
        var point = await PlaceNameTests.VisiblePointAsync(page, "5612"); // Kautokeino, big enough to tap
        await page.Touchscreen.TapAsync(point.X, point.Y);
        await page.WaitForMapAsync(selected: "5612");
        var sheet = page.Locator("section.details");
        await Assertions.Expect(sheet).ToBeInViewportAsync(new() { Ratio = 1 });
        await Assertions.Expect(sheet.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToBeFocusedAsync();

        Assert.Empty(await ViolationsAsync(page));
    }

    /// <summary>Every violation of the rules tagged <see cref="Tags"/>, any impact, one line each.</summary>
    internal static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        await BrowserApp.InjectAxeAsync(page);
        var found = await page.EvaluateAsync<string[]>(
            """
            async (tags) => {
              const result = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
              return [String(result.passes.length)].concat(result.violations
                .map(v => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}×: ${v.nodes.slice(0, 5).map(n => n.target.join(" ")).join(", ")})`));
            }
            """,
            Tags);

        // axe really checked the page: dozens of rules pass on any real page.
        Assert.True(int.Parse(found[0], CultureInfo.InvariantCulture) >= 10, $"axe-core passed only {found[0]} rules.");
        return found[1..];
    }
}
