using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Kommunedigital.Web.Tests;

public sealed partial class SecurityHeaderTests(KommunedigitalFactory factory) : IClassFixture<KommunedigitalFactory>
{
    [Theory]
    [InlineData("/", "'self'")]
    [InlineData("/tabell", "'self'")]
    [InlineData("/embed?aar=2024", "*")]
    public async Task APageRunsOnlyItsOwnScriptsAndItsImportMapByTheHashOfTheTextItServes(string path, string frameAncestors)
    {
        var client = await factory.CreateLoadedClientAsync();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));

        // The oracle is the page itself: the hash of the import map's text as served, not the code that made the header.
        var importMap = ImportMapScript().Match(html);
        Assert.True(importMap.Success, $"{path} has no import map.");
        var hash = "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(importMap.Groups["json"].Value)));
        var scripts = Directives(policy)["script-src"];
        Assert.Equal(["'self'", $"'{hash}'"], scripts);
        Assert.DoesNotContain("unsafe", string.Join(' ', scripts), StringComparison.Ordinal);
        Assert.Equal(["'none'"], Directives(policy)["object-src"]);
        Assert.Equal([frameAncestors], Directives(policy)["frame-ancestors"]);

        // No other inline script: every <script> but the import map loads a file, or is a data block the browser
        // never runs (type="application/json": the map page's first view for its module).
        Assert.All(
            ScriptTag().Matches(html).Where(m => !m.Value.Contains("importmap", StringComparison.Ordinal)
                && !m.Value.StartsWith("<script type=\"application/json\"", StringComparison.Ordinal)),
            m => Assert.Contains(" src=\"", m.Value, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/embed")]
    [InlineData("/tabell")]
    [InlineData("/health/ready")]
    [InlineData("/finnes-ikke")]
    public async Task EveryResponseSaysHowMuchOfTheReferrerAndWhichBrowserFeaturesOthersGet(string path)
    {
        var client = await factory.CreateLoadedClientAsync();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(["strict-origin-when-cross-origin"], response.Headers.GetValues("Referrer-Policy"));
        Assert.Equal(["camera=(), microphone=(), geolocation=(), payment=(), usb=()"], response.Headers.GetValues("Permissions-Policy"));
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
        Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
    }

    [Fact]
    public async Task TheEmbedMayBeFramedAnywhereAndSendsNoContradictingXFrameOptions()
    {
        var client = await factory.CreateLoadedClientAsync();

        using var response = await client.GetAsync(new Uri("/embed?aar=2024", UriKind.Relative));
        var policy = Directives(Assert.Single(response.Headers.GetValues("Content-Security-Policy")));

        Assert.Equal(["*"], policy["frame-ancestors"]);
        Assert.False(response.Headers.Contains("X-Frame-Options"));
    }

    private static Dictionary<string, string[]> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(d => d[0], d => d[1..]);

    [GeneratedRegex("<script type=\"importmap\">(?<json>.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex ImportMapScript();

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex ScriptTag();
}
