using System.Text.RegularExpressions;

namespace Kommunedigital.BrowserTests;

/// <summary>Finding a municipality by typing, and the URL as the view's state.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SearchAndUrlTests(BrowserApp app)
{
    [Theory]
    [InlineData("2024", 357, "3201")]
    [InlineData("2018", 422, "0219")]
    public async Task SearchingBaerumSelectsTheMunicipalityNumberOfTheYear(string year, int shapes, string code)
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"?aar={year}");
        await page.WaitForMapAsync(shapes: shapes);

        var search = page.GetByRole(AriaRole.Combobox, new() { Name = "Finn kommune" });
        await search.FillAsync("Bærum");
        var option = page.GetByRole(AriaRole.Option, new() { Name = $"Bærum {code}", Exact = true });
        await Assertions.Expect(option).ToBeVisibleAsync();
        await search.PressAsync("ArrowDown");
        await Assertions.Expect(option).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(search).ToHaveAttributeAsync("aria-activedescendant", $"kommunesok-{code}");
        await search.PressAsync("Enter");

        await page.WaitForMapAsync(selected: code);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bærum", Exact = true, Level = 2 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("path[data-valgt='true']")).ToHaveAttributeAsync("data-kommunenummer", code);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"[?&]kommune={code}(&|$)"));
        await Assertions.Expect(page.GetByText($"Kommunenummer {code}, Akershus, {year}")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task TheUrlRestoresIndicatorYearCountyClassificationAndSelectionAndBackAndForwardWalkThroughTheViews()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("");
        await page.WaitForMapAsync(shapes: 357);

        await page.GetByRole(AriaRole.Radio, new() { Name = "Digital kompetanse" }).CheckAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("indikator=kompetanse"));
        await page.WaitForMapAsync();

        await page.GetByRole(AriaRole.Combobox, new() { Name = "År", Exact = true }).SelectOptionAsync("2022");
        await page.WaitForMapAsync(shapes: 356);

        await page.GetByRole(AriaRole.Combobox, new() { Name = "Fylke", Exact = true }).SelectOptionAsync("46");
        await page.WaitForMapAsync(county: "46", shapes: 356);

        await page.GetByRole(AriaRole.Combobox, new() { Name = "Klassifisering", Exact = true }).SelectOptionAsync("jenks");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("klassifisering=jenks"));
        await page.WaitForMapAsync(county: "46");

        var search = page.GetByRole(AriaRole.Combobox, new() { Name = "Finn kommune" });
        await search.FillAsync("Bergen");
        await Assertions.Expect(page.GetByRole(AriaRole.Option, new() { Name = "Bergen 4601", Exact = true })).ToBeVisibleAsync();
        await search.PressAsync("Enter");
        await page.WaitForMapAsync(county: "46", selected: "4601");
        var title = await page.Locator("#karttittel").TextContentAsync();
        Assert.Equal("Digital kompetanse 2022 – Vestland", title);

        // Opened afresh, the link shows the same view. The map draws a change before the URL's round trip has
        // come back (ChoroplethMap.ShowAhead), so the link is read once the address has the selection.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("[?&]kommune=4601"));
        var link = page.Url;
        Assert.Matches(QueryPattern(), new Uri(link).Query);
        var copy = await context.NewPageAsync();
        await copy.GotoAsync(link);
        await copy.WaitForMapAsync(county: "46", selected: "4601", shapes: 356);
        await ExpectViewAsync(copy, indicator: "Digital kompetanse", year: "2022", county: "46", method: "jenks", selected: "Bergen");
        Assert.Equal(title, await copy.Locator("#karttittel").TextContentAsync());

        // Back and forward walk through the views one change at a time.
        await page.GoBackAsync();
        await page.WaitForMapAsync(county: "46", selected: "");
        await ExpectViewAsync(page, indicator: "Digital kompetanse", year: "2022", county: "46", method: "jenks", selected: null);

        await page.GoBackAsync();
        await page.WaitForMapAsync(county: "46", selected: "");
        await ExpectViewAsync(page, indicator: "Digital kompetanse", year: "2022", county: "46", method: "kvantil", selected: null);

        await page.GoBackAsync();
        await page.WaitForMapAsync(county: "", selected: "", shapes: 356);
        await ExpectViewAsync(page, indicator: "Digital kompetanse", year: "2022", county: "", method: "kvantil", selected: null);

        await page.GoForwardAsync();
        await page.GoForwardAsync();
        await page.GoForwardAsync();
        await page.WaitForMapAsync(county: "46", selected: "4601");
        await ExpectViewAsync(page, indicator: "Digital kompetanse", year: "2022", county: "46", method: "jenks", selected: "Bergen");
    }

    private static async Task ExpectViewAsync(IPage page, string indicator, string year, string county, string method, string? selected)
    {
        await Assertions.Expect(page.GetByRole(AriaRole.Radio, new() { Name = indicator })).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "År", Exact = true })).ToHaveValueAsync(year);
        await Assertions.Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Fylke", Exact = true })).ToHaveValueAsync(county);
        await Assertions.Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Klassifisering", Exact = true })).ToHaveValueAsync(method);
        var details = page.Locator("#detaljer-tittel");
        if (selected is null)
        {
            await Assertions.Expect(details).ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator("path[data-valgt='true']")).ToHaveCountAsync(0);
        }
        else
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = selected, Exact = true, Level = 2 })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("path[data-valgt='true']")).ToHaveCountAsync(1);
        }
    }

    [GeneratedRegex("^(?=.*[?&]indikator=kompetanse)(?=.*[?&]aar=2022)(?=.*[?&]fylke=46)(?=.*[?&]kommune=4601)(?=.*[?&]klassifisering=jenks)")]
    private static partial Regex QueryPattern();
}
