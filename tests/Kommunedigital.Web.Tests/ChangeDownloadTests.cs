using System.Net;
using Kommunedigital.Core.Export;
using static Kommunedigital.Web.Tests.DownloadedFiles;

namespace Kommunedigital.Web.Tests;

/// <summary>
/// /last-ned/{format} for a change view (<c>endring=2018-2022</c>): every format answers, named with both years; a bad
/// endring is a 400 naming it, and the page shows a note. What is inside each file is checked in Core.Tests/Export.
/// </summary>
[Collection(DownloadsCollection.Name)]
public sealed class ChangeDownloadTests(KommunedigitalFactory factory)
{
    public static TheoryData<string> Formats => [.. Downloads.View.Select(d => d.Format)];

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task EveryFormatOfAChangeViewIsDownloadedWithBothYearsInItsName(string format)
    {
        var client = await factory.CreateLoadedClientAsync();
        var download = Downloads.FindView(format)!;

        var (response, body) = await GetOkAsync(client, $"/last-ned/{format}?indikator=kompetanse&endring=2018-2022&fylke=46");

        Assert.NotEmpty(body);
        Assert.Equal(download.ContentType.Split(';')[0], response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"digitalisering-kompetanse-endring-2018-2022-vestland.{download.Extension}", response.Content.Headers.ContentDisposition?.FileName);
    }

    [Fact]
    public async Task TheChangeCsvHasTheChangeColumnsAndARowPerMunicipalityOfTheLaterYear()
    {
        var client = await factory.CreateLoadedClientAsync();

        var (_, body) = await GetOkAsync(client, "/last-ned/csv?endring=2022-2024&fylke=15");

        var records = ReadCsv(body, ";");
        Assert.Equal(ChangeColumns.All, records[0]);
        Assert.Equal(Snapshot(factory).Boundaries.ForYear(2024)!.Municipalities.Count(m => m.County.Value == "15"), records.Count - 1);
    }

    [Theory]
    [InlineData("endring=2022-2018", "Endring «2022-2018»: det første året må være tidligere enn det andre. Viser verdiene i 2024.")]
    [InlineData("endring=2018-2022-2024&aar=2018", "Ugyldig endring «2018-2022-2024». Viser verdiene i 2018.")]
    [InlineData("endring=99999-999999", "Ugyldig endring «99999-999999». Viser verdiene i 2024.")]
    public async Task ThePageShowsABadChangeAsANoteNeverA500(string query, string note)
    {
        var client = await factory.CreateLoadedClientAsync();

        var response = await client.GetAsync(new Uri("/?" + query, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(note, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/embed")]
    [InlineData("/tabell")]
    public async Task EveryPageOpensAChangeViewWithItsTitle(string path)
    {
        var client = await factory.CreateLoadedClientAsync();

        var response = await client.GetAsync(new Uri(path + "?indikator=kompetanse&endring=2018-2022&fylke=46", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Endring i digital kompetanse 2018–2022 – Vestland", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }
}
