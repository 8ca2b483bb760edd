using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Classification;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Klass;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Tests.Boundaries;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Core.Tests.Views;

/// <summary>
/// The history on the real boundaries, the real KLASS files and the sample dataset. The expected scores are read from
/// the sample CSV here, line by line, not through the importer.
/// </summary>
public sealed class MunicipalityHistoryTests(RealBoundaryCatalogFixture fixture) : IClassFixture<RealBoundaryCatalogFixture>
{
    private static Lazy<Dictionary<(string Code, int Year), double?[]>> Csv { get; } = new(() =>
        RealSnapshot.SampleRows.ToDictionary(r => r.Key, r => r.Value.Select(v => (double?)v).ToArray()));

    private DataSnapshot Data => RealSnapshot.For(fixture);

    [Fact]
    public void TromsoShowsThreeComparableYearsUnderItsThreeNumbers()
    {
        var history = MunicipalityHistory.Build(Data, 2024, M("5501"));

        Assert.Equal(
            [(2018, "1902", "Tromsø"), (2022, "5401", "Tromsø"), (2024, "5501", "Tromsø")],
            history.Select(h => (h.Year, Assert.Single(h.Entries).Number.Code.Value, h.Entries[0].Number.Name)));
        Assert.All(history, h => Assert.True(h.IsComparable));
        Assert.All(history, h => Assert.Equal(Csv.Value[(h.Entries[0].Number.Code.Value, h.Year)], h.Entries[0].Scores.Select(s => s?.Value)));
        Assert.Equal(["I 2018 var det Tromsø (1902).", "I 2022 var det Tromsø (5401).", null], history.Select(h => h.Note));
    }

    [Fact]
    public void IndreOstfoldShowsItsFivePredecessorsWithTheirOwnValuesIn2018()
    {
        var year2018 = MunicipalityHistory.Build(Data, 2024, M("3118"))[0];

        Assert.Equal(2018, year2018.Year);
        Assert.Equal(TerritoryRelation.Merged, year2018.Relation);
        Assert.False(year2018.IsComparable);
        Assert.Equal(["0122", "0123", "0124", "0125", "0138"], year2018.Entries.Select(e => e.Number.Code.Value));
        Assert.All(year2018.Entries, e => Assert.Equal(Csv.Value[(e.Number.Code.Value, 2018)], e.Scores.Select(s => s?.Value)));
        Assert.Equal(
            "Indre Østfold ble dannet etter 2018 av Trøgstad, Spydeberg, Askim, Eidsberg og Hobøl. Verdiene gjelder de tidligere kommunene hver for seg og kan ikke slås sammen til ett tall.",
            year2018.Note);
    }

    [Fact]
    public void HaramIsNewAgainst2022AndTheSameTerritoryAsIn2018()
    {
        var history = MunicipalityHistory.Build(Data, 2024, M("1580"));

        Assert.Equal((TerritoryRelation.SameTerritory, "1534"), (history[0].Relation, history[0].Entries.Single().Number.Code.Value));
        Assert.Equal((TerritoryRelation.New, "1507"), (history[1].Relation, history[1].Entries.Single().Number.Code.Value));
        Assert.Equal("Haram fantes ikke i 2022; området var en del av Ålesund.", history[1].Note);
    }

    [Fact]
    public void AMunicipalitySeenInAnEarlierYearShowsWhatItBecame()
    {
        var history = MunicipalityHistory.Build(Data, 2018, M("5012"));

        Assert.Equal([2018, 2022, 2024], history.Select(h => h.Year));
        Assert.Equal(["5055", "5056", "5059"], history[1].Entries.Select(e => e.Number.Code.Value));
        Assert.Equal("Snillfjord (5012) ble etter 2018 delt mellom Heim, Hitra og Orkland; ingen av dem har samme område.", history[1].Note);
    }

    [Theory]
    [InlineData("5501", 2024, 2022, "5401", null)]
    [InlineData("5401", 2022, 2018, "1902", null)]
    [InlineData("1902", 2018, 2024, "5501", null)]
    [InlineData("3118", 2024, 2018, null, "Indre Østfold (3118) fantes ikke i 2018; området var Trøgstad, Spydeberg, Askim, Eidsberg og Hobøl. Ingen kommune er valgt.")]
    [InlineData("0122", 2018, 2024, "3118", "Trøgstad (0122) ble etter 2018 en del av Indre Østfold (3118), slått sammen av Trøgstad, Spydeberg, Askim, Eidsberg og Hobøl. Viser Indre Østfold (3118).")]
    [InlineData("5012", 2018, 2022, null, "Snillfjord (5012) ble etter 2018 delt mellom Heim, Hitra og Orkland; ingen av dem har samme område. Ingen kommune er valgt.")]
    [InlineData("1580", 2024, 2022, null, "Haram (1580) fantes ikke i 2022; området var helt eller delvis Ålesund. Ingen kommune er valgt.")]
    [InlineData("1508", 2024, 2022, "1507", "Ålesund (1508) hadde andre grenser i 2022. Viser Ålesund (1507) slik kommunen var da.")]
    public void AYearChangeFollowsTheSelectionOrSaysWhyItIsDropped(string code, int from, int to, string? expected, string? note)
    {
        var followed = MunicipalityHistory.Follow(Data.Correspondence!, M(code), from, to);

        Assert.Equal((expected, note), (followed.Code?.Value, followed.Note));
    }

    [Theory]
    [InlineData("3118", 2024, 2018, null, "Indre Østfold (3118) did not exist in 2018; the area was Trøgstad, Spydeberg, Askim, Eidsberg and Hobøl. No municipality is selected.")]
    [InlineData("0122", 2018, 2024, "3118", "Trøgstad (0122) became part of Indre Østfold (3118) after 2018, merged from Trøgstad, Spydeberg, Askim, Eidsberg and Hobøl. Showing Indre Østfold (3118).")]
    [InlineData("5012", 2018, 2022, null, "Snillfjord (5012) was split after 2018 between Heim, Hitra and Orkland; none of them has the same area. No municipality is selected.")]
    [InlineData("1508", 2024, 2022, "1507", "Ålesund (1508) had other boundaries in 2022. Showing Ålesund (1507) as the municipality was then.")]
    public void AnEnglishYearChangeSaysWhyInEnglish(string code, int from, int to, string? expected, string? note)
    {
        var followed = MunicipalityHistory.Follow(Data.Correspondence!, M(code), from, to, ReaderLanguage.English);

        Assert.Equal((expected, note), (followed.Code?.Value, followed.Note));
    }

    [Fact]
    public void TheEnglishHistoryOfIndreOstfoldAndTromsoIsInEnglish()
    {
        var indreOstfold = MunicipalityHistory.Build(Data, 2024, M("3118"), ReaderLanguage.English)[0];
        var tromso = MunicipalityHistory.Build(Data, 2024, M("5501"), ReaderLanguage.English);

        Assert.Equal(
            "Indre Østfold was formed after 2018 from Trøgstad, Spydeberg, Askim, Eidsberg and Hobøl. The values are those of the former municipalities separately and cannot be combined into one figure.",
            indreOstfold.Note);
        Assert.Equal(["In 2018 it was Tromsø (1902).", "In 2022 it was Tromsø (5401).", null], tromso.Select(h => h.Note));
    }

    [Fact]
    public void SwitchingTheYearKeepsTromsoSelected()
    {
        var view = new MapView(Indicator.Kompetanse, 2024, null, M("5501"), ClassificationMethod.Quantile, null);

        var switched = MapViewQuery.WithYear(view, 2022, Data);

        Assert.Equal("5401", switched.View.Municipality?.Value);
        Assert.Empty(switched.Notes);
    }

    [Fact]
    public void TheChartDrawsTheComparableYearsAcrossTheWidth()
    {
        var chart = HistoryChart.Build(MunicipalityHistory.Build(Data, 2024, M("5501")))!;

        Assert.Equal([2018, 2022, 2024], chart.YearTicks.Select(t => t.Year));
        Assert.Equal([34.0, 310.0], [chart.YearTicks[0].X, chart.YearTicks[^1].X]);
        Assert.All(chart.Series, s => Assert.Equal(3, s.Points.Count));
        Assert.Equal([54.1, 62.7, 63.2], chart.Series[0].Points.Select(p => p.Value));
        Assert.Null(HistoryChart.Build(MunicipalityHistory.Build(Data, 2024, M("1508")).Where(h => h.Year == 2024).ToArray()));
    }

    private static MunicipalityCode M(string code) => MunicipalityCode.Parse(code);
}
