using Kommunedigital.Core.Boundaries;

namespace Kommunedigital.BrowserTests;

/// <summary>
/// A municipality name is data from an imported file and may contain markup: every place that shows it must
/// insert it as text. The app is given such a name through its own seam, a published snapshot.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MarkupInNamesTests(BrowserApp app)
{
    private const string Markup = "Sogndal <img src=x onerror=window.__xss=1>";

    [Fact]
    public async Task ANameWithMarkupShowsAsTextInTooltipSearchDetailsTableAndEmbedAndRunsNothing()
    {
        var original = app.Store.Current ?? throw new InvalidOperationException("No data loaded.");
        var set = original.Boundaries.ForYear(2024)!;
        var renamed = new BoundarySet(
            set.Id,
            set.ValidFrom,
            set.Municipalities.Select(m => m.Code.Value == "4640" ? m with { Name = Markup } : m),
            set.Counties);
        app.Store.Publish(original with { Boundaries = new BoundaryCatalog(original.Boundaries.Sets.Select(s => ReferenceEquals(s, set) ? renamed : s)) });
        try
        {
            await using var context = await app.NewContextAsync();

            var map = await context.NewPageAsync();
            await map.GotoAsync("?aar=2024&fylke=46");
            await map.WaitForMapAsync(county: "46", shapes: 357);
            Assert.Equal(Markup, (await map.HoverMunicipalityAsync("4640"))[0]);

            var search = map.GetByRole(AriaRole.Combobox, new() { Name = "Finn kommune" });
            await search.FillAsync("Sogndal");
            var option = map.GetByRole(AriaRole.Option, new() { Name = $"{Markup} 4640", Exact = true });
            await Assertions.Expect(option).ToBeVisibleAsync();
            await search.PressAsync("Enter");
            await map.WaitForMapAsync(county: "46", selected: "4640");
            await Assertions.Expect(map.GetByRole(AriaRole.Heading, new() { Name = Markup, Exact = true, Level = 2 })).ToBeVisibleAsync();
            await ExpectNothingRanAsync(map);

            var table = await context.NewPageAsync();
            await table.GotoAsync("tabell?aar=2024&fylke=46");
            Assert.Equal(Markup, (await table.RowAsync("4640"))["Kommune"]);
            await ExpectNothingRanAsync(table);

            var embed = await context.NewPageAsync();
            await embed.GotoAsync("embed?aar=2024&fylke=46");
            await embed.WaitForMapAsync(county: "46", shapes: 357);
            Assert.Equal(Markup, (await embed.HoverMunicipalityAsync("4640"))[0]);
            await ExpectNothingRanAsync(embed);
        }
        finally
        {
            app.Store.Publish(original);
        }
    }

    private static async Task ExpectNothingRanAsync(IPage page)
    {
        Assert.True(await page.EvaluateAsync<bool>("() => window.__xss === undefined"), "The markup in the name ran.");
        Assert.Equal(0, await page.Locator("img[src='x']").CountAsync());
    }
}
