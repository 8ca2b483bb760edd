using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Views;
using NetTopologySuite.Geometries;
using static Kommunedigital.Core.Tests.Views.TestSnapshot;

namespace Kommunedigital.Core.Tests.Views;

public class TableSortTests
{
    private static readonly Geometry Nowhere = new GeometryFactory().CreatePolygon();

    private static readonly Dictionary<string, string> CountyNames = new()
    {
        ["03"] = "Oslo",
        ["15"] = "Møre og Romsdal",
        ["18"] = "Nordland",
        ["32"] = "Akershus",
        ["46"] = "Vestland",
        ["55"] = "Troms",
    };

    // Real 2024 codes and names; scores and ranks made up, with a tie, a missing score and an SSB symbol.
    private static readonly ChoroplethEntry[] Entries =
    [
        Entry("4601", "Bergen", 61.0, 2),
        Entry("0301", "Oslo", 70.5, 1),
        Entry("1508", "Ålesund", 48.2, 4),
        Entry("1804", "Bodø", null, null),
        Entry("3201", "Bærum", 61.0, 2),
        Entry("4631", "Alver", 33.9, 5),
        WithScore("5501", "Tromsø", Score.FromSymbol(SsbSymbol.Confidential), null),
        Entry("4649", "Stad", 40.1, 6),
    ];

    private static ChoroplethEntry Entry(string code, string name, double? value, int? rank) =>
        WithScore(code, name, value is { } v ? Score.Of(v) : null, rank);

    private static ChoroplethEntry WithScore(string code, string name, Score? score, int? rank)
    {
        var c = M(code);
        var status = score is null ? EntryStatus.NotInDataset : score.Value.IsMissing ? EntryStatus.SsbSymbol : EntryStatus.Value;
        return new ChoroplethEntry(
            new Municipality(c, name, c.County, Nowhere, Nowhere), CountyNames[c.County.Value], score, status, null, "#cccccc", rank, string.Empty, null, c, name);
    }

    private static string[] Codes(TableSort sort) =>
        sort.Order(Entries).Select(e => e.Municipality.Code.Value).ToArray();

    [Fact]
    public void TheTableOpensInMunicipalityCodeOrder()
    {
        Assert.Equal(["0301", "1508", "1804", "3201", "4601", "4631", "4649", "5501"], Codes(TableSort.Default));
    }

    [Fact]
    public void NamesSortInNorwegianOrderWithAeOeAaAfterZ()
    {
        var names = TableSort.Default.Toggle(TableColumn.MunicipalityName)
            .Order(Entries)
            .Select(e => e.Municipality.Name);

        // Bodø before Bærum (o before æ), Ålesund last; an invariant sort would put Bærum first and Ålesund second.
        Assert.Equal(["Alver", "Bergen", "Bodø", "Bærum", "Oslo", "Stad", "Tromsø", "Ålesund"], names);
    }

    [Fact]
    public void CountyNamesSortInNorwegianOrderWithTiesInCodeOrder()
    {
        Assert.Equal(
            ["3201", "1508", "1804", "0301", "5501", "4601", "4631", "4649"],
            Codes(new TableSort(TableColumn.CountyName, Descending: false)));
    }

    [Fact]
    public void ValuesSortAscendingWithMissingLastAndTiesInCodeOrder()
    {
        Assert.Equal(["4631", "4649", "1508", "3201", "4601", "0301", "1804", "5501"], Codes(new TableSort(TableColumn.Value, Descending: false)));
    }

    [Fact]
    public void ValuesSortDescendingWithMissingStillLast()
    {
        Assert.Equal(["0301", "3201", "4601", "1508", "4649", "4631", "1804", "5501"], Codes(new TableSort(TableColumn.Value, Descending: true)));
    }

    [Fact]
    public void RanksSortWithUnrankedLastInEitherDirection()
    {
        Assert.Equal(["0301", "3201", "4601", "1508", "4631", "4649", "1804", "5501"], Codes(new TableSort(TableColumn.Rank, Descending: false)));
        Assert.Equal(["4649", "4631", "1508", "3201", "4601", "0301", "1804", "5501"], Codes(new TableSort(TableColumn.Rank, Descending: true)));
    }

    [Fact]
    public void ActivatingTheSameHeaderFlipsTheDirectionAndAnotherStartsAscending()
    {
        var byValue = TableSort.Default.Toggle(TableColumn.Value);
        Assert.Equal(new TableSort(TableColumn.Value, Descending: false), byValue);
        Assert.Equal(new TableSort(TableColumn.Value, Descending: true), byValue.Toggle(TableColumn.Value));
        Assert.Equal(new TableSort(TableColumn.Value, Descending: false), byValue.Toggle(TableColumn.Value).Toggle(TableColumn.Value));
        Assert.Equal(new TableSort(TableColumn.Rank, Descending: false), byValue.Toggle(TableColumn.Value).Toggle(TableColumn.Rank));
    }

    [Fact]
    public void OnlyTheSortColumnHasAnAriaSort()
    {
        var sort = new TableSort(TableColumn.Rank, Descending: true);

        Assert.Equal("descending", sort.AriaSort(TableColumn.Rank));
        Assert.Null(sort.AriaSort(TableColumn.Value));
        Assert.Equal("ascending", TableSort.Default.AriaSort(TableColumn.MunicipalityCode));
    }
}
