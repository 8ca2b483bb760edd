using System.Net;
using System.Text.RegularExpressions;

namespace Kommunedigital.Web.Tests;

/// <summary>The download menu, the endpoints and the compression list read one table: the wiring between them.</summary>
[Collection(DownloadsCollection.Name)]
public sealed class DownloadMenuTests(KommunedigitalFactory factory)
{
    [Fact]
    public async Task TheMenuLinksEveryDownloadWithTheViewsQueryInMenuOrder()
    {
        var client = await factory.CreateLoadedClientAsync();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/?indikator=kompetanse&aar=2022&fylke=46", UriKind.Relative)));

        (string Href, string Label)[] expected =
        [
            ("last-ned/png?indikator=kompetanse&aar=2022&fylke=46", "Bilde (PNG)"),
            ("last-ned/pdf?indikator=kompetanse&aar=2022&fylke=46", "PDF"),
            ("last-ned/svg?indikator=kompetanse&aar=2022&fylke=46", "Vektorgrafikk (SVG)"),
            ("last-ned/pptx?indikator=kompetanse&aar=2022&fylke=46", "PowerPoint (PPTX)"),
            ("last-ned/csv?indikator=kompetanse&aar=2022&fylke=46", "Tabell (CSV)"),
            ("last-ned/xlsx?indikator=kompetanse&aar=2022&fylke=46", "Tabell (Excel)"),
            ("last-ned/geojson?indikator=kompetanse&aar=2022&fylke=46", "Geodata (GeoJSON)"),
            ("last-ned/jsonstat?indikator=kompetanse&aar=2022&fylke=46", "JSON-stat"),
            ("last-ned/datasett.xlsx", "Alle år og kommuner (Excel)"),
            ("last-ned/datasett.csv", "Alle år og kommuner (CSV)"),
        ];
        // Any further attributes (the CSS isolation scope) may follow the href.
        var positions = expected
            .Select(link => Regex.Match(html, $"<a href=\"{Regex.Escape(link.Href)}\"[^>]*>{Regex.Escape(link.Label)}</a>") is { Success: true } m ? m.Index : -1)
            .ToArray();
        Assert.All(expected.Zip(positions), p => Assert.True(p.Second >= 0, $"Missing {p.First.Label}: {p.First.Href}"));
        Assert.Equal(positions.Order(), positions);
    }

    [Theory]
    [InlineData("/last-ned/csv?aar=2024", "br")]
    [InlineData("/last-ned/svg?aar=2024&fylke=46", "br")]
    [InlineData("/last-ned/geojson?aar=2024&fylke=46", "br")]
    [InlineData("/last-ned/jsonstat?aar=2024&fylke=46", "br")]
    [InlineData("/last-ned/datasett.csv", "br")]
    [InlineData("/last-ned/png?aar=2024&fylke=46", null)]
    [InlineData("/last-ned/xlsx?aar=2024&fylke=46", null)]
    public async Task TextDownloadsAreCompressedAndPackedFormatsAreNot(string url, string? encoding)
    {
        var client = await factory.CreateLoadedClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.AcceptEncoding.ParseAdd("br");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(encoding is null ? [] : [encoding], response.Content.Headers.ContentEncoding);
    }
}
