using BenchmarkDotNet.Attributes;
using Kommunedigital.Core.Classification;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Benchmarks;

/// <summary>What every change on the page costs the server: class breaks and the view's model, level and change.</summary>
[MemoryDiagnoser]
public class ViewBenchmarks
{
    private DataSnapshot _snapshot = null!;
    private MapView _view = null!;
    private MapView _changeView = null!;
    private double[] _values = [];

    [GlobalSetup]
    public void Setup()
    {
        _snapshot = BenchmarkData.Snapshot;
        _view = BenchmarkData.DefaultView;

        // The widest change the sample data has: 2018 to 2024, across both reforms, on the 2024 structure.
        _changeView = _view with { Year = 2024, ChangeFrom = 2018 };
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

    [Benchmark(Description = "ChoroplethModelBuilder.Build, change view 2018-2024")]
    public ChoroplethModel BuildChangeModel() => ChoroplethModelBuilder.Build(_snapshot, _changeView);
}
