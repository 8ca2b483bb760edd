using System.Globalization;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Export;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Benchmarks;

/// <summary>
/// The downloads of the default view (whole country, latest year) written as the export endpoints write them
/// (src/Kommunedigital.Web/Endpoints/ExportEndpoints.cs): the view's model is built per request, then the file.
/// Shared by the benchmarks and <see cref="ExportSizes"/>, so what is timed and what is weighed are the same files.
/// </summary>
public sealed class ExportInputs
{
    private ExportInputs(DataSnapshot snapshot, MapView view)
    {
        Snapshot = snapshot;
        View = view;
    }

    public DataSnapshot Snapshot { get; }

    public MapView View { get; }

    /// <summary>The link the PPTX notes carry, shaped like the endpoint's.</summary>
    public string ViewUrl => string.Create(CultureInfo.InvariantCulture,
        $"http://127.0.0.1:5294/?{QueryNames.Indicator}={IndicatorText.Slug(View.Indicator)}&{QueryNames.Year}={View.Year}");

    public static ExportInputs ForDefaultView() => new(BenchmarkData.Snapshot, BenchmarkData.DefaultView);

    public ChoroplethModel Model() => ChoroplethModelBuilder.Build(Snapshot, View);

    public void WritePng(Stream output) => PngExporter.Export(Model(), output);

    public void WriteSvg(Stream output) => SvgExporter.Export(Model(), output);

    public void WritePdf(Stream output) => PdfExporter.Export(Model(), output);

    public void WritePptx(Stream output) => PptxExporter.Export(Model(), output, ViewUrl);

    public void WriteGeoJson(Stream output) => output.Write(GeoJsonExporter.ToUtf8Bytes(Model()));

    public void WriteJsonStat(Stream output) => output.Write(JsonStatExporter.ToUtf8Bytes(Snapshot, Model()));

    public void WriteCsv(Stream output)
    {
        DatasetCsvWriter.Write(DatasetTable.FromModel(Model(), Snapshot.Dataset), output);
    }

    public void WriteXlsx(Stream output)
    {
        var model = Model();
        DatasetXlsxWriter.Write(
            DatasetTable.FromModel(model, Snapshot.Dataset),
            AboutEntry.Standard(Snapshot.Dataset, Snapshot.Boundaries, model.Title, DateTimeOffset.Now),
            output);
    }

    public void WriteDatasetXlsx(Stream output) =>
        DatasetXlsxWriter.Write(
            DatasetTable.Build(Snapshot.Dataset, Snapshot.Boundaries),
            AboutEntry.Standard(Snapshot.Dataset, Snapshot.Boundaries, "Alle år, hele landet", DateTimeOffset.Now),
            output);

    public void WriteDatasetCsv(Stream output) =>
        DatasetCsvWriter.Write(DatasetTable.Build(Snapshot.Dataset, Snapshot.Boundaries), output);
}
