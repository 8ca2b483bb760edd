using BenchmarkDotNet.Attributes;

namespace Kommunedigital.Benchmarks;

/// <summary>"Last ned datasettet": every year and municipality in long form.</summary>
[MemoryDiagnoser]
public class DatasetBenchmarks
{
    private readonly MemoryStream _buffer = new();
    private ExportInputs _inputs = null!;

    [GlobalSetup]
    public void Setup() => _inputs = ExportInputs.ForDefaultView();

    [Benchmark(Description = "whole dataset, Excel")]
    public long DatasetXlsx() => Write(_inputs.WriteDatasetXlsx);

    [Benchmark(Description = "whole dataset, CSV")]
    public long DatasetCsv() => Write(_inputs.WriteDatasetCsv);

    private long Write(Action<Stream> export)
    {
        _buffer.SetLength(0);
        export(_buffer);
        return _buffer.Length;
    }
}
