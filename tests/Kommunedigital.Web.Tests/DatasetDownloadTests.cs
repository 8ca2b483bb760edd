using System.Globalization;
using ClosedXML.Excel;
using static Kommunedigital.Web.Tests.DownloadedFiles;

namespace Kommunedigital.Web.Tests;

/// <summary>/last-ned/datasett.xlsx|csv: every municipality of every year, read back and compared with the dataset.</summary>
[Collection(DownloadsCollection.Name)]
public sealed class DatasetDownloadTests(KommunedigitalFactory factory)
{
    [Fact]
    public async Task WholeDatasetXlsxHasOneRowPerMunicipalityAndYearWithTheDatasetsValues()
    {
        var client = await factory.CreateLoadedClientAsync();
        var expected = ExpectedRows(Snapshot(factory));

        var (response, body) = await GetOkAsync(client, "/last-ned/datasett.xlsx");

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("digitalisering-eksempeldata-alle-aar.xlsx", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(422 + 356 + 357, expected.Count);
        using var workbook = new XLWorkbook(new MemoryStream(body));
        var sheet = workbook.Worksheet("Data");
        AssertDataSheetMatches(sheet, expected);
        Assert.Equal([(2018, 422), (2022, 356), (2024, 357)], YearCounts(sheet));
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.Equal("A1:K1136", sheet.AutoFilter.Range.RangeAddress.ToString());
    }

    [Fact]
    public async Task WholeDatasetAboutSheetNamesSourceAttributionStructuresAndSampleNotice()
    {
        var client = await factory.CreateLoadedClientAsync();

        var (_, body) = await GetOkAsync(client, "/last-ned/datasett.xlsx");

        using var workbook = new XLWorkbook(new MemoryStream(body));
        var sheet = workbook.Worksheet("Om dataene");
        var about = Enumerable.Range(1, sheet.LastRowUsed().RowNumber())
            .ToDictionary(r => sheet.Cell(r, 1).GetString(), r => sheet.Cell(r, 2).GetString());
        Assert.Equal("Eksempeldata – ikke offisielle tall fra SSB", about["Merk"]);
        Assert.Equal("SSB/Digdir, «Digitalisering i kommunene»", about["Kilde"]);
        Assert.Equal("Kartgrunnlag: © Kartverket (CC BY 4.0)", about["Kart"]);
        Assert.Equal("Alle år, hele landet", about["Utvalg"]);
        Assert.Equal("2018 (422 kommuner)", about["Kommunestruktur 2018"]);
        Assert.Equal("2020 (356 kommuner)", about["Kommunestruktur 2022"]);
        Assert.Equal("2024 (357 kommuner)", about["Kommunestruktur 2024"]);
    }

    [Fact]
    public async Task WholeDatasetCsvHasOneRowPerMunicipalityAndYearWithTheDatasetsValues()
    {
        var client = await factory.CreateLoadedClientAsync();
        var expected = ExpectedRows(Snapshot(factory));

        var (response, body) = await GetOkAsync(client, "/last-ned/datasett.csv");

        Assert.Equal("digitalisering-eksempeldata-alle-aar.csv", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, body[..3]);
        var records = ReadCsv(body, ";");
        Assert.Equal(1136, records.Count);
        AssertCsvMatches(records, expected, CultureInfo.GetCultureInfo("nb-NO"));
        Assert.NotNull(response.Headers.ETag);
        Assert.True(response.Headers.CacheControl?.Public);
    }

    [Fact]
    public async Task WholeDatasetRfc4180CsvUsesCommasAndDecimalPoints()
    {
        var client = await factory.CreateLoadedClientAsync();
        var expected = ExpectedRows(Snapshot(factory));

        var (_, body) = await GetOkAsync(client, "/last-ned/datasett.csv?csv=rfc4180");

        Assert.NotEqual(0xEF, body[0]);
        AssertCsvMatches(ReadCsv(body, ","), expected, CultureInfo.InvariantCulture);
    }

    private static List<(int Year, int Rows)> YearCounts(IXLWorksheet sheet) =>
        Enumerable.Range(2, sheet.LastRowUsed().RowNumber() - 1)
            .GroupBy(r => (int)sheet.Cell(r, 5).GetDouble())
            .Select(g => (g.Key, g.Count()))
            .ToList();
}
