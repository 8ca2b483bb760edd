using System.Globalization;
using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using Kommunedigital.Core.Classification;
using Kommunedigital.Core.Export;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Tests.Boundaries;
using Kommunedigital.Core.Tests.Survey;
using Kommunedigital.Core.Tests.Views;
using Kommunedigital.Core.Views;
using UglyToad.PdfPig;

namespace Kommunedigital.Core.Tests.Export;

/// <summary>The downloads of an English page: headers, sheets, labels and drawn texts in English; names official.</summary>
public class EnglishDownloadTests(RealBoundaryCatalogFixture fixture) : IClassFixture<RealBoundaryCatalogFixture>
{
    private static readonly DateTimeOffset ExportTime = new(2025, 3, 14, 9, 30, 0, TimeSpan.FromHours(1));

    private static IReadOnlyList<DatasetRow> Rows() => DatasetTable.Build(ExportFixtures.Dataset(), TestCatalog.Instance);

    private static ChoroplethModel Model(Indicator indicator = Indicator.Prioritering, int year = 2024, int? changeFrom = null) =>
        ChoroplethModelBuilder.Build(TestSnapshot.Create(), new MapView(indicator, year, null, null, ClassificationMethod.Quantile, null, changeFrom, ReaderLanguage.English));

    [Fact]
    public void AnEnglishExcelCsvHasEnglishHeadersCommasDecimalPointsAndTheByteOrderMark()
    {
        using var stream = new MemoryStream();
        DatasetCsvWriter.Write(Rows(), stream, DatasetCsvFormat.Excel, ReaderLanguage.English);
        var bytes = stream.ToArray();
        var lines = Encoding.UTF8.GetString(bytes).Split("\r\n");

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("\uFEFFmunicipality_number,municipality,county_number,county,year,digital_priority,digital_competence,digital_activity,status_priority,status_competence,status_activity", lines[0]);
        Assert.Equal("0219,Bærum,02,Akershus,2018,48.1,,0.0,,:,-", lines[1]);
        Assert.Equal("0301,Oslo,03,Oslo,2018,55.3,60.0,,,,..", lines[2]);
        Assert.Equal("1201,Bergen,12,Hordaland,2018,,,,not in the dataset,not in the dataset,not in the dataset", lines[3]);
        Assert.Equal("4601,Bergen,46,Vestland,2022,66.3,,100.0,,.,", lines[7]);
    }

    [Fact]
    public void AnEnglishRfc4180CsvIsTheSameWithoutTheByteOrderMark()
    {
        using var stream = new MemoryStream();
        DatasetCsvWriter.Write(Rows(), stream, DatasetCsvFormat.Rfc4180, ReaderLanguage.English);
        var bytes = stream.ToArray();

        Assert.Equal((byte)'m', bytes[0]);
        Assert.StartsWith("municipality_number,municipality,county_number,", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void AnEnglishChangeCsvHasEnglishHeadersAndComparabilityWords()
    {
        var model = ChoroplethModelBuilder.Build(
            RealSnapshot.For(fixture),
            new MapView(Indicator.Kompetanse, 2022, null, null, ClassificationMethod.Quantile, null, 2018, ReaderLanguage.English));
        using var stream = new MemoryStream();
        DatasetCsvWriter.WriteChange(ChangeTable.FromModel(model), stream, DatasetCsvFormat.Excel, ReaderLanguage.English);
        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split("\r\n");
        var from = RealSnapshot.SampleRows[("0301", 2018)][1]!.Value;
        var to = RealSnapshot.SampleRows[("0301", 2022)][1]!.Value;
        var difference = Math.Round(to - from, 1, MidpointRounding.AwayFromZero);
        string Text(decimal v) => v.ToString("0.0", CultureInfo.InvariantCulture);
        var signed = (difference > 0 ? "+" : difference < 0 ? "\u2212" : "") + Text(Math.Abs(difference));

        Assert.Equal(
            "\uFEFFmunicipality_number,municipality,county_number,county,indicator,from_year,from_municipality_number,from_municipality,from_value,from_status,to_year,to_value,to_status,change,rank,comparability,explanation",
            lines[0]);
        Assert.StartsWith($"0301,Oslo,03,Oslo,competence,2018,0301,Oslo,{Text(from)},,2022,{Text(to)},,{Text(difference)},", lines[1], StringComparison.Ordinal);
        Assert.Contains($",comparable,\"From {Text(from)} (2018) to {Text(to)} (2022): {signed} points, no. ", lines[1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains(",merged,Not comparable: ", StringComparison.Ordinal) && l.Contains(" was formed after 2018 from several municipalities.", StringComparison.Ordinal));
    }

    [Fact]
    public void TheWholeDatasetWorkbookInEnglishHasAnAboutTheDataSheet()
    {
        var data = TestSnapshot.Create();
        var request = DownloadRequest.ForDataset("xlsx", MapViewQueryString.ParseQueryString(""), data, ReaderLanguage.English);
        using var stream = new MemoryStream();
        request.Download!.Write(data, request.Options, ExportTime, stream);
        using var workbook = new XLWorkbook(new MemoryStream(stream.ToArray()));

        Assert.Equal(["Data", "About the data"], workbook.Worksheets.Select(s => s.Name));
        var sheet = workbook.Worksheet("Data");
        Assert.Equal(DatasetColumns.For(ReaderLanguage.English), Enumerable.Range(1, 11).Select(c => sheet.Cell(1, c).GetString()));
        Assert.Equal("municipality_number", sheet.Cell(1, 1).GetString());
        var about = workbook.Worksheet("About the data");
        Assert.Equal(
            [
                "Note: Sample data – not official SSB figures",
                "Source: Statistics Norway (SSB)/Digdir, “Digitalisering i kommunene” (Digitalisation in the municipalities)",
                "Map: Map data: © Kartverket (CC BY 4.0)",
                "Dataset: sample",
                "Selection: All years, all of Norway",
                "Municipal structure 2018: 2018 (4 municipalities)",
                "Municipal structure 2022: 2020 (5 municipalities)",
                "Municipal structure 2024: 2024 (10 municipalities)",
                "Indicators: Score 0–100 with one decimal; missing values are empty with SSB's symbol in the status column (.. = data not available, . = category not applicable, : = not for publication, - = nil).",
                "Exported: 2025-03-14 09:30 +01:00",
            ],
            Enumerable.Range(1, about.LastRowUsed().RowNumber()).Select(r => $"{about.Cell(r, 1).GetString()}: {about.Cell(r, 2).GetString()}"));
    }

    [Fact]
    public void AViewRequestUnderEnglishCarriesTheLanguageToTheViewAndTheOptions()
    {
        var request = DownloadRequest.ForView("csv", MapViewQueryString.ParseQueryString("indikator=kompetanse&aar=2024"), TestSnapshot.Create(), ReaderLanguage.English);

        Assert.Equal(ReaderLanguage.English, request.View!.Language);
        Assert.Equal(ReaderLanguage.English, request.Options.Language);
        Assert.Equal(ReaderLanguage.Bokmal, DownloadRequest.ForView("csv", MapViewQueryString.ParseQueryString("aar=2024"), TestSnapshot.Create()).View!.Language);
    }

    [Fact]
    public void AnEnglishPdfHasTheEnglishTitleLegendSourceAndTable()
    {
        var model = Model();
        using var stream = new MemoryStream();
        PdfExporter.Export(model, stream, PdfOrientation.Landscape);
        using var pdf = PdfDocument.Open(stream.ToArray());
        var first = string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text));
        var table = string.Join(" ", pdf.GetPage(2).GetWords().Select(w => w.Text));

        Assert.Contains("Digital priority 2024", first, StringComparison.Ordinal);
        Assert.Contains("10 municipalities · Classification: Quantiles", first, StringComparison.Ordinal);
        Assert.Contains("Score (0–100)", first, StringComparison.Ordinal);
        Assert.Contains("No data: Not for publication (1)", first, StringComparison.Ordinal);
        Assert.Contains("Source: Statistics Norway (SSB)/Digdir. Map data: © Kartverket (CC BY 4.0)", first, StringComparison.Ordinal);
        Assert.Contains("Sample data – not official SSB figures", first, StringComparison.Ordinal);
        Assert.Contains("Values: Digital priority 2024", table, StringComparison.Ordinal);
        Assert.Contains("Mun. no. Municipality Value", table, StringComparison.Ordinal);
        Assert.Contains("72.5", table, StringComparison.Ordinal);
        Assert.DoesNotContain("Kilde", first + table, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEnglishSvgIsMarkedEnglishAndDescribedInEnglish()
    {
        using var stream = new MemoryStream();
        SvgExporter.Export(Model(), stream);
        var svg = Encoding.UTF8.GetString(stream.ToArray());

        Assert.Contains("xml:lang=\"en\"", svg, StringComparison.Ordinal);
        Assert.Contains("<title id=\"kart-tittel\">Digital priority 2024</title>", svg, StringComparison.Ordinal);
        Assert.Contains(" Map of 10 municipalities coloured in ", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void EnglishJsonStatHasEnglishLabelsAndTheSameIds()
    {
        var data = TestSnapshot.Create();
        using var json = JsonDocument.Parse(JsonStatExporter.ToUtf8Bytes(data, Model()));
        var root = json.RootElement;
        var dimension = root.GetProperty("dimension");
        var contents = dimension.GetProperty("ContentsCode");

        Assert.Equal("Digitalisation in the municipalities 2024", root.GetProperty("label").GetString());
        Assert.Equal("Sample data – not official SSB figures", root.GetProperty("note")[0].GetString());
        Assert.Equal("region", dimension.GetProperty("region").GetProperty("label").GetString());
        Assert.Equal("year", dimension.GetProperty("tid").GetProperty("label").GetString());
        Assert.Equal("contents", contents.GetProperty("label").GetString());
        Assert.Equal("Digital priority", contents.GetProperty("category").GetProperty("label").GetProperty("prioritering").GetString());
        Assert.Equal("points", contents.GetProperty("category").GetProperty("unit").GetProperty("prioritering").GetProperty("label").GetString());
    }
}
