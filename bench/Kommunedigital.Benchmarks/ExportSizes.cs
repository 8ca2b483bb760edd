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

        Weigh("Png", inputs.WritePng);
        Weigh("Svg", inputs.WriteSvg);
        Weigh("Pdf", inputs.WritePdf);
        Weigh("Pptx", inputs.WritePptx);
        Weigh("GeoJson", inputs.WriteGeoJson);
        Weigh("JsonStat", inputs.WriteJsonStat);
        Weigh("Csv", inputs.WriteCsv);
        Weigh("Xlsx", inputs.WriteXlsx);
        Weigh("DatasetXlsx", inputs.WriteDatasetXlsx);
        Weigh("DatasetCsv", inputs.WriteDatasetCsv);
        return sizes;
    }
}
