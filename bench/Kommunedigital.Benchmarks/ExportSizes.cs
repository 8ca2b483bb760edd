using Kommunedigital.Core.Export;

namespace Kommunedigital.Benchmarks;

/// <summary>The size of each file the export benchmarks write (the SVG has a budget: under 400 kB).</summary>
public static class ExportSizes
{
    public static IReadOnlyDictionary<string, long> Measure()
    {
        var inputs = ExportInputs.ForDefaultView();
        var sizes = new SortedDictionary<string, long>(StringComparer.Ordinal);
        void Weigh(string name, Action<Stream> export)
        {
            using var buffer = new MemoryStream();
            export(buffer);
            sizes[name] = buffer.Length;
        }

        Weigh("Png", s => PngExporter.Export(inputs.Model, s));
        Weigh("Svg", s => SvgExporter.Export(inputs.Model, s));
        Weigh("Pdf", s => PdfExporter.Export(inputs.Model, s));
        Weigh("Pptx", s => PptxExporter.Export(inputs.Model, s, inputs.ViewUrl));
        Weigh("Csv", inputs.WriteCsv);
        Weigh("Xlsx", inputs.WriteXlsx);
        Weigh("DatasetXlsx", inputs.WriteDatasetXlsx);
        Weigh("DatasetCsv", inputs.WriteDatasetCsv);
        return sizes;
    }
}
