using BenchmarkDotNet.Attributes;
using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Survey;

namespace Kommunedigital.Benchmarks;

/// <summary>Importing the shipped sample dataset (every year, municipality and indicator).</summary>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private BoundaryCatalog _boundaries = null!;

    [GlobalSetup]
    public void Setup() => _boundaries = BenchmarkData.Boundaries;

    [Benchmark(Description = "import sample .xlsx")]
    public SurveyDataset ImportSampleXlsx() => Import(BenchmarkData.SampleXlsx);

    [Benchmark(Description = "import sample .csv")]
    public SurveyDataset ImportSampleCsv() => Import(BenchmarkData.SampleCsv);

    private SurveyDataset Import(string path) =>
        new SurveyImporter().ImportFile(path, _boundaries, isSample: true).Dataset
            ?? throw new InvalidOperationException($"The sample file {path} was rejected.");
}
