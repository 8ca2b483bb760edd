using BenchmarkDotNet.Attributes;
using Kommunedigital.Core.Classification;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Benchmarks;

/// <summary>What every change on the page costs the server: class breaks and the view's model.</summary>
[MemoryDiagnoser]
public class ViewBenchmarks
{
    private DataSnapshot _snapshot = null!;
    private MapView _view = null!;
    private double[] _values = [];

    [GlobalSetup]
    public void Setup()
    {
        _snapshot = BenchmarkData.Snapshot;
        _view = BenchmarkData.DefaultView;
        // The default view's values: one indicator, one year, every municipality with a value.
        _values = _snapshot.Dataset.Records
            .Where(r => r.Year == _view.Year && r.Indicator == _view.Indicator && r.Score.Value is not null)
            .Select(r => r.Score.Value!.Value)
            .ToArray();
    }

    [Benchmark(Description = "classification, quantile")]
    public IReadOnlyList<double> ClassifyQuantile() => ChoroplethClassifier.Breaks(_values, ClassificationMethod.Quantile);

    [Benchmark(Description = "classification, natural breaks (Jenks)")]
    public IReadOnlyList<double> ClassifyNaturalBreaks() => ChoroplethClassifier.Breaks(_values, ClassificationMethod.NaturalBreaks);

    [Benchmark(Description = "ChoroplethModelBuilder.Build, default view")]
    public ChoroplethModel BuildModel() => ChoroplethModelBuilder.Build(_snapshot, _view);
}
