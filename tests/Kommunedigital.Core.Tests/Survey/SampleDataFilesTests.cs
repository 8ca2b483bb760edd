using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Tests.Boundaries;
using Kommunedigital.Core.Tests.Export;
using Kommunedigital.SampleData;

namespace Kommunedigital.Core.Tests.Survey;

/// <summary>The committed sample files against the generator and the real boundaries.</summary>
public class SampleDataFilesTests(RealBoundaryCatalogFixture fixture) : IClassFixture<RealBoundaryCatalogFixture>
{
    private static string SampleFile(string extension) =>
        Path.Combine(TestPaths.RepoRoot, "data", "sample", SampleDataGenerator.FileBaseName + extension);

    private ImportResult Import(string extension) =>
        new SurveyImporter().ImportFile(SampleFile(extension), fixture.Catalog, isSample: true);

    [Theory]
    [InlineData(".xlsx")]
    [InlineData(".csv")]
    public void CommittedFileEqualsTheGeneratorValueByValue(string extension)
    {
        var generated = SampleDataGenerator.Generate(fixture.Catalog);

        var imported = Import(extension);

        Assert.Empty(imported.Report.Problems);
        Assert.Equal(generated.Records.Count, imported.Dataset!.Records.Count);
        ExportFixtures.AssertSameScores(generated, imported.Dataset);
    }

    [Theory]
    [InlineData(".xlsx")]
    [InlineData(".csv")]
    public void CommittedFileHasEveryMunicipalityOfEachYear(string extension)
    {
        var result = Import(extension);

        Assert.False(result.Report.IsRejected);
        Assert.Equal(1135, result.Report.RowsRead);
        Assert.Equal(1135, result.Report.RowsAccepted);
        Assert.Equal(3405, result.Report.ScoreCount);
        Assert.Equal([2018, 2022, 2024], result.Report.Years);
        Assert.Equal(
            [422, 356, 357],
            result.Dataset!.Years.Select(y => result.Dataset.Records.Where(r => r.Year == y).Select(r => r.Municipality).Distinct().Count()));
        Assert.Equal(18, result.Report.SymbolCounts[SsbSymbol.Missing]);
        Assert.Equal(3, result.Report.SymbolCounts[SsbSymbol.Confidential]);
        Assert.True(result.Dataset.IsSample);
    }

    [Fact]
    public void ReadsExactScoresBack()
    {
        var dataset = Import(".xlsx").Dataset!;

        Assert.Equal(34.3, dataset.Get(MunicipalityCode.Parse("0301"), 2022, Indicator.Kompetanse)!.Value.Value);
        Assert.Equal(45.8, dataset.Get(MunicipalityCode.Parse("1201"), 2018, Indicator.Prioritering)!.Value.Value);
        Assert.Equal(54.1, dataset.Get(MunicipalityCode.Parse("1580"), 2024, Indicator.Aktivitet)!.Value.Value);
    }

    [Fact]
    public void ScoresImproveFrom2018To2022AndDifferBetweenCounties()
    {
        var dataset = Import(".csv").Dataset!;
        double Mean(int year) => dataset.Records.Where(r => r.Year == year && r.Score.Value is not null).Average(r => r.Score.Value!.Value);
        var countyMeans = dataset.Records.Where(r => r.Year == 2024 && r.Score.Value is not null)
            .GroupBy(r => r.Municipality.County).Select(g => g.Average(r => r.Score.Value!.Value)).ToArray();

        Assert.True(Mean(2022) > Mean(2018) + 5, $"2018 {Mean(2018)}, 2022 {Mean(2022)}");
        Assert.True(Mean(2024) > Mean(2022));
        Assert.True(countyMeans.Max() - countyMeans.Min() > 5);
    }
}
