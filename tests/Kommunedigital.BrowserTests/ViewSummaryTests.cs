using System.Text.RegularExpressions;

namespace Kommunedigital.BrowserTests;

/// <summary>The written summary of the view: its numbers are the table's, and every page shows the same text.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ViewSummaryTests(BrowserApp app)
{
    [Theory]
    [InlineData("aar=2024&indikator=kompetanse&fylke=46", "Vestland")]
    [InlineData("aar=2022&indikator=aktivitet&fylke=18", "Nordland")]
    public async Task TheSummarysMedianHighestLowestAndMissingAreTheTablesAndTheMapAndEmbedSayTheSame(string view, string county)
    {
        await using var context = await app.NewContextAsync();
        var rows = await KeyboardTravelTests.TableAsync(context, $"tabell?{view}");
        var page = await context.NewPageAsync();
        await page.GotoAsync($"tabell?{view}");
        var summary = (await page.Locator(".view-summary").TextContentAsync())!.Trim();

        var match = SummaryPattern().Match(summary);
        Assert.True(match.Success, summary);
        Assert.Equal(county, match.Groups["area"].Value);
        var withValues = rows.Where(r => r.Number is not null).ToList();
        Assert.Equal(KeyboardTravelTests.Median(rows), match.Groups["median"].Value);
        var highest = withValues.MaxBy(r => r.Number)!;
        var lowest = withValues.MinBy(r => r.Number)!;
        Assert.Equal(highest.Value, match.Groups["high"].Value);
        Assert.Equal(lowest.Value, match.Groups["low"].Value);
        Assert.Equal(
            withValues.Where(r => r.Value == highest.Value).Select(r => r.Name).Order(StringComparer.Create(MapPage.Norwegian, false)),
            Names(match.Groups["highNames"].Value));
        Assert.Equal(
            withValues.Where(r => r.Value == lowest.Value).Select(r => r.Name).Order(StringComparer.Create(MapPage.Norwegian, false)),
            Names(match.Groups["lowNames"].Value));
        var missing = rows.Count - withValues.Count;
        Assert.Equal(missing == 0 ? "" : missing == 1 ? "1 kommune" : $"{missing} kommuner", match.Groups["missing"].Value);

        await page.GotoAsync($"?{view}");
        await page.WaitForMapAsync(county: county == "Vestland" ? "46" : "18");
        await Assertions.Expect(page.Locator(".map-area .view-summary")).ToHaveTextAsync(summary);
        await page.GotoAsync($"embed?{view}");
        await page.WaitForMapAsync();
        await Assertions.Expect(page.Locator(".view-summary")).ToHaveTextAsync(summary);
    }

    private static string[] Names(string text) => text.Split([", ", " og "], StringSplitOptions.None);

    [GeneratedRegex(@"^Digital \w+ \d{4}, (?<area>[^:]+): median (?<median>\d+,\d)\. Høyest i (?<highNames>.+) \((?<high>\d+,\d)\), lavest i (?<lowNames>.+) \((?<low>\d+,\d)\)\.(?: (?<missing>\d+ kommuner?) mangler tall\.)?$")]
    private static partial Regex SummaryPattern();
}
