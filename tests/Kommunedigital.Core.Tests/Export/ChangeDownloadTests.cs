using System.Globalization;
using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using CsvHelper;
using CsvHelper.Configuration;
using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Classification;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Export;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Tests.Boundaries;
using Kommunedigital.Core.Tests.Views;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Core.Tests.Export;

/// <summary>
/// The downloads of a change view on the real boundaries, KLASS files and sample data. The oracle for the differences is
/// the whole-dataset CSV download (later minus earlier of its numbers); the other formats are held to the change CSV.
/// </summary>
public sealed class ChangeDownloadTests(RealBoundaryCatalogFixture fixture) : IClassFixture<RealBoundaryCatalogFixture>
{
    private DataSnapshot Data => RealSnapshot.For(fixture);

    private ChoroplethModel Model(int earlier, int later, string? county = null) => ChoroplethModelBuilder.Build(
        Data,
        new MapView(Indicator.Prioritering, later, county is null ? null : CountyCode.Parse(county), null, ClassificationMethod.Quantile, null, earlier));

    private byte[] Download(string format, ChoroplethModel model, DownloadOptions? options = null)
    {
        using var stream = new MemoryStream();
        var export = new ViewExport(Data, model, options ?? DownloadOptions.Default, "http://localhost/?" + MapViewQueryString.ToQueryString(model.View), DateTimeOffset.UnixEpoch);
        Downloads.FindView(format)!.Write(export, stream, CancellationToken.None).GetAwaiter().GetResult();
        return stream.ToArray();
    }

    /// <summary>Rows of a ';'-separated Excel-dialect CSV, header first, read by CsvHelper's parser (explanations are quoted).</summary>
    private static List<string[]> Csv(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var parser = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";" });
        var rows = new List<string[]>();
        while (parser.Read())
        {
            rows.Add(parser.Record!);
        }

        return rows;
    }

    private static decimal? Number(string cell) =>
        cell.Length == 0 ? null : decimal.Parse(cell.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture);

    private Dictionary<(string Code, int Year), decimal?> WholeDatasetPrioritering()
    {
        using var stream = new MemoryStream();
        Downloads.FindDataset("csv")!.Write(Data, DownloadOptions.Default, DateTimeOffset.UnixEpoch, stream);
        var rows = Csv(stream.ToArray());
        var header = rows[0].ToList();
        int code = header.IndexOf("kommunenummer"), year = header.IndexOf("år"), value = header.IndexOf("digital_prioritering");
        return rows.Skip(1).ToDictionary(r => (r[code], int.Parse(r[year], CultureInfo.InvariantCulture)), r => Number(r[value]));
    }

    private Dictionary<string, string[]> ChangeCsvByCode(ChoroplethModel model)
    {
        var rows = Csv(Download("csv", model));
        return rows.Skip(1).ToDictionary(r => r[0]);
    }

    [Fact]
    public void TheChangeCsvHasBothYearsTheDifferenceAndTheComparabilityInNamedColumns()
    {
        var rows = Csv(Download("csv", Model(2018, 2024)));

        Assert.Equal(
            ["kommunenummer", "kommune", "fylkesnummer", "fylke", "indikator", "fra_år", "fra_kommunenummer", "fra_kommune", "fra_verdi", "fra_status",
             "til_år", "til_verdi", "til_status", "endring", "rangering", "sammenlignbarhet", "forklaring"],
            rows[0]);
        Assert.Equal(Model(2018, 2024).Selected.Count, rows.Count - 1);
    }

    [Theory]
    [InlineData("0219", "3201")]
    [InlineData("1902", "5501")]
    [InlineData("0301", "0301")]
    public void TheChangeCsvsDifferenceIsLaterMinusEarlierOfTheWholeDatasetCsv(string earlierCode, string laterCode)
    {
        var whole = WholeDatasetPrioritering();
        var row = ChangeCsvByCode(Model(2018, 2024))[laterCode];

        var expected = whole[(laterCode, 2024)]!.Value - whole[(earlierCode, 2018)]!.Value;
        Assert.Equal(expected, Number(row[13]));
        Assert.Equal((earlierCode, "2018", "2024", "sammenlignbar"), (row[6], row[5], row[10], row[15]));
        Assert.Equal(whole[(earlierCode, 2018)], Number(row[8]));
        Assert.Equal(whole[(laterCode, 2024)], Number(row[11]));
    }

    [Fact]
    public void AMergedMunicipalityListsItsPredecessorsAndHasNoEarlierValueOrDifference()
    {
        var row = ChangeCsvByCode(Model(2018, 2024))["3118"];

        Assert.Equal("0122, 0123, 0124, 0125, 0138", row[6]);
        Assert.Equal("Trøgstad, Spydeberg, Askim, Eidsberg, Hobøl", row[7]);
        Assert.Equal(("", "", "", "", "sammenslått"), (row[8], row[9], row[13], row[14], row[15]));
        Assert.StartsWith("Ikke sammenlignbar: Indre Østfold ble dannet etter 2018 av flere kommuner.", row[16], StringComparison.Ordinal);
    }

    [Fact]
    public void TheChangeWorkbookHoldsTheCsvsValuesAsNumbers()
    {
        var model = Model(2018, 2022, "46");
        var csv = ChangeCsvByCode(model);
        using var workbook = new XLWorkbook(new MemoryStream(Download("xlsx", model)));
        var sheet = workbook.Worksheet(DatasetXlsxWriter.DataSheet);

        Assert.Equal(ChangeColumns.All, sheet.Row(1).Cells(1, ChangeColumns.All.Count).Select(c => c.GetString()));
        var rows = sheet.RowsUsed().Skip(1).ToList();
        Assert.Equal(csv.Count, rows.Count);
        foreach (var row in rows)
        {
            var expected = csv[row.Cell(1).GetString()];
            Assert.Equal(Number(expected[13]), row.Cell(14).IsEmpty() ? null : (decimal)row.Cell(14).GetDouble());
            Assert.Equal(Number(expected[11]), row.Cell(12).IsEmpty() ? null : Math.Round((decimal)row.Cell(12).GetDouble(), 1));
            Assert.Equal(expected[15], row.Cell(16).GetString());
        }

        Assert.Contains("endring i poeng fra 2018 til 2022", workbook.Worksheet(DatasetXlsxWriter.AboutSheet).Column(2).CellsUsed().Select(c => c.GetString()).First(t => t.Contains("endring", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void TheGeoJsonCarriesTheCsvsValues()
    {
        var model = Model(2022, 2024);
        var csv = ChangeCsvByCode(model);
        using var json = JsonDocument.Parse(Download("geojson", model));

        var features = json.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(csv.Count, features.Count);
        foreach (var feature in features)
        {
            var p = feature.GetProperty("properties");
            var expected = csv[p.GetProperty("kommunenummer").GetString()!];
            decimal? Json(string name) => p.GetProperty(name).ValueKind == JsonValueKind.Null ? null : Math.Round(p.GetProperty(name).GetDecimal(), 1);
            Assert.Equal(Number(expected[13]), Json("endring"));
            Assert.Equal(Number(expected[8]), Json("fra_verdi"));
            Assert.Equal(Number(expected[11]), Json("verdi"));
            Assert.Equal(expected[6], p.GetProperty("fra_kommunenummer").GetString());
            Assert.Equal(expected[15], p.GetProperty("sammenlignbarhet").GetString());
            Assert.Equal(2022, p.GetProperty("fra_aar").GetInt32());
        }
    }

    [Fact]
    public void TheJsonStatCarriesTheCsvsValuesForBothYearsAndTheDifference()
    {
        var model = Model(2018, 2022);
        var csv = ChangeCsvByCode(model);
        using var json = JsonDocument.Parse(Download("jsonstat", model));
        var root = json.RootElement;

        Assert.Equal(["prioritering_2018", "prioritering_2022", "endring"], root.GetProperty("dimension").GetProperty("ContentsCode").GetProperty("category").GetProperty("index").EnumerateObject().Select(p => p.Name));
        Assert.Equal("2018-2022", root.GetProperty("dimension").GetProperty("tid").GetProperty("category").GetProperty("index").EnumerateObject().Single().Name);
        var index = root.GetProperty("dimension").GetProperty("region").GetProperty("category").GetProperty("index");
        var values = root.GetProperty("value").EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? (decimal?)null : Math.Round(v.GetDecimal(), 1)).ToArray();
        var status = root.GetProperty("status");
        Assert.Equal(csv.Count * 3, values.Length);
        foreach (var region in index.EnumerateObject())
        {
            var r = region.Value.GetInt32();
            var expected = csv[region.Name];
            Assert.Equal((Number(expected[8]), Number(expected[11]), Number(expected[13])), (values[r * 3], values[(r * 3) + 1], values[(r * 3) + 2]));
            if (expected[13].Length == 0)
            {
                Assert.Equal(expected[15], status.GetProperty(((r * 3) + 2).ToString(CultureInfo.InvariantCulture)).GetString());
            }
        }
    }

    [Fact]
    public void TheDrawnExportsHaveTheDivergingLegendTheNotComparableRowAndALineNamingBothYears()
    {
        var model = Model(2018, 2022);
        var scene = MapSceneBuilder.Build(model, SceneLayout.PngDefault);
        var notComparable = model.Selected.Count(e => e.Status == EntryStatus.NotComparable);

        Assert.Equal(
            [.. DivergingPalette.Colours, MapPalette.MissingColour],
            scene.Legend.Select(r => r.Colour));
        Assert.Equal($"Ikke sammenlignbar ({notComparable})", scene.Legend[^1].Label.Text);
        Assert.Equal(0, scene.Legend[^1].HatchAngle);
        Assert.Equal(notComparable, scene.Shapes.Count(s => s.Status == EntryStatus.NotComparable));
        Assert.Equal("Endring i poeng", Assert.Single(scene.Texts, t => t.Role == SceneTextRole.LegendHeading).Text);
        var subtitle = string.Join(" ", scene.Texts.Where(t => t.Role == SceneTextRole.Subtitle).Select(t => t.Text));
        Assert.Contains("Endring i poeng fra 2018 til 2022 · ikke sammenlignbar: sammenslått ", subtitle, StringComparison.Ordinal);
        Assert.Contains("Kommuneinndeling: SSB KLASS (CC BY 4.0)", string.Join(" ", scene.Texts.Where(t => t.Role == SceneTextRole.Source).Select(t => t.Text)), StringComparison.Ordinal);

        var svg = Encoding.UTF8.GetString(Download("svg", model));
        Assert.Contains("id=\"mangler-ikke-sammenlignbar\"", svg, StringComparison.Ordinal);
        Assert.Contains("Endring i poeng fra 2018 til 2022", svg, StringComparison.Ordinal);
        foreach (var format in new[] { "png", "pdf", "pptx" })
        {
            Assert.NotEmpty(Download(format, model));
        }
    }

    [Fact]
    public void FileNamesNameBothYears()
    {
        Assert.Equal("digitalisering-prioritering-endring-2018-2022-vestland.csv", ExportFileName.For(Model(2018, 2022, "46"), "csv"));
        Assert.Equal("digitalisering-prioritering-endring-2022-2024-hele-landet.geojson", ExportFileName.For(Model(2022, 2024), "geojson"));
    }
}
