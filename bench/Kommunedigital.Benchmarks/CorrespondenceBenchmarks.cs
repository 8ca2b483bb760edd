using BenchmarkDotNet.Attributes;
using Kommunedigital.Core.Klass;

namespace Kommunedigital.Benchmarks;

/// <summary>
/// Start-up's KLASS work on the loaded boundaries (budget: the correspondence for all year pairs under 200 ms):
/// reading the three files through the manifest with their SHA-256 check and building the numbering, then the
/// correspondence between every pair of years 2018–2024.
/// </summary>
[MemoryDiagnoser]
public class CorrespondenceBenchmarks
{
    private MunicipalNumbering _numbering = null!;

    [GlobalSetup]
    public void Setup() => _numbering = BenchmarkData.LoadNumbering(BenchmarkData.Boundaries);

    [Benchmark(Description = "KLASS: read files (SHA-256), build the numbering of 2018-2024")]
    public MunicipalNumbering ReadKlassAndNumber() => BenchmarkData.LoadNumbering(BenchmarkData.Boundaries);

    [Benchmark(Description = "KLASS: correspondence for all year pairs 2018-2024")]
    public MunicipalCorrespondence CorrespondenceForAllYearPairs() => MunicipalCorrespondence.Create(_numbering);

    [Benchmark(Description = "KLASS: files, numbering and correspondence, as at start-up")]
    public MunicipalCorrespondence KlassAtStartUp() => MunicipalCorrespondence.Create(BenchmarkData.LoadNumbering(BenchmarkData.Boundaries));
}
