using System.Globalization;
using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Classification;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Tests.Boundaries;
using Kommunedigital.Core.Tests.Export;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Core.Tests.Views;

public class ViewSummaryTests(RealBoundaryCatalogFixture fixture) : IClassFixture<RealBoundaryCatalogFixture>
{
    private static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");

    [Fact]
    public void SmallCountryNamesMedianHighestLowestAndTheMissingOne()
    {
        // Values 40,0, 54,3, 58,25 and 70,2: the median is (54,3 + 58,25) / 2 = 56,275 → 56,3; one has "..".
        Assert.Equal(
            "Digital kompetanse 2024, hele landet: median 56,3. Høyest i Drammen (70,2), lavest i Bærum (40,0). 1 kommune mangler tall.",
            ViewSummary.Write(ExportModels.Small()));
    }

    [Fact]
    public void ACountyWithOneValueSaysSoInsteadOfHighestAndLowest()
    {
        Assert.Equal("Digital kompetanse 2024, Fylke 03: bare Oslo har tall (54,3).", ViewSummary.Write(ExportModels.Small(CountyCode.Parse("03"))));
    }

    [Fact]
    public void ACountyWithoutValuesSaysNoneHave()
    {
        // County 33 without its values: Drammen and Ringerike lose theirs, the markup-named one has "..".
        var model = WithScores(ExportModels.Small(CountyCode.Parse("33")), _ => null);

        Assert.Equal("Digital kompetanse 2024, Fylke 33: ingen kommuner har tall.", ViewSummary.Write(model));
    }

    [Fact]
    public void ValuesThatReadTheSameAreNamedTogetherInAlphabeticalOrder()
    {
        // 70,24 and 70,2 both read 70,2; 40,04 and 40,0 both read 40,0.
        var model = WithScores(ExportModels.Small(), e => e.Municipality.Code.Value switch
        {
            "0301" => Score.Of(70.24),
            "3201" => Score.Of(40.04),
            "3301" => Score.Of(70.2),
            "3305" => Score.Of(40.0),
            _ => e.Score,
        });

        Assert.Equal(
            "Digital kompetanse 2024, hele landet: median 55,1. Høyest i Drammen og Oslo (70,2), lavest i Bærum og Ringerike (40,0). 1 kommune mangler tall.",
            ViewSummary.Write(model));
        Assert.Equal(["Drammen", "Oslo"], ViewSummary.Highest(model).Select(e => e.Name));
    }

    [Fact]
    public void MoreThanThreeTiedAreCounted()
    {
        var model = WithScores(ExportModels.Small(), e => e.Municipality.Code.Value == "3201" ? Score.Of(10) : Score.Of(90));

        Assert.Equal(
            "Digital kompetanse 2024, hele landet: median 90,0. Høyest i 4 kommuner (90,0), lavest i Bærum (10,0).",
            ViewSummary.Write(model));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("46")]
    [InlineData("18")]
    public void RealCountryAndCountySummariesMatchAnOracleOverTheSelection(string? county)
    {
        var model = ExportModels.Country(county is null ? null : CountyCode.Parse(county));

        // The oracle: straight from the entries' scores, sorted here, names compared as the reader sees the numbers.
        var withValues = model.Entries.Where(e => e.InSelection && e.Score?.Value is not null).ToList();
        var sorted = withValues.Select(e => e.Score!.Value.Value!.Value).Order().ToList();
        var median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
        string Text(double v) => Math.Round((decimal)v, 1, MidpointRounding.AwayFromZero).ToString("0.0", Norwegian);
        var top = withValues.Where(e => Text(e.Score!.Value.Value!.Value) == Text(sorted[^1])).Select(e => e.Name).Order(StringComparer.Create(Norwegian, false)).ToList();
        var bottom = withValues.Where(e => Text(e.Score!.Value.Value!.Value) == Text(sorted[0])).Select(e => e.Name).Order(StringComparer.Create(Norwegian, false)).ToList();
        var missing = model.Entries.Count(e => e.InSelection && e.Score?.Value is null);
        var area = county is null ? "hele landet" : model.Boundaries.Counties.Single(c => c.Code.Value == county).Name;
        Assert.True(top.Count <= 3 && bottom.Count <= 3, "The sample has a tie the oracle below does not write.");

        var expected = $"Digital kompetanse 2024, {area}: median {Text(median)}. " +
            $"Høyest i {Join(top)} ({Text(sorted[^1])}), lavest i {Join(bottom)} ({Text(sorted[0])})." +
            (missing == 0 ? "" : missing == 1 ? " 1 kommune mangler tall." : $" {missing} kommuner mangler tall.");
        Assert.Equal(expected, ViewSummary.Write(model));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("46")]
    public void AChangeViewSummarisesTheSignedChangesAndCountsTheOnesNotComparable(string? county)
    {
        var view = new MapView(Indicator.Kompetanse, 2022, county is null ? null : CountyCode.Parse(county), null, ClassificationMethod.Quantile, null, ChangeFrom: 2018);
        var model = ChoroplethModelBuilder.Build(RealSnapshot.For(fixture), view);

        // The oracle: the selection's changes straight from the comparison entries.
        var changes = model.Entries.Where(e => e.InSelection && e.Change!.Difference is not null).ToList();
        var sorted = changes.Select(e => e.Change!.Difference!.Value).Order().ToList();
        var median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
        string Signed(decimal v) => (v > 0 ? "+" : "") + Math.Round(v, 1, MidpointRounding.AwayFromZero).ToString("0.0", Norwegian);
        var names = StringComparer.Create(Norwegian, false);
        var top = changes.Where(e => e.Change!.Difference == sorted[^1]).Select(e => e.Name).Order(names).ToList();
        var bottom = changes.Where(e => e.Change!.Difference == sorted[0]).Select(e => e.Name).Order(names).ToList();
        var notComparable = model.Entries.Count(e => e.InSelection) - changes.Count;
        var area = county is null ? "hele landet" : "Vestland";
        Assert.True(top.Count <= 3 && bottom.Count <= 3 && notComparable > 1, "The sample has a case the oracle below does not write.");

        Assert.Equal(
            $"Endring i digital kompetanse 2018–2022, {area}: median {Signed(median)} poeng. " +
            $"Høyest i {Join(top)} ({Signed(sorted[^1])}), lavest i {Join(bottom)} ({Signed(sorted[0])}). " +
            $"{notComparable} kommuner er ikke sammenlignbare.",
            ViewSummary.Write(model));
    }

    private static string Join(List<string> names) => names.Count == 1 ? names[0] : $"{string.Join(", ", names[..^1])} og {names[^1]}";

    /// <summary>The model with other scores (texts and status rewritten as the builder writes them); classes unchanged.</summary>
    internal static ChoroplethModel WithScores(ChoroplethModel model, Func<ChoroplethEntry, Score?> score)
    {
        var entries = model.Entries.Select(e =>
        {
            var s = score(e);
            return e with { Score = s, Status = e.InSelection ? ScoreStatus.Of(s) : EntryStatus.OutsideSelection, ValueText = ScoreStatus.ValueText(s) };
        }).ToList();
        var missing = entries.Where(e => e.IsMissing).GroupBy(e => e.Status).Select(g => MissingGroup.Of(g.First().Score, g.Count())).ToList();
        return new ChoroplethModel(model.View, model.Boundaries, model.Title, entries, model.Legend, missing, model.RankedCount, model.Extent, model.IsSample, model.SourceLine);
    }
}
