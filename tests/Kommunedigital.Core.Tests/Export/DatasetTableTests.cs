using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Export;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Tests.Survey;

namespace Kommunedigital.Core.Tests.Export;

public class DatasetTableTests
{
    [Fact]
    public void ListsEveryMunicipalityOfEachYearsStructureOrderedByYearThenCode()
    {
        var rows = DatasetTable.Build(ExportFixtures.Dataset(), TestCatalog.Instance);

        Assert.Equal(
            ["2018 0219", "2018 0301", "2018 1201", "2018 1902", "2022 0301", "2022 3024", "2022 4601", "2022 5401", "2024 0301", "2024 1580", "2024 3201", "2024 4601", "2024 5501"],
            rows.Select(r => $"{r.Year} {r.Municipality}"));
    }

    [Fact]
    public void TakesNamesAndCountiesFromTheYearsStructure()
    {
        var rows = DatasetTable.Build(ExportFixtures.Dataset(), TestCatalog.Instance);

        var baerum2018 = rows.Single(r => r.Year == 2018 && r.Municipality.Value == "0219");
        var bergen2022 = rows.Single(r => r.Year == 2022 && r.Municipality.Value == "4601");
        Assert.Equal(("Bærum", "02", "Akershus"), (baerum2018.MunicipalityName, baerum2018.County.Value, baerum2018.CountyName));
        Assert.Equal(("Bergen", "46", "Vestland"), (bergen2022.MunicipalityName, bergen2022.County.Value, bergen2022.CountyName));
        Assert.Equal(66.25, bergen2022.Prioritering!.Value.Value);
        Assert.Equal(SsbSymbol.NotApplicable, bergen2022.Kompetanse!.Value.Symbol);
    }

    [Fact]
    public void GivesMunicipalitiesWithoutRecordsNullScores()
    {
        var tromso = DatasetTable.Build(ExportFixtures.Dataset(), TestCatalog.Instance).Single(r => r.Year == 2022 && r.Municipality.Value == "5401");

        Assert.Equal("Tromsø", tromso.MunicipalityName);
        Assert.Null(tromso.Prioritering);
        Assert.Null(tromso.Kompetanse);
        Assert.Null(tromso.Aktivitet);
    }

    [Fact]
    public void FiltersByYearAndCounty()
    {
        var rows = DatasetTable.Build(ExportFixtures.Dataset(), TestCatalog.Instance, year: 2022, county: CountyCode.Parse("46"));

        var row = Assert.Single(rows);
        Assert.Equal(("4601", 2022, 100.0), (row.Municipality.Value, row.Year, row.Aktivitet!.Value.Value!.Value));
    }
}
