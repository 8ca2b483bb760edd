using BenchmarkDotNet.Attributes;

namespace Kommunedigital.Benchmarks;

/// <summary>
/// Downloads of the default view (whole country, latest year), warm: each operation does what the export
/// endpoint does after reading the query (build the view's model, write the file) into a reused in-memory
/// buffer, as the endpoint writes into its response buffer. HTTP itself is measured by wrk.
/// </summary>
[MemoryDiagnoser]
public class ExportBenchmarks
{
    private readonly MemoryStream _buffer = new();
    private ExportInputs _inputs = null!;

    [GlobalSetup]
    public void Setup() => _inputs = ExportInputs.ForDefaultView();

    [Benchmark(Description = "PNG, whole country, default size")]
    public long Png() => Write(_inputs.WritePng);

    [Benchmark(Description = "CSV, whole country")]
    public long Csv() => Write(_inputs.WriteCsv);

    [Benchmark(Description = "XLSX, whole country")]
    public long Xlsx() => Write(_inputs.WriteXlsx);

    [Benchmark(Description = "SVG, whole country")]
    public long Svg() => Write(_inputs.WriteSvg);

    [Benchmark(Description = "PDF, whole country")]
    public long Pdf() => Write(_inputs.WritePdf);

    [Benchmark(Description = "PPTX, whole country")]
    public long Pptx() => Write(_inputs.WritePptx);

    [Benchmark(Description = "GeoJSON, whole country")]
    public long GeoJson() => Write(_inputs.WriteGeoJson);

    [Benchmark(Description = "JSON-stat, whole country")]
    public long JsonStat() => Write(_inputs.WriteJsonStat);

    private long Write(Action<Stream> export)
    {
        _buffer.SetLength(0);
        export(_buffer);
        return _buffer.Length;
    }
}
