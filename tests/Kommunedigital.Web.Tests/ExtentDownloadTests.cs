using System.Text;
using System.Text.RegularExpressions;
using static Kommunedigital.Web.Tests.DownloadedFiles;

namespace Kommunedigital.Web.Tests;

/// <summary>The map page writes the reader's extent as <c>utsnitt</c>: the drawn downloads show it, and older <c>bbox</c> links the same.</summary>
[Collection(DownloadsCollection.Name)]
public sealed partial class ExtentDownloadTests(KommunedigitalFactory factory)
{
    // Oslo and the municipalities around it.
    private const string AroundOslo = "10.5,59.75,11.1,60.05";

    [Fact]
    public async Task TheSvgOfAnExtentDrawsOnlyTheMunicipalitiesInIt()
    {
        var client = await factory.CreateLoadedClientAsync();

        var (_, country) = await GetOkAsync(client, "/last-ned/svg?aar=2024");
        var (_, oslo) = await GetOkAsync(client, $"/last-ned/svg?aar=2024&utsnitt={AroundOslo}");

        Assert.Equal(357, Codes(country).Count);
        var codes = Codes(oslo);
        Assert.Contains("0301", codes);
        Assert.DoesNotContain("4601", codes);
        Assert.InRange(codes.Count, 2, 40);
    }

    [Theory]
    [InlineData("svg")]
    [InlineData("png")]
    public async Task AnOldBboxLinkDownloadsTheSameFileAsUtsnittAndNotTheCountry(string format)
    {
        var client = await factory.CreateLoadedClientAsync();

        var (_, country) = await GetOkAsync(client, $"/last-ned/{format}?aar=2024");
        var (_, utsnitt) = await GetOkAsync(client, $"/last-ned/{format}?aar=2024&utsnitt={AroundOslo}");
        var (_, bbox) = await GetOkAsync(client, $"/last-ned/{format}?aar=2024&bbox={AroundOslo}");

        Assert.Equal(utsnitt, bbox);
        Assert.NotEqual(country, utsnitt);
    }

    [Theory]
    [InlineData("/?utsnitt=1e308,1e308,1e308,1e308", "Utsnittet «1e308,1e308,1e308,1e308» ligger utenfor kloden")]
    [InlineData("/embed?bbox=%3Cb%3Ex%3C/b%3E", "Ugyldig utsnitt «<b>x</b>»")]
    public async Task AnAbsurdExtentOnAPageIsANoteNotAnError(string url, string note)
    {
        var client = await factory.CreateLoadedClientAsync();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var raw = await response.Content.ReadAsStringAsync();
        var html = System.Net.WebUtility.HtmlDecode(raw);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<b>x</b>", raw, StringComparison.Ordinal);
        Assert.Contains(note, html, StringComparison.Ordinal);
        Assert.Contains("Viser hele utvalget.", html, StringComparison.Ordinal);
    }

    private static List<string> Codes(byte[] svg) =>
        [.. DataCode().Matches(Encoding.UTF8.GetString(svg)).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("data-kommunenummer=\"(\\d{4})\"")]
    private static partial Regex DataCode();
}
