using System.Text;
using ClosedXML.Excel;
using static Kommunedigital.Web.Tests.DownloadedFiles;

namespace Kommunedigital.Web.Tests;

/// <summary>/en/last-ned/…: the same downloads in English, never served from the bokmål cache entry.</summary>
[Collection(DownloadsCollection.Name)]
public sealed class EnglishDownloadTests(KommunedigitalFactory factory)
{
    [Fact]
    public async Task AViewCsvUnderEnIsEnglishAndTheSameLinkWithoutEnStaysBokmal()
    {
        var client = await factory.CreateLoadedClientAsync();

        var (bokmalResponse, bokmal) = await GetOkAsync(client, "/last-ned/csv?aar=2024&indikator=prioritering");
        var (englishResponse, english) = await GetOkAsync(client, "/en/last-ned/csv?aar=2024&indikator=prioritering");

        Assert.StartsWith("\uFEFFkommunenummer;kommune;", Encoding.UTF8.GetString(bokmal), StringComparison.Ordinal);
        Assert.StartsWith(
            "\uFEFFmunicipality_number,municipality,county_number,county,year,digital_priority,digital_competence,digital_activity,status_priority,status_competence,status_activity\r\n",
            Encoding.UTF8.GetString(english),
            StringComparison.Ordinal);
        Assert.Equal("text/csv", englishResponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal(bokmalResponse.Content.Headers.ContentDisposition?.FileName, englishResponse.Content.Headers.ContentDisposition?.FileName);
        Assert.NotEqual(bokmalResponse.Headers.ETag, englishResponse.Headers.ETag);
    }

    [Fact]
    public async Task TheWholeDatasetWorkbookUnderEnHasAnAboutTheDataSheet()
    {
        var client = await factory.CreateLoadedClientAsync();

        var (response, body) = await GetOkAsync(client, "/en/last-ned/datasett.xlsx");

        Assert.Equal("digitalisering-eksempeldata-alle-aar.xlsx", response.Content.Headers.ContentDisposition?.FileName);
        using var workbook = new XLWorkbook(new MemoryStream(body));
        var about = workbook.Worksheet("About the data");
        Assert.Equal("Note", about.Cell(1, 1).GetString());
        Assert.Equal("Sample data – not official SSB figures", about.Cell(1, 2).GetString());
        Assert.Equal("municipality_number", workbook.Worksheet("Data").Cell(1, 1).GetString());
    }
}
