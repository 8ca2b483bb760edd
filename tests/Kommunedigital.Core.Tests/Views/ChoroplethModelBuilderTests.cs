using Kommunedigital.Core.Classification;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Views;
using static Kommunedigital.Core.Tests.Views.TestSnapshot;

namespace Kommunedigital.Core.Tests.Views;

public class ChoroplethModelBuilderTests
{
    private static readonly DataSnapshot Data = Create();

    private static ChoroplethModel Build(Indicator indicator, int year, string? county = null, ClassificationMethod method = ClassificationMethod.Quantile, GeoBounds? extent = null) =>
        ChoroplethModelBuilder.Build(Data, new MapView(indicator, year, county is null ? null : C(county), null, method, extent));

    [Fact]
    public void HasAnEntryForEveryMunicipalityOfTheYearsStructureInCodeOrder()
    {
        Assert.Equal(
            ["0301", "1103", "1108", "1508", "1804", "3201", "3203", "4601", "4602", "4640"],
            Build(Indicator.Prioritering, 2024).Entries.Select(e => e.Municipality.Code.Value));
        Assert.Equal(
            ["0301", "3024", "3025", "4601", "4602"],
            Build(Indicator.Prioritering, 2022).Entries.Select(e => e.Municipality.Code.Value));
        Assert.Equal("2020", Build(Indicator.Prioritering, 2022).Boundaries.Id);
    }

    [Fact]
    public void ClassesTheWholeCountryInQuantilesWithoutSplittingTies()
    {
        var model = Build(Indicator.Prioritering, 2024);

        Assert.Equal(
            [
                new LegendClass(0, 45.25, 49.5, "#fde725", 2, "45,3–49,5", "2 kommuner"),
                new LegendClass(1, 49.5, 64.0, "#5dc863", 2, "49,5–64,0", "2 kommuner"),
                new LegendClass(2, 64.0, 66.0, "#21908c", 1, "64,0–66,0", "1 kommune"),
                new LegendClass(3, 66.0, 72.5, "#3b528b", 2, "66,0–72,5", "2 kommuner"),
                new LegendClass(4, 72.5, 80.1, "#440154", 1, "72,5–80,1", "1 kommune"),
            ],
            model.Legend);
    }

    [Fact]
    public void EntriesCarryScoreClassFillAndCompetitionRank()
    {
        var model = Build(Indicator.Prioritering, 2024);

        Assert.Equal(
            [
                ("0301", 72.5, 3, "#3b528b", 2),
                ("1103", 58.0, 1, "#5dc863", 6),
                ("1108", 49.5, 0, "#fde725", 7),
                ("1508", 66.0, 2, "#21908c", 4),
                ("1804", 45.25, 0, "#fde725", 8),
                ("3201", 80.1, 4, "#440154", 1),
                ("3203", 64.0, 1, "#5dc863", 5),
                ("4601", 72.5, 3, "#3b528b", 2),
                ("4602", (double?)null, (int?)null, "#d9d9d9", (int?)null),
                ("4640", null, null, "#d9d9d9", null),
            ],
            model.Entries.Select(e => (e.Municipality.Code.Value, e.Score?.Value, e.ClassIndex, e.Fill, e.Rank)));
        Assert.All(model.Entries, e => Assert.True(e.InSelection));
        Assert.Equal(8, model.RankedCount);
    }

    [Fact]
    public void EntriesCarryTheTextsEveryReaderShows()
    {
        var model = Build(Indicator.Prioritering, 2024);

        Assert.Equal(
            [
                ("0301", EntryStatus.Value, "72,5", "nr. 2 av 8", "Oslo"),
                ("1103", EntryStatus.Value, "58,0", "nr. 6 av 8", "Rogaland"),
                ("1108", EntryStatus.Value, "49,5", "nr. 7 av 8", "Rogaland"),
                ("1508", EntryStatus.Value, "66,0", "nr. 4 av 8", "Møre og Romsdal"),
                ("1804", EntryStatus.Value, "45,3", "nr. 8 av 8", "Nordland"),
                ("3201", EntryStatus.Value, "80,1", "nr. 1 av 8", "Akershus"),
                ("3203", EntryStatus.Value, "64,0", "nr. 5 av 8", "Akershus"),
                ("4601", EntryStatus.Value, "72,5", "nr. 2 av 8", "Vestland"),
                ("4602", EntryStatus.SsbSymbol, "Vises ikke av konfidensialitetshensyn", (string?)null, "Vestland"),
                ("4640", EntryStatus.NotInDataset, "Ikke med i datasettet", null, "Vestland"),
            ],
            model.Entries.Select(e => (e.Municipality.Code.Value, e.Status, e.ValueText, e.RankText, e.CountyName)));
        Assert.Equal("10 kommuner", model.SelectedCountText);
    }

    [Fact]
    public void AnEmptyCellIsNotStatedApartFromSsbsSymbols()
    {
        var model = Build(Indicator.Aktivitet, 2022);

        Assert.Equal(
            [
                ("0301", EntryStatus.Value, "79,9"),
                ("3024", EntryStatus.Value, "74,2"),
                ("3025", EntryStatus.NotStated, "Ikke oppgitt"),
                ("4601", EntryStatus.Value, "64,4"),
                ("4602", EntryStatus.SsbSymbol, "Vises ikke av konfidensialitetshensyn"),
            ],
            model.Entries.Select(e => (e.Municipality.Code.Value, e.Status, e.ValueText)));
        Assert.Equal(
            [
                new MissingGroup(EntryStatus.SsbSymbol, SsbSymbol.Confidential, 1, "Vises ikke av konfidensialitetshensyn", "Mangler data: Vises ikke av konfidensialitetshensyn (:)", "1 kommune"),
                new MissingGroup(EntryStatus.NotStated, null, 1, "Ikke oppgitt", "Mangler data: Ikke oppgitt", "1 kommune"),
            ],
            model.Missing);
        Assert.Equal(3, model.RankedCount);
    }

    [Fact]
    public void MissingValuesAreGroupedBySsbSymbolApartFromMunicipalitiesWithoutARecord()
    {
        var model = Build(Indicator.Prioritering, 2024);

        Assert.Equal(
            [
                new MissingGroup(EntryStatus.SsbSymbol, SsbSymbol.Confidential, 1, "Vises ikke av konfidensialitetshensyn", "Mangler data: Vises ikke av konfidensialitetshensyn (:)", "1 kommune"),
                new MissingGroup(EntryStatus.NotInDataset, null, 1, "Ikke med i datasettet", "Mangler data: Ikke med i datasettet", "1 kommune"),
            ],
            model.Missing);
        Assert.True(model.TryGetEntry(M("4602"), out var confidential));
        Assert.Equal(SsbSymbol.Confidential, confidential.Score?.Symbol);
        Assert.True(model.TryGetEntry(M("4640"), out var noRecord));
        Assert.Null(noRecord.Score);
    }

    [Fact]
    public void ACountyFilterClassesOnlyTheCountyAndGreysTheRestButRanksNationally()
    {
        var model = Build(Indicator.Kompetanse, 2024, county: "46");

        Assert.Equal("Digital kompetanse 2024 – Vestland", model.Title);
        Assert.Equal(
            [
                new LegendClass(0, 0.0, 0.0, "#fde725", 1, "0,0–0,0", "1 kommune"),
                new LegendClass(1, 0.0, 40.0, "#21908c", 1, "0,0–40,0", "1 kommune"),
                new LegendClass(2, 40.0, 58.3, "#440154", 1, "40,0–58,3", "1 kommune"),
            ],
            model.Legend);
        Assert.Equal(["4601", "4602", "4640"], model.Selected.Select(e => e.Municipality.Code.Value));
        Assert.All(model.Entries.Where(e => !e.InSelection), e =>
        {
            Assert.Equal("#f0f0f0", e.Fill);
            Assert.Equal(EntryStatus.OutsideSelection, e.Status);
            Assert.Null(e.ClassIndex);
        });
        Assert.True(model.TryGetEntry(M("0301"), out var oslo));
        Assert.Equal(1, oslo.Rank);
        Assert.Equal(70.0, oslo.Score?.Value);
        Assert.True(model.TryGetEntry(M("4640"), out var sogndal));
        Assert.Equal((0.0, SsbSymbol.Nil, 0, "#fde725", 10), (sogndal.Score?.Value, sogndal.Score?.Symbol, sogndal.ClassIndex, sogndal.Fill, sogndal.Rank));
        Assert.Empty(model.Missing);
    }

    [Fact]
    public void MissingGroupsCountOnlyTheSelection()
    {
        Assert.Equal(
            [new MissingGroup(EntryStatus.SsbSymbol, SsbSymbol.NotApplicable, 1, "Tall kan ikke forekomme", "Mangler data: Tall kan ikke forekomme (.)", "1 kommune")],
            Build(Indicator.Aktivitet, 2024, county: "32").Missing);
        Assert.Empty(Build(Indicator.Aktivitet, 2024, county: "46").Missing);
    }

    [Fact]
    public void ExtentIsTheCountryTheCountyOrTheExplicitBox()
    {
        var country = Build(Indicator.Prioritering, 2024).Extent;
        Assert.Equal((5.0, 14.3 + 0.2, 58.7, 67.2 + 0.2), (country.MinX, country.MaxX, country.MinY, country.MaxY));

        var vestland = Build(Indicator.Prioritering, 2024, county: "46").Extent;
        Assert.Equal((5.0, 7.0 + 0.2, 60.3, 61.5 + 0.2), (vestland.MinX, vestland.MaxX, vestland.MinY, vestland.MaxY));

        var box = Build(Indicator.Prioritering, 2024, county: "46", extent: new GeoBounds(4.5, 57.9, 31.2, 71.2)).Extent;
        Assert.Equal((4.5, 31.2, 57.9, 71.2), (box.MinX, box.MaxX, box.MinY, box.MaxY));
    }

    [Fact]
    public void TheExtentIsACopySoChangingItLeavesTheStructureAlone()
    {
        var model = Build(Indicator.Prioritering, 2024);
        model.Extent.ExpandToInclude(100, 80);

        Assert.Equal(14.3 + 0.2, model.Boundaries.Extent.MaxX);
    }

    [Fact]
    public void TitleSampleFlagAndSourceLineComeFromTheViewAndDataset()
    {
        var model = Build(Indicator.Kompetanse, 2022);

        Assert.Equal("Digital kompetanse 2022", model.Title);
        Assert.True(model.IsSample);
        Assert.Equal("Kilde: SSB/Digdir. Kartgrunnlag: © Kartverket (CC BY 4.0)", model.SourceLine);
        Assert.False(ChoroplethModelBuilder.Build(Create(isSample: false), MapViewQuery.Default(Data)).IsSample);
    }

    [Fact]
    public void TheMethodChoosesTheBreaks()
    {
        var values = new[] { 72.5, 58.0, 49.5, 66.0, 45.25, 80.1, 64.0, 72.5 };

        foreach (var method in Enum.GetValues<ClassificationMethod>())
        {
            var model = Build(Indicator.Prioritering, 2024, method: method);

            Assert.Equal(ChoroplethClassifier.Breaks(values, method), model.Legend.Select(l => l.Upper));
            Assert.Equal(8, model.Legend.Sum(l => l.Count));
        }

        Assert.Equal(
            [45.25 + ((80.1 - 45.25) * 1 / 5), 45.25 + ((80.1 - 45.25) * 2 / 5), 45.25 + ((80.1 - 45.25) * 3 / 5), 45.25 + ((80.1 - 45.25) * 4 / 5), 80.1],
            Build(Indicator.Prioritering, 2024, method: ClassificationMethod.EqualInterval).Legend.Select(l => l.Upper));
    }

    [Fact]
    public void EveryFillInTheSelectionIsItsLegendClassColour()
    {
        foreach (var method in Enum.GetValues<ClassificationMethod>())
        {
            var model = Build(Indicator.Aktivitet, 2024, method: method);

            Assert.All(model.Selected.Where(e => e.ClassIndex is not null), e =>
            {
                var legendClass = model.Legend[e.ClassIndex!.Value];
                Assert.Equal(legendClass.Colour, e.Fill);
                Assert.InRange(e.Score!.Value.Value!.Value, legendClass.Lower, legendClass.Upper);
            });
        }
    }

    [Fact]
    public void AYearWithoutRecordsGivesAnEmptyLegendAndEveryMunicipalityNotInTheDataset()
    {
        var model = Build(Indicator.Prioritering, 2019);

        Assert.Empty(model.Legend);
        Assert.All(model.Entries, e => Assert.Equal(("#d9d9d9", EntryStatus.NotInDataset), (e.Fill, e.Status)));
        Assert.Equal([new MissingGroup(EntryStatus.NotInDataset, null, 4, "Ikke med i datasettet", "Mangler data: Ikke med i datasettet", "4 kommuner")], model.Missing);
        Assert.Equal(0, model.RankedCount);
    }

    [Fact]
    public void ACountyNotInTheStructureIsAProgrammingError()
    {
        Assert.Throws<ArgumentException>(() => Build(Indicator.Prioritering, 2024, county: "12"));
        Assert.Throws<ArgumentException>(() => Build(Indicator.Prioritering, 2017));
    }
}
