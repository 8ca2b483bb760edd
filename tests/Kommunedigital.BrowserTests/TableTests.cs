namespace Kommunedigital.BrowserTests;

/// <summary>The table view says what the map's tooltips say.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TableTests(BrowserApp app)
{
    [Fact]
    public async Task TheTableShowsTheSameNameCountyValueAndRankAsTheTooltips()
    {
        await using var context = await app.NewContextAsync();
        var map = await context.NewPageAsync();
        await map.GotoAsync("?aar=2024&fylke=46");
        await map.WaitForMapAsync(county: "46", shapes: 357);
        var table = await context.NewPageAsync();
        await table.GotoAsync("tabell?aar=2024&fylke=46");

        foreach (var (code, name) in new[] { ("4601", "Bergen"), ("4627", "Askøy"), ("4621", "Voss") })
        {
            var tooltip = await map.HoverMunicipalityAsync(code);
            var row = await table.RowAsync(code);

            Assert.Equal(code, row["Kommunenummer"]);
            Assert.Equal(name, row["Kommune"]);
            Assert.Equal("Vestland", row["Fylke"]);
            Assert.Matches(@"^\d{1,3},\d$", row["Verdi"]);
            // 355 of the 357 municipalities have a value in 2024, so the rank is out of 355.
            Assert.Matches(@"^nr\. \d{1,3} av 355$", row["Rangering"]);
            Assert.Equal([name, "Vestland", $"Digital prioritering: {row["Verdi"]}", row["Rangering"]], tooltip);
        }
    }
}
