using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Kommunedigital.Web.Tests;

public sealed class PageTests(KommunedigitalFactory factory) : IClassFixture<KommunedigitalFactory>
{
    [Fact]
    public async Task MapPageRendersInBokmalWithTheMapAndControls()
    {
        var client = await factory.CreateLoadedClientAsync();

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("<html lang=\"nb\">", html, StringComparison.Ordinal);
        Assert.Contains("Digitalisering i kommunene", html, StringComparison.Ordinal);
        Assert.Contains("class=\"kd-map\"", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"fylke\"", html, StringComparison.Ordinal);
        Assert.Contains("<select id=\"fylke\"", html, StringComparison.Ordinal);
        Assert.Contains("Hele landet", html, StringComparison.Ordinal);
        Assert.Contains("Kilde: SSB/Digdir. Kartgrunnlag: © Kartverket (CC BY 4.0)", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("data-blazor-web=\"_framework/blazor.web", html, StringComparison.Ordinal);
        Assert.Contains("<!--Blazor:{", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MapPageStartsItsCircuitOnTheReadersIntentWithoutDownloadingBlazorBeforeIt()
    {
        var client = await factory.CreateLoadedClientAsync();

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        // No parser-inserted framework script and no preload of it: js/start-blazor.js inserts it when the reader
        // first reaches for the page (data-on-intent).
        Assert.DoesNotContain("<script src=\"_framework/blazor.web", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"_framework/blazor.web", html, StringComparison.Ordinal);
        Assert.Matches("<script type=\"module\" src=\"js/start-blazor\\.[a-z0-9]+\\.js\" data-blazor-web=\"_framework/blazor\\.web\\.[a-z0-9]+\\.js\" data-reconnect=\"Components/Layout/ReconnectModal\\.[a-z0-9]+\\.razor\\.js\" data-on-intent>", html);
        // Nor the reconnect dialog's script: it is imported with the circuit.
        Assert.DoesNotContain("<script type=\"module\" src=\"Components/Layout/ReconnectModal", html, StringComparison.Ordinal);
        // The map module runs as the page is parsed and finds the first view after the drawing.
        Assert.Matches("<script type=\"module\" src=\"lib/map/choropleth-map\\.[a-z0-9]+\\.js\">", html);
        Assert.True(html.IndexOf("data-map-view", StringComparison.Ordinal) > html.IndexOf("</svg>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheMapPagesFirstViewForTheModuleHasEveryMunicipalityWithTheDrawingsColourAndTheSampleValue()
    {
        var client = await factory.CreateLoadedClientAsync();

        var html = await client.GetStringAsync(new Uri("/?aar=2024", UriKind.Relative));

        var json = Regex.Match(html, "<script type=\"application/json\" data-map-view[^>]*>(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;
        using var document = JsonDocument.Parse(json);
        var view = document.RootElement.GetProperty("view");
        var codes = view.GetProperty("names").GetProperty("codes").EnumerateArray().Select(c => c.GetString()!).ToList();
        var entries = view.GetProperty("entries").EnumerateArray().ToList();
        var kinds = view.GetProperty("kinds").EnumerateArray().ToList();
        Assert.Equal(357, codes.Count);
        Assert.Equal(357, entries.Count);
        Assert.Equal("Kart: Digital prioritering 2024", document.RootElement.GetProperty("options").GetProperty("label").GetString());

        // Each municipality's fill is the one the server drew it with (the SVG's path, written by FirstPaintSvg).
        var drawn = Regex.Matches(html, "<path data-kode=\"(\\d{4})\" fill=\"(#[0-9a-f]{6}|url\\([^)]*\\))\"")
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        Assert.Equal(357, drawn.Count);
        for (var i = 0; i < codes.Count; i++)
        {
            var fill = kinds[entries[i][0].GetInt32()][0].GetString();
            if (drawn[codes[i]].StartsWith('#'))
            {
                Assert.Equal(drawn[codes[i]], fill);
            }
        }

        // Oslo's digital prioritering 2024 in the sample data (data/sample), as the tooltip shows it.
        var oslo = entries[codes.IndexOf("0301")];
        Assert.Equal("46,6", oslo[1].GetString());
    }

    [Fact]
    public async Task TablePageLoadsBlazorAfterTheFirstFrameFromAPreloadedAddress()
    {
        var client = await factory.CreateLoadedClientAsync();

        var html = await client.GetStringAsync(new Uri("/tabell", UriKind.Relative));

        // No parser-inserted framework script: js/start-blazor.js inserts it after the first frame, from the
        // address the page preloads.
        Assert.DoesNotContain("<script src=\"_framework/blazor.web", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-on-intent", html, StringComparison.Ordinal);
        var address = Regex.Match(html, "data-blazor-web=\"([^\"]+)\"").Groups[1].Value;
        Assert.Matches(@"^_framework/blazor\.web\.[a-z0-9]+\.js$", address);
        Assert.Contains($"<link rel=\"preload\" as=\"script\" fetchpriority=\"low\" href=\"{address}\"", html, StringComparison.Ordinal);
        Assert.Matches("<script type=\"module\" src=\"js/start-blazor\\.[a-z0-9]+\\.js\" data-blazor-web=", html);
    }

    [Fact]
    public async Task UnknownYearFallsBackWithAVisibleNoteInsteadOfAnError()
    {
        var client = await factory.CreateLoadedClientAsync();

        using var response = await client.GetAsync(new Uri("/?aar=1999", UriKind.Relative));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Ukjent år «1999»", html, StringComparison.Ordinal);
        Assert.Contains("role=\"status\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmbedIsStaticWithoutBlazorScriptOrInteractiveMarkers()
    {
        var client = await factory.CreateLoadedClientAsync();

        var html = await client.GetStringAsync(new Uri("/embed?indikator=kompetanse&aar=2022&fylke=46", UriKind.Relative));

        // No script that could open a circuit, and no interactive component marker for it to find.
        Assert.DoesNotContain("<script src=\"_framework/blazor.web", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"_framework/blazor.web", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-blazor-web", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<!--Blazor:{", html, StringComparison.Ordinal);
        Assert.Contains("data-kd-map", html, StringComparison.Ordinal);
        Assert.Contains("Embed.", html, StringComparison.Ordinal);
        Assert.Contains("Digital kompetanse 2022 – Vestland", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("Åpne i Kommunedigital", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("last-ned/csv?", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TableListsTheCountysMunicipalitiesWithSortableHeaders()
    {
        var client = await factory.CreateLoadedClientAsync();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri("/tabell?aar=2024&fylke=03", UriKind.Relative)));

        Assert.Contains("<caption", html, StringComparison.Ordinal);
        Assert.Contains("aria-sort=\"ascending\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"kommune-0301\"", html, StringComparison.Ordinal);
        Assert.Contains("1 kommune", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPathGivesTheBokmalNotFoundPage()
    {
        var client = await factory.CreateLoadedClientAsync();

        using var response = await client.GetAsync(new Uri("/finnes-ikke", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Fant ikke siden", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
