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

        await AssertNoViolationsAsync(page);
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

        await AssertNoViolationsAsync(page);
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

        await AssertNoViolationsAsync(page);
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

        await AssertNoViolationsAsync(page);
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

        await AssertNoViolationsAsync(page);
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

        await AssertNoViolationsAsync(page);
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

        await AssertNoViolationsAsync(page);
    }

    /// <summary>
    /// No violation of the rules tagged <see cref="Tags"/>; a failure lists each in full (xUnit's collection display
    /// cuts a line off before the elements it names).
    /// </summary>
    private static async Task AssertNoViolationsAsync(IPage page)
    {
        var violations = await ViolationsAsync(page);
        Assert.True(violations.Count == 0, "axe-core found:\n" + string.Join("\n", violations));
    }

    /// <summary>Every violation of the rules tagged <see cref="Tags"/>, any impact, one line each.</summary>
    internal static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        await BrowserApp.InjectAxeAsync(page);
        var found = await page.EvaluateAsync<string[]>(
            """
            async (tags) => {
              // The page is checked as it settles. A click can start the circuit (js/start-blazor.js), whose first
              // render replaces the head's title: checked during that hand-over, the page has none for a moment.
              const root = document.documentElement;
              if (root.dataset.circuit === "starting") {
                // At most 10 s: a circuit that never goes live is then checked as it is.
                await new Promise((resolve) => {
                  setTimeout(resolve, 10000);
                  const observer = new MutationObserver(() => {
                    if (root.dataset.circuit !== "starting") {
                      observer.disconnect();
                      resolve();
                    }
                  });
                  observer.observe(root, { attributes: true, attributeFilter: ["data-circuit"] });
                });
              }
              // A control's hover or press transition (the download menu's summary after its click) measured
              // halfway is a blend no reader is left with.
              await Promise.all(document.getAnimations()
                .filter(a => a.effect?.getComputedTiming().iterations !== Infinity)
                .map(a => a.finished.catch(() => { })));
              const result = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
              return [String(result.passes.length)].concat(result.violations
                .map(v => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}×: ${v.nodes.slice(0, 5).map(n => n.target.join(" ")).join(", ")}) ${v.nodes[0]?.failureSummary ?? ""}`));
            }
            """,
            Tags);

        // axe really checked the page: dozens of rules pass on any real page.
        Assert.True(int.Parse(found[0], CultureInfo.InvariantCulture) >= 10, $"axe-core passed only {found[0]} rules.");
        return found[1..];
    }
}
