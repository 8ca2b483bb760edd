using System.Net;

namespace Kommunedigital.Web.Tests;

/// <summary>The English pages under /en: routes, the document's language, links that keep the language, and no guessing.</summary>
public sealed class EnglishPageTests(KommunedigitalFactory factory) : IClassFixture<KommunedigitalFactory>
{
    [Fact]
    public async Task EnglishMapPageIsEnglishWithLangEn()
    {
        var client = await factory.CreateLoadedClientAsync();

        using var response = await client.GetAsync(new Uri("/en", UriKind.Relative));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains(">Digitalisation in the municipalities</h1>", html, StringComparison.Ordinal);
        Assert.Contains(">All of Norway</option>", html, StringComparison.Ordinal);
        Assert.Contains(">Indicator</legend>", html, StringComparison.Ordinal);
        Assert.Contains(">Download</summary>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"en/table?", html, StringComparison.Ordinal);
        Assert.Contains("href=\"en/last-ned/csv?", html, StringComparison.Ordinal);
        Assert.Contains("href=\"en/last-ned/datasett.xlsx\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"site-name\" href=\"en\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"language-switch\" href=\"./\" hreflang=\"nb\" lang=\"nb\"", html, StringComparison.Ordinal);
        Assert.Contains(">Norsk</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Digitalisering i kommunene", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Hele landet", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEnglishPageExplainsABadLinkInEnglish()
    {
        var client = await factory.CreateLoadedClientAsync();

        var english = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/en?aar=1999", UriKind.Relative)));
        var bokmal = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/?aar=1999", UriKind.Relative)));

        Assert.Contains("Unknown year “1999”.", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Ukjent år", english, StringComparison.Ordinal);
        Assert.Contains("Ukjent år «1999».", bokmal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AcceptLanguageEnglishStillGetsTheBokmalPage()
    {
        var client = await factory.CreateLoadedClientAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        request.Headers.AcceptLanguage.ParseAdd("en-GB,en;q=0.9");

        using var response = await client.SendAsync(request);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains("<html lang=\"nb\">", html, StringComparison.Ordinal);
        Assert.Contains(">Digitalisering i kommunene</h1>", html, StringComparison.Ordinal);
        Assert.Contains(">Hele landet</option>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LanguageSwitchOnTheBokmalPageKeepsTheWholeView()
    {
        var client = await factory.CreateLoadedClientAsync();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(
            new Uri("/?indikator=kompetanse&aar=2024&fylke=46&kommune=4601", UriKind.Relative)));

        Assert.Contains(
            "class=\"language-switch\" href=\"en?indikator=kompetanse&aar=2024&fylke=46&kommune=4601\" hreflang=\"en\" lang=\"en\"",
            html, StringComparison.Ordinal);
        Assert.Contains(">English</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnglishEmbedIsStaticEnglishAndFramable()
    {
        var client = await factory.CreateLoadedClientAsync();

        using var response = await client.GetAsync(new Uri("/en/embed?indikator=kompetanse&aar=2022&fylke=46", UriKind.Relative));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script src=\"_framework/blazor.web", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-blazor-web", html, StringComparison.Ordinal);
        Assert.Contains("Open in Kommunedigital", html, StringComparison.Ordinal);
        Assert.Contains("/en?indikator=kompetanse&aar=2022&fylke=46\" target=\"_blank\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"en/last-ned/csv?indikator=kompetanse&aar=2022&fylke=46\"", html, StringComparison.Ordinal);
        Assert.Contains("\"zoomIn\":\"Zoom in\"", html, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors *", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("X-Frame-Options"));
    }

    [Fact]
    public async Task EnglishTableHasEnglishHeadersAndLinksBackToTheEnglishMap()
    {
        var client = await factory.CreateLoadedClientAsync();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/en/table?aar=2024&fylke=03", UriKind.Relative)));

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("Municipality number", html, StringComparison.Ordinal);
        Assert.Contains("The values are indices from 0 to 100; the rank is within all of Norway.", html, StringComparison.Ordinal);
        Assert.Contains("class=\"button\" href=\"en?aar=2024&fylke=03\"", html, StringComparison.Ordinal);
        Assert.Contains(">Show on map</a>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"tabell?aar=2024&fylke=03\" hreflang=\"nb\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"kommune-0301\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnglishVersionsAndNotFoundPagesAreEnglish()
    {
        var client = await factory.CreateLoadedClientAsync();

        var versions = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/en/versions", UriKind.Relative)));
        using var missing = await client.GetAsync(new Uri("/en/does-not-exist", UriKind.Relative));
        var missingHtml = await missing.Content.ReadAsStringAsync();

        Assert.Contains(">Versions of the data</h1>", versions, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("<html lang=\"en\">", missingHtml, StringComparison.Ordinal);
        Assert.Contains(">Page not found</h1>", missingHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnglishDownloadIsServedUnderEnAndCachedApartFromTheBokmalOne()
    {
        var client = await factory.CreateLoadedClientAsync();

        using var bokmal = await client.GetAsync(new Uri("/last-ned/csv?aar=2024&fylke=03", UriKind.Relative));
        using var english = await client.GetAsync(new Uri("/en/last-ned/csv?aar=2024&fylke=03", UriKind.Relative));
        using var englishAgain = await client.GetAsync(new Uri("/en/last-ned/csv?fylke=03&aar=2024", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, bokmal.StatusCode);
        Assert.Equal(HttpStatusCode.OK, english.StatusCode);
        Assert.Equal("text/csv", english.Content.Headers.ContentType?.MediaType);
        Assert.NotEqual(bokmal.Headers.ETag, english.Headers.ETag);
        Assert.Equal(english.Headers.ETag, englishAgain.Headers.ETag);
        Assert.StartsWith(
            "municipality_number,municipality,county_number,county,year,digital_priority,",
            (await english.Content.ReadAsStringAsync()).TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.StartsWith(
            "kommunenummer;kommune;fylkesnummer;fylke;år;digital_prioritering;",
            (await bokmal.Content.ReadAsStringAsync()).TrimStart('\uFEFF'), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnglishWholeDatasetIsEnglishAndCachedApartFromTheBokmalOne()
    {
        var client = await factory.CreateLoadedClientAsync();

        using var bokmal = await client.GetAsync(new Uri("/last-ned/datasett.csv", UriKind.Relative));
        using var english = await client.GetAsync(new Uri("/en/last-ned/datasett.csv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, english.StatusCode);
        Assert.NotEqual(bokmal.Headers.ETag, english.Headers.ETag);
        Assert.StartsWith("municipality_number,municipality,", (await english.Content.ReadAsStringAsync()).TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.StartsWith("kommunenummer;kommune;", (await bokmal.Content.ReadAsStringAsync()).TrimStart('\uFEFF'), StringComparison.Ordinal);
    }
}
