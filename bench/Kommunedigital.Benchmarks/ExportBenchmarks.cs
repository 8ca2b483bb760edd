using BenchmarkDotNet.Attributes;
using Kommunedigital.Core.Export;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Benchmarks;

/// <summary>
/// Downloads of the default view (whole country, latest year), warm: the model is built once, each
/// operation writes one file into a reused in-memory buffer, as an endpoint writes its response body.
/// </summary>
[MemoryDiagnoser]
public class ExportBenchmarks
{
    private readonly MemoryStream _buffer = new();
    private ExportInputs _inputs = null!;

    [GlobalSetup]
    public void Setup() => _inputs = ExportInputs.ForDefaultView();

    [Benchmark(Description = "PNG, whole country, default size")]
    public long Png() => Write(s => PngExporter.Export(_inputs.Model, s));

    [Benchmark(Description = "CSV, whole country")]
    public long Csv() => Write(_inputs.WriteCsv);

    [Benchmark(Description = "XLSX, whole country")]
    public long Xlsx() => Write(_inputs.WriteXlsx);

    [Benchmark(Description = "SVG, whole country")]
    public long Svg() => Write(s => SvgExporter.Export(_inputs.Model, s));

    [Benchmark(Description = "PDF, whole country")]
    public long Pdf() => Write(s => PdfExporter.Export(_inputs.Model, s));

    [Benchmark(Description = "PPTX, whole country")]
    public long Pptx() => Write(s => PptxExporter.Export(_inputs.Model, s, _inputs.ViewUrl));

    [Benchmark(Description = "GeoJSON, whole country")]
    public long GeoJson() => GeoJsonExporter.ToUtf8Bytes(_inputs.Model).LongLength;

    [Benchmark(Description = "JSON-stat, whole country")]
    public long JsonStat() => JsonStatExporter.ToUtf8Bytes(_inputs.Snapshot, _inputs.Model).LongLength;

    private long Write(Action<Stream> export)
    {
        _buffer.SetLength(0);
        export(_buffer);
        return _buffer.Length;
    }
}
