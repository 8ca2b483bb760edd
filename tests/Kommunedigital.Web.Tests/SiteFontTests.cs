using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;

namespace Kommunedigital.Web.Tests;

/// <summary>
/// SSB's design system and fonts as the app serves them (lib/site.css, lib/ssb/fonts.css and lib/ssb/fonts, built by
/// scripts/copy-assets.mjs from npm): the stylesheets the page links, the @font-face rules, and the subset fonts, read
/// back over HTTP.
/// </summary>
public sealed partial class SiteFontTests(SiteFontTests.StaticAssetsFactory factory) : IClassFixture<SiteFontTests.StaticAssetsFactory>
{
    /// <summary>
    /// The test host in Production serves static files only from a published output; this one reads the build's
    /// static web assets manifest (wwwroot/lib as copy-assets.mjs left it), as `dotnet run` does.
    /// </summary>
    public sealed class StaticAssetsFactory : KommunedigitalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseStaticWebAssets();
        }
    }

    [Fact]
    public async Task ThePageLinksOneSiteStylesheetWithSsbsRulesBeforeItsOwnAndItsFontsForAfterTheFirstFrame()
    {
        var client = await factory.CreateLoadedClientAsync();

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        // One global sheet, then the components' scoped styles (the Razor SDK's own sheet); the fonts' sheet is the
        // <noscript> copy (below).
        var stylesheets = StylesheetLink().Matches(html).Select(m => m.Groups["href"].Value).ToList();
        Assert.Equal(3, stylesheets.Count);
        Assert.Matches(@"^lib/site\.[a-z0-9]+\.css$", stylesheets[0]);
        Assert.Matches(@"^Kommunedigital\.Web\.[a-z0-9]+\.styles\.css$", stylesheets[1]);
        // Inside it the cascade is the order the parts were linked in: Leaflet's rules, SSB's, then the app's
        // (styles/ssb.scss sets the body's font, app.css its own --kd-* roles). No font faces: those are fonts.css's.
        var css = await client.GetStringAsync(new Uri("/" + stylesheets[0], UriKind.Relative));
        var leaflet = css.IndexOf(".leaflet-pane", StringComparison.Ordinal);
        var ssb = css.IndexOf("--ssb-green-1", StringComparison.Ordinal);
        var app = css.IndexOf("--kd-", StringComparison.Ordinal);
        Assert.True(leaflet >= 0 && ssb > leaflet && app > ssb, $"Leaflet {leaflet}, SSB {ssb}, app {app}");
        Assert.DoesNotContain("@font-face", css, StringComparison.Ordinal);

        // The fonts' sheet is for print until js/web-fonts.js switches it to the screen after the first frame; the
        // same sheet in <noscript> for a reader without JavaScript. No font is preloaded (a preloaded font holds the
        // first frame back in Chromium).
        var fonts = FontsLink().Match(html);
        Assert.True(fonts.Success, "the fonts' link with media=\"print\"");
        Assert.Matches(@"^lib/ssb/fonts\.[a-z0-9]+\.css$", fonts.Groups["href"].Value);
        Assert.Contains($"<noscript><link rel=\"stylesheet\" href=\"{fonts.Groups["href"].Value}\" /></noscript>", html, StringComparison.Ordinal);
        Assert.Equal(fonts.Groups["href"].Value, stylesheets[2]);
        Assert.Matches(@"<script type=""module"" src=""js/web-fonts(\.[a-z0-9]+)?\.js""( integrity=""sha256-[^""]+"")?></script>", html);
        Assert.DoesNotContain("rel=\"preload\" as=\"font\"", html, StringComparison.Ordinal);
        // The page's old web font is gone from the first view (the drawn exports embed their own copy).
        Assert.DoesNotContain("source-sans", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task EveryFontFaceIsAServedWoff2FileWithFontDisplaySwap()
    {
        var client = await factory.CreateLoadedClientAsync();

        var faces = await FontFacesAsync(client);

        // Open Sans 400 and 700, Roboto 400 and 700, Roboto Condensed 700; each as Latin and Latin Extended.
        Assert.Equal(10, faces.Count);
        Assert.Equal(
            ["Open Sans 400", "Open Sans 700", "Roboto 400", "Roboto 700", "Roboto Condensed 700"],
            faces.Select(f => $"{f.Family} {f.Weight}").Distinct().Order(StringComparer.Ordinal));
        foreach (var face in faces)
        {
            Assert.Equal("swap", face.Display);
            Assert.Equal("woff2", face.Format);
            await AssertWoff2Async(client, face.Url);
        }
    }

    [Fact]
    public async Task EveryFaceCoversEveryLetterOfEveryMunicipalityAndCountyNameInTheBoundarySets()
    {
        var client = await factory.CreateLoadedClientAsync();
        var faces = await FontFacesAsync(client);
        var names = BoundaryNames();
        var letters = names.SelectMany(EnumerateCodePoints).Where(c => c > ' ').ToHashSet();

        // The oracle read what it should: the sets' Sámi names are there.
        Assert.True(names.Count > 1000, $"{names.Count} names");
        Assert.Contains(0x14B, letters); // ŋ, Porsáŋgu
        Assert.Contains(0xE1, letters); // á, Kárášjohka

        var missing = new List<string>();
        foreach (var family in faces.GroupBy(f => $"{f.Family} {f.Weight}"))
        {
            var files = new List<(FontFace Face, HashSet<int> Mapped)>();
            foreach (var face in family)
            {
                files.Add((face, Woff2CharacterMap.Read(await client.GetByteArrayAsync(new Uri(face.Url, UriKind.Relative)))));
            }

            // A letter shows in this face when a rule's unicode-range sends it to a file whose font has its glyph.
            foreach (var letter in letters.Order())
            {
                if (!files.Any(f => f.Face.Covers(letter) && f.Mapped.Contains(letter)))
                {
                    var example = names.First(n => EnumerateCodePoints(n).Contains(letter));
                    missing.Add($"{family.Key}: U+{letter:X4} '{char.ConvertFromUtf32(letter)}' ({example})");
                }
            }
        }

        Assert.Empty(missing);
    }

    private static async Task AssertWoff2Async(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("font/woff2", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("wOF2"u8.ToArray(), bytes.AsSpan(0, 4).ToArray());
    }

    private static async Task<List<FontFace>> FontFacesAsync(HttpClient client)
    {
        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var href = FontsLink().Match(html).Groups["href"].Value;
        using var response = await client.GetAsync(new Uri("/" + href, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        var css = await response.Content.ReadAsStringAsync();
        // url(fonts/…) is relative to the stylesheet: /lib/ssb/.
        return FontFaceRule().Matches(css).Select(m => FontFace.Parse(m.Groups["body"].Value, "/lib/ssb/")).ToList();
    }

    // Every municipality and county name of the 2018, 2020 and 2024 sets, from the files in the mirror and the
    // county names of data/boundaries.json: the names the page can show.
    private static List<string> BoundaryNames()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "data", "boundaries.json")));
        var names = new List<string>();
        foreach (var set in manifest.RootElement.GetProperty("sets").EnumerateArray())
        {
            foreach (var layer in new[] { "municipalities", "counties" })
            {
                if (!set.TryGetProperty(layer, out var source))
                {
                    continue;
                }

                var nameProperty = source.GetProperty("nameProperty").GetString()!;
                using var file = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.BoundaryMirror, source.GetProperty("file").GetString()!)));
                names.AddRange(file.RootElement.GetProperty("features").EnumerateArray()
                    .Select(f => f.GetProperty("properties").GetProperty(nameProperty).GetString()!));
            }

            names.AddRange(set.GetProperty("countyNames").EnumerateObject().Select(p => p.Value.GetString()!));
        }

        Assert.Equal(["2018", "2020", "2024"], manifest.RootElement.GetProperty("sets").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        return names;
    }

    private static IEnumerable<int> EnumerateCodePoints(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            yield return rune.Value;
        }
    }

    [GeneratedRegex("""<link rel="stylesheet" href="(?<href>[^"]+)"\s*/?>""")]
    private static partial Regex StylesheetLink();

    [GeneratedRegex("""<link rel="stylesheet" href="(?<href>[^"]+)" media="print" data-web-fonts data-permanent="web-fonts" />""")]
    private static partial Regex FontsLink();

    [GeneratedRegex("""@font-face\s*\{(?<body>[^}]*)\}""")]
    private static partial Regex FontFaceRule();

    private sealed record FontFace(string Family, string Weight, string Display, string Url, string Format, IReadOnlyList<(int From, int To)> Ranges)
    {
        public bool Covers(int codePoint) => Ranges.Any(r => codePoint >= r.From && codePoint <= r.To);

        public static FontFace Parse(string body, string baseUrl)
        {
            var declarations = body.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(d => d.Split(':', 2, StringSplitOptions.TrimEntries))
                .ToDictionary(d => d[0], d => d[1], StringComparer.Ordinal);
            // The minifier drops the quotes around a URL that needs none.
            var src = Regex.Match(declarations["src"], """^url\("?(?<url>[^")]+)"?\)\s*format\("(?<format>[^"]+)"\)$""");
            Assert.True(src.Success, "one woff2 source: " + declarations["src"]);
            var ranges = declarations["unicode-range"].Split(',').Select(ParseRange).ToList();
            return new FontFace(declarations["font-family"].Trim('"'), declarations["font-weight"], declarations["font-display"],
                baseUrl + src.Groups["url"].Value, src.Groups["format"].Value, ranges);
        }

        // "U+20-7E" or "U+E5"
        private static (int From, int To) ParseRange(string range)
        {
            var parts = range.Trim()["U+".Length..].Split('-');
            var from = int.Parse(parts[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            return (from, parts.Length == 2 ? int.Parse(parts[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture) : from);
        }
    }
}
