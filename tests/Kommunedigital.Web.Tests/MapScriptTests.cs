using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Kommunedigital.Web.Tests;

/// <summary>
/// The map's scripts as the pages load them: one bundled module per page (lib/map, built by scripts/copy-assets.mjs
/// with esbuild) from the HTML at its fingerprinted URL (MapStaticAssets serves those immutable in a published app;
/// this host reads the build's manifest, which revalidates), importing nothing but Leaflet, which it fetches as the
/// map starts.
/// </summary>
public sealed partial class MapScriptTests(SiteFontTests.StaticAssetsFactory factory) : IClassFixture<SiteFontTests.StaticAssetsFactory>
{
    [Theory]
    [InlineData("/", "choropleth-map")]
    [InlineData("/embed", "embed")]
    public async Task ThePageLoadsItsOneMapBundleFromTheHtmlAndTheBundleImportsOnlyLeaflet(string url, string bundle)
    {
        var client = await factory.CreateLoadedClientAsync();

        var html = await client.GetStringAsync(new Uri(url, UriKind.Relative));

        // The embed preloads its bundle (its own script imports it); the map page runs its bundle from the head (it
        // draws the first view before any circuit). Either way one map bundle starts with the HTML, and nothing else:
        // Leaflet comes when the bundle starts the map, after the first frame.
        var bundles = MapBundle().Matches(html).Select(m => m.Groups["href"].Value).Distinct().ToList();
        var preloads = ModulePreload().Matches(html).Select(m => m.Groups["href"].Value).Where(h => !h.StartsWith("lib/map/", StringComparison.Ordinal)).ToList();
        var address = Assert.Single(bundles);
        Assert.Matches($@"^lib/map/{bundle}\.[a-z0-9]+\.js$", address);
        Assert.Empty(preloads);
        Assert.DoesNotContain("lib/leaflet/leaflet.", ModuleTags(html), StringComparison.Ordinal);
        // The page's import map sends the bundle's plain URL (what Blazor's JS.InvokeAsync("import") asks for) and
        // Leaflet's (what the bundle imports) to the fingerprinted files.
        Assert.Contains($"\"./lib/map/{bundle}.js\": \"./{address}\"", html, StringComparison.Ordinal);
        Assert.Matches(@"""\./lib/leaflet/leaflet\.js"": ""\./lib/leaflet/leaflet\.[a-z0-9]+\.js""", html);

        using var response = await client.GetAsync(new Uri("/" + address, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        var script = await response.Content.ReadAsStringAsync();
        // Served from lib/map/: "../leaflet/leaflet.js" is /lib/leaflet/leaflet.js.
        Assert.Equal(["../leaflet/leaflet.js"], ModuleImport().Matches(script).Select(m => m.Groups["url"].Value).Distinct());
        Assert.Contains("aria-roledescription", script, StringComparison.Ordinal); // the map module is inside
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/embed")]
    public async Task EveryModuleTheHtmlFetchesCarriesTheIntegrityTheImportMapGivesIt(string url)
    {
        var client = await factory.CreateLoadedClientAsync();

        var html = await client.GetStringAsync(new Uri(url, UriKind.Relative));

        // The oracle is the import map Blazor writes (its "integrity" entries, by the module's "./" address): a tag
        // without the same hash has Chromium fetch the module a second time once the import map's hash applies. A
        // published app's map has them (the bench's app); this host's build manifest has none, and then no tag may
        // carry one either (AssetIntegrityTests covers a collection with hashes).
        var importMap = JsonDocument.Parse(ImportMap().Match(html).Groups["json"].Value).RootElement;
        var hashes = importMap.TryGetProperty("integrity", out var integrity)
            ? integrity.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal)
            : [];
        var tags = ModuleTag().Matches(html).ToList();
        Assert.True(tags.Count >= 3, $"{tags.Count} module tags");
        foreach (var tag in tags)
        {
            var address = tag.Groups["href"].Value;
            var expected = hashes.GetValueOrDefault("./" + address);
            Assert.Equal(expected, tag.Groups["integrity"].Success ? WebUtility.HtmlDecode(tag.Groups["integrity"].Value) : null);
        }
    }

    private static string ModuleTags(string html) => string.Join('\n', ModuleTag().Matches(html).Select(m => m.Value));

    [GeneratedRegex("""<script type="importmap">(?<json>.*?)</script>""", RegexOptions.Singleline)]
    private static partial Regex ImportMap();

    [GeneratedRegex("""(?:<link rel="modulepreload" href|<script type="module" src)="(?<href>[^"]+)"(?: integrity="(?<integrity>[^"]*)")?""")]
    private static partial Regex ModuleTag();

    [GeneratedRegex("""<link rel="modulepreload" href="(?<href>[^"]+)"[^>]*>""")]
    private static partial Regex ModulePreload();

    [GeneratedRegex(""""(?:<link rel="modulepreload" href|<script type="module" src)="(?<href>lib/map/[^"]+)"""")]
    private static partial Regex MapBundle();

    // Static (import … from"x", import"x") and dynamic (import("x")) imports in esbuild's minified output.
    [GeneratedRegex("""(?:\bfrom\s*|\bimport\s*\(?\s*)["'](?<url>[^"']+)["']""")]
    private static partial Regex ModuleImport();
}
