using Kommunedigital.Core.Export;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Benchmarks;

/// <summary>
/// The default view's model and how each download of it is written, shared by the benchmarks and
/// <see cref="ExportSizes"/> so that what is timed and what is weighed are the same files.
/// </summary>
public sealed class ExportInputs
{
    private ExportInputs(DataSnapshot snapshot, ChoroplethModel model)
    {
        Snapshot = snapshot;
        Model = model;
    }

    public DataSnapshot Snapshot { get; }

    public ChoroplethModel Model { get; }

    /// <summary>The link written into the PPTX notes (its length, not its host, matters here).</summary>
    public string ViewUrl => "http://127.0.0.1/?" + QueryNames.Year + "=" + Model.View.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static ExportInputs ForDefaultView()
    {
        var snapshot = BenchmarkData.Snapshot;
        return new ExportInputs(snapshot, ChoroplethModelBuilder.Build(snapshot, BenchmarkData.DefaultView));
    }

    public void WriteCsv(Stream output) =>
        DatasetCsvWriter.Write(DatasetTable.Build(Snapshot.Dataset, Snapshot.Boundaries, Model.View.Year, Model.View.County), output);

    public void WriteXlsx(Stream output) =>
        DatasetXlsxWriter.Write(
            DatasetTable.Build(Snapshot.Dataset, Snapshot.Boundaries, Model.View.Year, Model.View.County),
            AboutEntry.Standard(Snapshot.Dataset, Snapshot.Boundaries, Model.Title, DateTimeOffset.UtcNow),
            output);

    public void WriteDatasetXlsx(Stream output) =>
        DatasetXlsxWriter.Write(
            DatasetTable.Build(Snapshot.Dataset, Snapshot.Boundaries),
            AboutEntry.Standard(Snapshot.Dataset, Snapshot.Boundaries, "Alle år, hele landet", DateTimeOffset.UtcNow),
            output);

    public void WriteDatasetCsv(Stream output) =>
        DatasetCsvWriter.Write(DatasetTable.Build(Snapshot.Dataset, Snapshot.Boundaries), output);
}
