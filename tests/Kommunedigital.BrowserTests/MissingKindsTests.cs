using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Survey;

namespace Kommunedigital.BrowserTests;

/// <summary>
/// An SSB symbol, an empty cell and a municipality the dataset lacks are three different statements; the map, its
/// tooltip, the legend and the table keep them apart. The app is given all three through a published snapshot.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MissingKindsTests(BrowserApp app)
{
    [Fact]
    public async Task AnSsbSymbolAnEmptyCellAndAnAbsentMunicipalityEachHaveTheirOwnPatternLegendRowTooltipAndTableText()
    {
        var original = app.Store.Current ?? throw new InvalidOperationException("No data loaded.");
        var bergen = MunicipalityCode.Parse("4601");
        var kinn = MunicipalityCode.Parse("4602");
        var sogndal = MunicipalityCode.Parse("4640");
        var records = original.Dataset.Records
            .Where(r => !(r.Year == 2024 && r.Indicator == Indicator.Prioritering && r.Municipality == sogndal))
            .Select(r => r.Year == 2024 && r.Indicator == Indicator.Prioritering && r.Municipality == bergen ? r with { Score = Score.NotStated }
                : r.Year == 2024 && r.Indicator == Indicator.Prioritering && r.Municipality == kinn ? r with { Score = Score.FromSymbol(SsbSymbol.Confidential) }
                : r);
        app.Store.Publish(original with { Dataset = new SurveyDataset(original.Dataset.Name, original.Dataset.IsSample, records) });
        try
        {
            await using var context = await app.NewContextAsync();
            var map = await context.NewPageAsync();
            await map.GotoAsync("?aar=2024&fylke=46");
            await map.WaitForMapAsync(county: "46", shapes: 357);

            Assert.Equal(
                ("ikke-oppgitt", "ssb-symbol", "ikke-med"),
                (await map.Shape("4601").GetAttributeAsync("data-kind"), await map.Shape("4602").GetAttributeAsync("data-kind"), await map.Shape("4640").GetAttributeAsync("data-kind")));
            var fills = new[] { await map.FillAsync("4601"), await map.FillAsync("4602"), await map.FillAsync("4640") };
            Assert.All(fills, f => Assert.StartsWith("url(", f, StringComparison.Ordinal));
            Assert.Equal(3, fills.Distinct().Count());

            Assert.Equal(["Bergen", "Vestland", "Digital prioritering: Ikke oppgitt"], await map.HoverMunicipalityAsync("4601"));
            Assert.Equal(["Kinn", "Vestland", "Digital prioritering: Vises ikke av konfidensialitetshensyn"], await map.HoverMunicipalityAsync("4602"));
            Assert.Equal(["Sogndal", "Vestland", "Digital prioritering: Ikke med i datasettet"], await map.HoverMunicipalityAsync("4640"));

            var legend = map.Locator(".legend-classes li[data-status]");
            var rows = await legend.EvaluateAllAsync<string[][]>(
                "items => items.map(li => [li.dataset.status, li.querySelector('.legend-range').textContent.trim(), li.querySelector('.legend-count').textContent.trim(), getComputedStyle(li.querySelector('.swatch')).backgroundImage])");
            Assert.Contains(["ikke-oppgitt", "Mangler data: Ikke oppgitt", "1 kommune"], rows.Select(r => r[..3]));
            Assert.Contains(["ikke-med", "Mangler data: Ikke med i datasettet", "1 kommune"], rows.Select(r => r[..3]));
            Assert.Contains(rows, r => r[0] == "ssb-symbol" && r[1] == "Mangler data: Vises ikke av konfidensialitetshensyn (:)");
            // Each kind's swatch has its own hatch direction.
            Assert.Equal(rows.Length, rows.Select(r => r[3]).Distinct().Count());

            var table = await context.NewPageAsync();
            await table.GotoAsync("tabell?aar=2024&fylke=46");
            Assert.Equal(("Ikke oppgitt", "–"), Cells(await table.RowAsync("4601")));
            Assert.Equal(("Vises ikke av konfidensialitetshensyn", "–"), Cells(await table.RowAsync("4602")));
            Assert.Equal(("Ikke med i datasettet", "–"), Cells(await table.RowAsync("4640")));
        }
        finally
        {
            app.Store.Publish(original);
        }
    }

    private static (string Value, string Rank) Cells(IReadOnlyDictionary<string, string> row) => (row["Verdi"], row["Rangering"]);
}
