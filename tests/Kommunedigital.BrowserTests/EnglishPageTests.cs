namespace Kommunedigital.BrowserTests;

/// <summary>
/// The English pages as a reader sees them: /en is English from the first paint through every interactive re-render,
/// the language switch keeps the whole view both ways, the downloads the page links to are the English ones, and axe
/// (the rules of <see cref="AccessibilityTests"/>) finds nothing on /en, /en/embed and /en/table.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EnglishPageTests(BrowserApp app)
{
    [Fact]
    public async Task TheEnglishMapStaysEnglishAfterAnInteractiveChange()
    {
        // The context's locale is nb-NO (its Accept-Language says so): the path alone decides.
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("en?aar=2024&fylke=46");
        await page.WaitForMapAsync(county: "46");

        Assert.Equal("en", await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Digitalisation in the municipalities");

        // A change through the circuit (whose connection carries nb-NO): the re-rendered page is still English.
        await page.Locator("#indikator-kompetanse").CheckAsync();
        await page.WaitForUrlContainingAsync("indikator=kompetanse");
        await page.WaitForMapAsync(county: "46");
        await page.Map().Locator(".kd-map-controls").WaitForAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Choose view" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("label[for=fylke]")).ToHaveTextAsync("County");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Share", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Zoom in", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Group, new() { Name = "Browse the years" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".legend-hint")).ToHaveTextAsync("Choose a class to highlight its municipalities on the map.");
        Assert.Equal("en", await page.EvaluateAsync<string>("() => document.documentElement.lang"));
    }

    [Fact]
    public async Task TheEnglishMapShowsTheSameViewAsTheBokmalOneInEnglishWithDecimalPoints()
    {
        await using var context = await app.NewContextAsync();
        var bokmal = await context.NewPageAsync();
        await bokmal.GotoAsync("?aar=2024&fylke=03");
        await bokmal.WaitForMapAsync(county: "03");
        var english = await context.NewPageAsync();
        await english.GotoAsync("en?aar=2024&fylke=03");
        await english.WaitForMapAsync(county: "03");

        await Assertions.Expect(english.Locator("#karttittel")).ToHaveTextAsync("Digital priority 2024 – Oslo");
        await Assertions.Expect(english.Locator(".legend-title")).ToHaveTextAsync("Digital priority 2024 (0–100)");
        await Assertions.Expect(english.Map()).ToHaveAttributeAsync("aria-label", "Map: Digital priority 2024 – Oslo");
        var nbLegend = string.Join(" | ", await bokmal.Locator(".legend-range").AllTextContentsAsync());
        var enLegend = string.Join(" | ", await english.Locator(".legend-range").AllTextContentsAsync());
        Assert.Equal(Numbers(nbLegend, ','), Numbers(enLegend, '.'));
        Assert.DoesNotMatch(@"\d,\d", enLegend);

        var nbTooltip = await bokmal.HoverMunicipalityAsync("0301");
        var enTooltip = await english.HoverMunicipalityAsync("0301");
        Assert.Equal("Oslo", enTooltip[0]);
        Assert.Equal("Digital priority: 46.6", enTooltip[2]);
        Assert.NotEmpty(Numbers(string.Join(" ", nbTooltip), ','));
        Assert.Equal(Numbers(string.Join(" ", nbTooltip), ','), Numbers(string.Join(" ", enTooltip), '.'));
        Assert.DoesNotMatch(@"\d,\d", string.Join(" ", enTooltip));
    }

    [Fact]
    public async Task TheCsvLinkOfTheEnglishPageDownloadsEnglishHeaders()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("en?aar=2024&fylke=03");
        await page.WaitForMapAsync(county: "03");

        await page.Locator(".download-menu summary").ClickAsync();
        var href = await page.GetByRole(AriaRole.Link, new() { Name = "CSV", Exact = false }).First.GetAttributeAsync("href");
        var response = await context.APIRequest.GetAsync(href!);
        var lines = (await response.TextAsync()).TrimStart('\uFEFF').Split("\r\n");

        Assert.Equal(200, response.Status);
        Assert.Equal(
            "municipality_number,municipality,county_number,county,year,digital_priority,digital_competence,digital_activity,status_priority,status_competence,status_activity",
            lines[0]);
        Assert.Matches(@"^0301,Oslo,03,Oslo,2024,\d+\.\d,", lines[1]);
    }

    [Fact]
    public async Task TheDetailsPanelWritesNumbersWithADecimalPointInEnglish()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("en?aar=2024&fylke=46&kommune=4601");
        await page.WaitForMapAsync(county: "46", selected: "4601");

        var details = page.Locator("section.details");
        await Assertions.Expect(details.GetByRole(AriaRole.Columnheader, new() { Name = "Median, Norway" })).ToBeVisibleAsync();
        var medians = await details.Locator(".details-table:not(.history) tbody td:nth-child(3)").AllTextContentsAsync();

        Assert.NotEmpty(medians);
        Assert.All(medians, m => Assert.Matches(@"^\d{1,3}\.\d$|^–$", m.Trim()));
        await Assertions.Expect(details.GetByRole(AriaRole.Link, new() { Name = "See Bergen in the table" }))
            .ToHaveAttributeAsync("href", "en/table?aar=2024&fylke=46&kommune=4601#kommune-4601");
    }

    [Fact]
    public async Task TheLanguageSwitchKeepsIndicatorYearCountyMunicipalityAndChangeViewBothWays()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        const string query = "?indikator=kompetanse&aar=2022&endring=2018-2022&fylke=46&kommune=4601";
        await page.GotoAsync(query);
        await page.WaitForMapAsync(county: "46", selected: "4601");
        var bokmalQuery = new Uri(page.Url).Query;

        await page.GetByRole(AriaRole.Link, new() { Name = "English", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/en");
        await page.WaitForMapAsync(county: "46", selected: "4601");

        Assert.Equal(bokmalQuery, new Uri(page.Url).Query);
        Assert.Equal("en", await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        await Assertions.Expect(page.Locator("#indikator-kompetanse")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#vis-endring")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#fra-aar")).ToHaveValueAsync("2018");
        await Assertions.Expect(page.Locator("#aar")).ToHaveValueAsync("2022");
        await Assertions.Expect(page.Locator("#fylke")).ToHaveValueAsync("46");
        await Assertions.Expect(page.Locator("label[for=vis-endring]")).ToHaveTextAsync("Change between two years");
        await Assertions.Expect(page.Locator("#detaljer-tittel")).ToHaveTextAsync("Bergen");

        await page.GetByRole(AriaRole.Link, new() { Name = "Norsk", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        await page.WaitForMapAsync(county: "46", selected: "4601");

        Assert.Equal(bokmalQuery, new Uri(page.Url).Query);
        Assert.Equal("nb", await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        await Assertions.Expect(page.Locator("label[for=vis-endring]")).ToHaveTextAsync("Endring mellom to år");
        await Assertions.Expect(page.Locator("#detaljer-tittel")).ToHaveTextAsync("Bergen");
    }

    [Fact]
    public async Task TheTableLinkAndTheDownloadLinksOfAnEnglishPageStayEnglish()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("en?aar=2024&fylke=03");
        await page.WaitForMapAsync(county: "03");

        await page.Locator(".download-menu summary").ClickAsync();
        var csv = page.Locator(".download-menu a[href*='/csv']").First;
        var href = await csv.GetAttributeAsync("href");
        var response = await context.APIRequest.GetAsync(href!);

        Assert.Equal("en/last-ned/csv?aar=2024&fylke=03", href);
        Assert.Equal(200, response.Status);
        Assert.StartsWith("text/csv", response.Headers["content-type"], StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Link, new() { Name = "Show as table" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/en/table");
        await Assertions.Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Municipality number" })).ToBeVisibleAsync();
        Assert.Equal("?aar=2024&fylke=03", new Uri(page.Url).Query);
    }

    [Theory]
    [InlineData("en?aar=2024&fylke=46&kommune=4601")]
    [InlineData("en/embed?aar=2024")]
    public async Task TheEnglishMapAndEmbedHaveNoViolation(string path)
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await page.WaitForMapAsync();

        Assert.Empty(await AccessibilityTests.ViolationsAsync(page));
    }

    [Fact]
    public async Task TheEnglishTableHasNoViolation()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("en/table?aar=2024&fylke=46&kommune=4601");
        await Assertions.Expect(page.Locator("[data-interactive=true]")).ToHaveCountAsync(1);
        await page.WaitForFunctionAsync("() => document.title.length > 0");

        Assert.Equal("en", await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        Assert.Empty(await AccessibilityTests.ViolationsAsync(page));
    }

    /// <summary>The numbers with one decimal in <paramref name="text"/>, written with a decimal point.</summary>
    private static string[] Numbers(string text, char separator) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, $@"\d+\{separator}\d").Select(m => m.Value.Replace(separator, '.'))];
}
