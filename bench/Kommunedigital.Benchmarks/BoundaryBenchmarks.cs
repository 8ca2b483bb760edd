using BenchmarkDotNet.Attributes;
using Kommunedigital.Core.Boundaries;

namespace Kommunedigital.Benchmarks;

/// <summary>Start-up's boundary work, cold: a new loader reading every set from files each time.</summary>
[MemoryDiagnoser]
public class BoundaryBenchmarks
{
    [Benchmark(Description = "load, reproject, display-simplify all boundary sets")]
    public BoundaryCatalog LoadBoundariesCold() => BenchmarkData.LoadBoundaries();
}
