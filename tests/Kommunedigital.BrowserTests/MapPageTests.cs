namespace Kommunedigital.BrowserTests;

/// <summary>The choropleth on the map page: shapes per year, class colours, county filter.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MapPageTests(BrowserApp app)
{
    [Fact]
    public async Task DrawsOneShapePerMunicipalityOfTheChosenYear()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("?aar=2018");
        await page.WaitForMapAsync(shapes: 422);

        var year = page.GetByRole(AriaRole.Combobox, new() { Name = "År", Exact = true });
        await year.SelectOptionAsync("2022");
        await page.WaitForMapAsync(shapes: 356);
        Assert.Contains("aar=2022", page.Url, StringComparison.Ordinal);

        await year.SelectOptionAsync("2024");
        await page.WaitForMapAsync(shapes: 357);
        Assert.Contains("aar=2024", page.Url, StringComparison.Ordinal);
    }
}
