using System.Text.RegularExpressions;

namespace Kommunedigital.BrowserTests;

/// <summary>A municipality's history through the reforms in the details panel, and the selection across years.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HistoryTests(BrowserApp app)
{
    [Fact]
    public async Task TromsosDetailsShowThreeYearsUnderItsThreeNumbersAndTheChartSaysTheSameInText()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("?aar=2024&kommune=5501");
        await page.WaitForMapAsync(selected: "5501", shapes: 357);

        var history = page.GetByRole(AriaRole.Table, new() { Name = "Utvikling" });
        await Assertions.Expect(history).ToBeVisibleAsync();
        var rows = history.Locator("tbody tr:not(.history-note)");
        await Assertions.Expect(rows).ToHaveCountAsync(3);
        Assert.Equal(
            ["2018 Tromsø (1902) 54,1 44,5 66,2", "2022 Tromsø (5401) 62,7 50,7 61,6", "2024 Tromsø (5501) 63,2 56,8 57,6"],
            (await rows.AllInnerTextsAsync()).Select(t => Regex.Replace(t, @"\s+", " ").Trim()));

        var figure = page.GetByRole(AriaRole.Img, new() { Name = "Linjediagram" });
        await Assertions.Expect(figure).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Digital prioritering: 2018 54,1, 2022 62,7, 2024 63,2")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Kommuneinndeling: SSB KLASS (CC BY 4.0)")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ChangingTheYearKeepsTromsoSelectedUnderThatYearsNumber()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("?aar=2024&kommune=5501");
        await page.WaitForMapAsync(selected: "5501", shapes: 357);

        await page.GetByRole(AriaRole.Combobox, new() { Name = "År", Exact = true }).SelectOptionAsync("2022");

        await page.WaitForMapAsync(selected: "5401", shapes: 356);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("[?&]kommune=5401(&|$)"));
        await Assertions.Expect(page.GetByText("Kommunenummer 5401, Troms og Finnmark, 2022")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task IndreOstfoldIn2018IsDroppedWithANoteThatSaysWhy()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("?aar=2024&kommune=3118");
        await page.WaitForMapAsync(selected: "3118", shapes: 357);

        await page.GetByRole(AriaRole.Combobox, new() { Name = "År", Exact = true }).SelectOptionAsync("2018");

        await page.WaitForMapAsync(selected: "", shapes: 422);
        await Assertions.Expect(page.GetByText(
            "Indre Østfold (3118) fantes ikke i 2018; området var Trøgstad, Spydeberg, Askim, Eidsberg og Hobøl. Ingen kommune er valgt.")).ToBeVisibleAsync();
    }
}
