using Kommunedigital.Core.Survey;
using Kommunedigital.SampleData;

namespace Kommunedigital.Core.Tests.Survey;

public class SampleDataGeneratorTests
{
    [Fact]
    public void GivesEveryMunicipalityOfEachYearsStructureThreeScores()
    {
        var dataset = SampleDataGenerator.Generate(TestCatalog.Instance);

        Assert.Equal([2018, 2022, 2024], dataset.Years);
        Assert.Equal((4 + 4 + 5) * 3, dataset.Records.Count);
        Assert.True(dataset.IsSample);
        Assert.Equal("sample", dataset.Name);
        Assert.Equal(
            ["0219", "0301", "1201", "1902"],
            dataset.Records.Where(r => r.Year == 2018).Select(r => r.Municipality.Value).Distinct());
    }

    [Fact]
    public void IsDeterministicForTheSameSeed()
    {
        var first = SampleDataGenerator.Generate(TestCatalog.Instance);
        var second = SampleDataGenerator.Generate(TestCatalog.Instance);
        var other = SampleDataGenerator.Generate(TestCatalog.Instance, seed: 7);

        Assert.Equal(first.Records, second.Records);
        Assert.NotEqual(first.Records, other.Records);
    }

    [Fact]
    public void MarksNonRespondentsAndConfidentialScoresWithSsbSymbolsNeverZero()
    {
        var dataset = SampleDataGenerator.Generate(TestCatalog.Instance);

        var missing = dataset.Records.Where(r => r.Score.Symbol == SsbSymbol.Missing).ToArray();
        var confidential = dataset.Records.Where(r => r.Score.Symbol == SsbSymbol.Confidential).ToArray();
        Assert.Equal(3 * SampleDataGenerator.NonRespondentsPerYear * 3, missing.Length);
        Assert.Equal(3 * SampleDataGenerator.ConfidentialPerYear, confidential.Length);
        Assert.All(missing.Concat(confidential), r => Assert.Null(r.Score.Value));
        Assert.Equal(missing.Length + confidential.Length, dataset.Records.Count(r => r.Score.IsMissing));
    }

    [Fact]
    public void KeepsScoresOnZeroToHundredWithOneDecimal()
    {
        var values = SampleDataGenerator.Generate(TestCatalog.Instance).Records
            .Where(r => r.Score.Value is not null).Select(r => r.Score.Value!.Value).ToArray();

        Assert.NotEmpty(values);
        Assert.All(values, v => Assert.InRange(v, 0, 100));
        Assert.All(values, v => Assert.Equal(v, Math.Round(v, 1)));
    }
}
