using Kommunedigital.Core.Survey;
using static Kommunedigital.Core.Tests.Survey.SurveyTestImport;

namespace Kommunedigital.Core.Tests.Survey;

/// <summary>Issue 11, kind 7: JSON-stat 2.0 as SSB's PxWebApi v2 returns it.</summary>
public class JsonStatImportTests
{
    [Fact]
    public void ReadsValuesAndStatusSymbolsOfAPxWebApiDataset()
    {
        var result = File("pxwebapi-v2.json");

        Assert.Equal(ImportVerdict.Accepted, result.Report.Verdict);
        Assert.Equal("JSON-stat 2.0, lang tabell (én rad per kommune, år og indikator), observasjoner nummerert fra 1", result.Report.Format);
        Assert.Equal((12, 12), (result.Report.RowsRead, result.Report.RowsAccepted));
        Assert.Equal(Score.Of(71.4), Get(result, "0301", 2022, Indicator.Prioritering));
        Assert.Equal(Score.FromSymbol(SsbSymbol.Missing), Get(result, "3024", 2022, Indicator.Prioritering));
        Assert.Equal(Score.Of(62.1), Get(result, "3024", 2022, Indicator.Kompetanse));
        Assert.Equal(Score.FromSymbol(SsbSymbol.Confidential), Get(result, "3024", 2022, Indicator.Aktivitet));
        Assert.Equal(Score.FromSymbol(SsbSymbol.NotApplicable), Get(result, "4601", 2022, Indicator.Kompetanse));
        Assert.Equal(Score.FromSymbol(SsbSymbol.Nil), Get(result, "5401", 2022, Indicator.Prioritering));
        Assert.Equal(Score.NotStated, Get(result, "5401", 2022, Indicator.Aktivitet));
        Assert.Empty(result.Report.NameWarnings);
    }

    [Fact]
    public void ReportsAnObservationByItsNumber()
    {
        var json = System.IO.File.ReadAllText(TestPaths.TestData("Survey/pxwebapi-v2.json")).Replace("\"K-5401\": 3", "\"K-9999\": 3", StringComparison.Ordinal);

        var result = Text(json, "feil.json");

        Assert.Equal(
            ["rad 10, kolonne «region»: Kommunenummeret gjaldt ikke 1. januar i året: 9999 i 2022 (året tegnes på 2020-inndelingen)",
             "rad 11, kolonne «region»: Kommunenummeret gjaldt ikke 1. januar i året: 9999 i 2022 (året tegnes på 2020-inndelingen)"],
            result.Report.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void RejectsADatasetWithAFurtherDimensionOfSeveralCategories()
    {
        var json = """
            {"version":"2.0","class":"dataset","id":["Region","Kjonn","ContentsCode","Tid"],"size":[1,2,1,1],
             "dimension":{"Region":{"category":{"index":{"0301":0}}},"Kjonn":{"label":"kjønn","category":{"index":{"1":0,"2":1}}},
             "ContentsCode":{"category":{"index":{"A":0},"label":{"A":"Digital aktivitet"}}},"Tid":{"category":{"index":{"2022":0}}}},
             "value":[1,2]}
            """;

        var result = Text(json, "kjonn.json");

        Assert.Equal("Filen kunne ikke leses som JSON-stat 2.0: Datasettet har en dimensjon til, «kjønn», med 2 kategorier; velg én kategori i uttaket.", result.Report.Rejection);
    }

    [Fact]
    public void RejectsJsonThatIsNotJsonStat()
    {
        var result = Text("{\"kommune\": \"0301\"}", "annet.json");

        Assert.Equal("Filen kunne ikke leses som JSON-stat 2.0: Filen er JSON, men ikke et JSON-stat 2.0-datasett (mangler «id», «size», «dimension» eller «value»).", result.Report.Rejection);
    }

    [Fact]
    public void RejectsBrokenJsonWithoutThrowing()
    {
        var result = Text("{\"version\": \"2.0\", \"id\": [", "avbrutt.json");

        Assert.StartsWith("Filen kunne ikke leses som JSON-stat 2.0: ", result.Report.Rejection);
    }
}
