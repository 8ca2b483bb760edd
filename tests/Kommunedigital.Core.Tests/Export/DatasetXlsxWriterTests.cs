using ClosedXML.Excel;
using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Export;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Tests.Survey;

namespace Kommunedigital.Core.Tests.Export;

public class DatasetXlsxWriterTests
{
    private static readonly DateTimeOffset ExportTime = new(2025, 3, 14, 9, 30, 0, TimeSpan.FromHours(1));

    private static byte[] Write(IReadOnlyList<DatasetRow> rows, IEnumerable<AboutEntry> about)
    {
        using var stream = new MemoryStream();
        DatasetXlsxWriter.Write(rows, about, stream);
        return stream.ToArray();
    }

    private static byte[] WriteFixture(SurveyDataset dataset) =>
        Write(DatasetTable.Build(dataset, TestCatalog.Instance), AboutEntry.Standard(dataset, TestCatalog.Instance, "Alle år, hele landet", ExportTime));

    [Fact]
    public void StoresCodesAsTextAndScoresAsNumbersWithOneDecimalShown()
    {
        using var workbook = new XLWorkbook(new MemoryStream(WriteFixture(ExportFixtures.Dataset())));
        var sheet = workbook.Worksheet(DatasetXlsxWriter.DataSheet);

        Assert.Equal(DatasetColumns.All, Enumerable.Range(1, 11).Select(c => sheet.Cell(1, c).GetString()));
        var oslo2018 = sheet.Row(3);
        Assert.Equal(XLDataType.Text, oslo2018.Cell(1).DataType);
        Assert.Equal("0301", oslo2018.Cell(1).GetString());
        Assert.Equal("@", oslo2018.Cell(1).Style.NumberFormat.Format);
        Assert.Equal("03", oslo2018.Cell(3).GetString());
        Assert.Equal(2018.0, oslo2018.Cell(5).Value);
        Assert.Equal(XLDataType.Number, oslo2018.Cell(6).DataType);
        Assert.Equal(55.3, oslo2018.Cell(6).GetDouble());
        Assert.Equal("0.0", oslo2018.Cell(6).Style.NumberFormat.Format);
        Assert.Equal((60.0, "0.0"), (oslo2018.Cell(7).GetDouble(), oslo2018.Cell(7).Style.NumberFormat.Format));
        Assert.True(oslo2018.Cell(8).IsEmpty());
        Assert.Equal("..", oslo2018.Cell(11).GetString());
        var bergen2018 = sheet.Row(4); // no record at all
        Assert.Equal(("1201", "ikke med i datasettet"), (bergen2018.Cell(1).GetString(), bergen2018.Cell(9).GetString()));
        Assert.True(bergen2018.Cell(6).IsEmpty());
        var bergen2022 = sheet.Row(8);
        Assert.Equal(("4601", 66.25), (bergen2022.Cell(1).GetString(), bergen2022.Cell(6).GetDouble()));
    }

    [Fact]
    public void FreezesHeaderSetsAutofilterAndExplicitWidths()
    {
        using var workbook = new XLWorkbook(new MemoryStream(WriteFixture(ExportFixtures.Dataset())));
        var sheet = workbook.Worksheet(DatasetXlsxWriter.DataSheet);

        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.True(sheet.AutoFilter.IsEnabled);
        Assert.Equal("A1:K14", sheet.AutoFilter.Range.RangeAddress.ToString());
        Assert.Equal(15, sheet.Column(1).Width);
        Assert.Equal(28, sheet.Column(2).Width);
    }

    [Fact]
    public void KeepsNamesBeginningWithEqualsAsText()
    {
        DatasetRow[] rows = [new(MunicipalityCode.Parse("0301"), "=1+2", CountyCode.Parse("03"), "@Oslo", 2022, Score.Of(50), null, null)];

        using var workbook = new XLWorkbook(new MemoryStream(Write(rows, [new AboutEntry("=Kilde", "=SUM(A1:A2)")])));
        var cell = workbook.Worksheet(DatasetXlsxWriter.DataSheet).Cell(2, 2);
        var about = workbook.Worksheet(DatasetXlsxWriter.AboutSheet);

        Assert.False(cell.HasFormula);
        Assert.Equal(XLDataType.Text, cell.DataType);
        Assert.Equal("=1+2", cell.GetString());
        Assert.Equal("@Oslo", workbook.Worksheet(DatasetXlsxWriter.DataSheet).Cell(2, 4).GetString());
        Assert.False(about.Cell(1, 2).HasFormula);
        Assert.Equal("=SUM(A1:A2)", about.Cell(1, 2).GetString());
    }

    [Fact]
    public void WritesAboutSheetWithSourceAttributionFiltersStructuresAndTime()
    {
        using var workbook = new XLWorkbook(new MemoryStream(WriteFixture(ExportFixtures.Dataset())));
        var about = workbook.Worksheet(DatasetXlsxWriter.AboutSheet);
        var lines = Enumerable.Range(1, about.LastRowUsed().RowNumber())
            .Select(r => $"{about.Cell(r, 1).GetString()}: {about.Cell(r, 2).GetString()}")
            .ToArray();

        Assert.Equal(
            [
                "Kilde: SSB/Digdir, «Digitalisering i kommunene»",
                "Kart: Kartgrunnlag: © Kartverket (CC BY 4.0)",
                "Datasett: test",
                "Utvalg: Alle år, hele landet",
                "Kommunestruktur 2018: 2018 (4 kommuner)",
                "Kommunestruktur 2022: 2020 (4 kommuner)",
                "Kommunestruktur 2024: 2024 (5 kommuner)",
                "Indikatorer: Skår 0–100 med én desimal; manglende verdier står tomme med SSBs symbol i statuskolonnen (.. = tall mangler, . = kan ikke forekomme, : = konfidensielt, - = null).",
                "Eksportert: 2025-03-14 09:30 +01:00",
            ],
            lines);
    }

    [Fact]
    public void PutsTheSampleNoticeFirstForSampleData()
    {
        var sample = new SurveyDataset("sample", isSample: true, ExportFixtures.Dataset().Records);

        using var workbook = new XLWorkbook(new MemoryStream(WriteFixture(sample)));
        var about = workbook.Worksheet(DatasetXlsxWriter.AboutSheet);

        Assert.Equal("Merk", about.Cell(1, 1).GetString());
        Assert.Equal("Eksempeldata – ikke offisielle tall fra SSB", about.Cell(1, 2).GetString());
    }

    [Fact]
    public void ImportsBackUnchangedThroughTheSurveyImporter()
    {
        var dataset = ExportFixtures.Dataset();
        var about = AboutEntry.Standard(dataset, TestCatalog.Instance, "Alle år, hele landet", ExportTime);

        var result = new SurveyImporter().Import(new MemoryStream(Write(ExportFixtures.RowsWithRecords(dataset), about)), "eksport.xlsx", TestCatalog.Instance);

        Assert.Empty(result.Report.Problems);
        Assert.Equal("Excel-arbeidsbok, ark «Data», bred tabell (én kolonne per indikator), overskrift på rad 1", result.Report.Format);
        ExportFixtures.AssertSameScores(dataset, result.Dataset);
        Assert.Equal(66.25, result.Dataset!.Get(MunicipalityCode.Parse("4601"), 2022, Indicator.Prioritering)!.Value.Value);
    }
}
