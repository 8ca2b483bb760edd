using System.Text;
using Kommunedigital.Core.Boundaries;

namespace Kommunedigital.Core.Tests.Boundaries;

public sealed class BoundaryManifestTests
{
    private const string Sha = "ce4f8b96abc59375ddf4f7b4faada9856992807b11e09fc0dcd6d759e4fd8093";

    private static readonly string ManifestPath = Path.Combine(TestPaths.RepoRoot, "data", "boundaries.json");

    [Fact]
    public void TheRepositoryManifestListsSixFilesAndThreeSets()
    {
        var manifest = BoundaryManifest.Read(ManifestPath);

        Assert.Equal(
            ["kommuner-2018-utm33.geojson", "kommuner-2020.geojson", "fylker-2020.geojson", "kommuner-2024.geojson", "fylker-2024.geojson", "kommuner-2024-detailed.geojson"],
            manifest.Files.Select(f => f.FileName));
        Assert.Equal(["2018", "2020", "2024"], manifest.Sets.Select(s => s.Id));
        Assert.DoesNotContain(manifest.SetFiles, f => f.FileName == "kommuner-2024-detailed.geojson");
        Assert.Equal(5, manifest.SetFiles.Count);
    }

    [Fact]
    public void TheManifestHashesMatchTheMirrorChecksums()
    {
        var sums = File.ReadAllLines(Path.Combine(TestPaths.BoundaryMirror, "SHA256SUMS"))
            .Select(line => line.Split("  "))
            .ToDictionary(parts => parts[1], parts => parts[0]);
        var manifest = BoundaryManifest.Read(ManifestPath);

        Assert.Equal(sums.Count, manifest.Files.Count);
        Assert.All(manifest.Files, f => Assert.Equal(sums[f.FileName], f.Sha256));
        Assert.All(manifest.Files, f => Assert.StartsWith("https://raw.githubusercontent.com/", f.Url.AbsoluteUri, StringComparison.Ordinal));
    }

    [Fact]
    public void The2018SetIsUtm33WithEighteenCountiesAndNoCountyFile()
    {
        var set2018 = BoundaryManifest.Read(ManifestPath).Sets[0];

        Assert.Equal(new DateOnly(2018, 1, 1), set2018.ValidFrom);
        Assert.Equal(new BoundaryLayerEntry("kommuner-2018-utm33.geojson", "EPSG:25833", "Kommunenum", "Kommunenav"), set2018.Municipalities);
        Assert.Null(set2018.Counties);
        Assert.Equal(18, set2018.CountyNames.Count);
        Assert.Equal("Trøndelag", set2018.CountyNames[CountyCode.Parse("50")]);
    }

    [Fact]
    public void AMissingManifestFileSaysWhichSettingToCheck()
    {
        var error = Assert.Throws<BoundaryDataException>(() => BoundaryManifest.Read("/no/such/boundaries.json"));

        Assert.StartsWith("Boundary manifest /no/such/boundaries.json cannot be read (", error.Message);
        Assert.EndsWith("Check the setting Data:BoundaryManifest.", error.Message);
    }

    [Fact]
    public void BrokenJsonGivesTheLine()
    {
        var error = Assert.Throws<BoundaryDataException>(() => Parse("{\n  \"files\": [\n  oops\n]}"));

        Assert.StartsWith("Boundary manifest boundaries.json is not valid JSON at line 3:", error.Message);
    }

    [Theory]
    [InlineData("{\"fileName\":\"k.geojson\",\"url\":\"https://example.test/k\"}", "files[0].sha256 is missing.")]
    [InlineData("{\"fileName\":\"k.geojson\",\"url\":\"https://example.test/k\",\"sha256\":\"abc\"}", "files[0].sha256 must be 64 hexadecimal digits.")]
    [InlineData("{\"fileName\":\"../k.geojson\",\"url\":\"https://example.test/k\",\"sha256\":\"" + Sha + "\"}", "files[0].fileName '../k.geojson' must be a plain file name without a folder.")]
    [InlineData("{\"fileName\":\"k.geojson\",\"url\":\"k.geojson\",\"sha256\":\"" + Sha + "\"}", "files[0].url 'k.geojson' is not an absolute http(s) URL.")]
    [InlineData("{\"fileName\":\"k.geojson\",\"url\":\"https://example.test/k\",\"sha\":\"" + Sha + "\"}", "files[0].sha is not a known setting (expected fileName, url, sha256).")]
    public void ABrokenFileEntrySaysWhereAndWhat(string fileEntry, string expected)
    {
        var error = Assert.Throws<BoundaryDataException>(() => Parse(Manifest(fileEntry, Set())));

        Assert.Equal("Boundary manifest boundaries.json: " + expected, error.Message);
    }

    [Theory]
    [InlineData("k.geojson", "EPSG:4230", "sets[0].municipalities.crs 'EPSG:4230' is not supported; use one of WGS84 (EPSG:4326, CRS84), EPSG:25832, EPSG:25833, EPSG:25835.")]
    [InlineData("other.geojson", "WGS84", "set 2020 uses 'other.geojson', which is not in the manifest's file list.")]
    public void ABrokenSetEntrySaysWhereAndWhat(string file, string crs, string expected)
    {
        var error = Assert.Throws<BoundaryDataException>(() => Parse(Manifest(FileEntry(), Set(file, crs))));

        Assert.Equal("Boundary manifest boundaries.json: " + expected, error.Message);
    }

    [Fact]
    public void ACountyTableKeyMustBeTwoDigits()
    {
        var error = Assert.Throws<BoundaryDataException>(() => Parse(Manifest(FileEntry(), Set(countyNames: "{\"3\":\"Oslo\"}"))));

        Assert.Equal("Boundary manifest boundaries.json: sets[0].countyNames.3 a county number must be two digits, e.g. \"03\".", error.Message);
    }

    [Fact]
    public void AManifestCrsIsNormalisedToItsShortName()
    {
        var manifest = Parse(Manifest(FileEntry(), Set(crs: "urn:ogc:def:crs:OGC:1.3:CRS84")));

        Assert.Equal("WGS84", manifest.Sets[0].Municipalities.Crs);
        Assert.Equal("k.geojson", manifest.Sets[0].Municipalities.File);
    }

    private static BoundaryManifest Parse(string json) => BoundaryManifest.Parse(Encoding.UTF8.GetBytes(json), "boundaries.json");

    private static string Manifest(string file, string set) => $"{{\"files\":[{file}],\"sets\":[{set}]}}";

    private static string FileEntry() => $"{{\"fileName\":\"k.geojson\",\"url\":\"https://example.test/k\",\"sha256\":\"{Sha}\"}}";

    private static string Set(string file = "k.geojson", string crs = "WGS84", string countyNames = "{\"03\":\"Oslo\"}")
    {
        var layer = $"\"file\":\"{file}\",\"crs\":\"{crs}\",\"codeProperty\":\"kommunenummer\",\"nameProperty\":\"navn\"";
        return $"{{\"id\":\"2020\",\"validFrom\":\"2020-01-01\",\"municipalities\":{{{layer}}},\"countyNames\":{countyNames}}}";
    }
}
