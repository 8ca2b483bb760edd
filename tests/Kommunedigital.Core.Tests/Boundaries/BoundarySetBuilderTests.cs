using Kommunedigital.Core.Boundaries;
using NetTopologySuite.Geometries;

namespace Kommunedigital.Core.Tests.Boundaries;

/// <summary>The loader on small inline GeoJSON files written to a temporary folder.</summary>
public sealed class BoundarySetBuilderTests : IDisposable
{
    private static readonly Dictionary<CountyCode, string> Counties = new()
    {
        [CountyCode.Parse("03")] = "Oslo",
        [CountyCode.Parse("46")] = "Vestland",
    };

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kommunedigital-tests", "builder-" + Guid.NewGuid().ToString("N"));

    public BoundarySetBuilderTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void ReadsANumberCodeAsFourDigitText()
    {
        var set = Build(Collection(Feature("301", "Oslo", Square(10.7, 59.9))));

        var oslo = Assert.Single(set.Municipalities);
        Assert.Equal("0301", oslo.Code.Value);
        Assert.Equal("03", oslo.County.Value);
        Assert.Equal("Oslo", oslo.Name);
    }

    [Fact]
    public void ReadsATextCodeWithItsLeadingZero()
    {
        var set = Build(Collection(Feature("\"0301\"", "Oslo", Square(10.7, 59.9))));

        Assert.Equal("0301", Assert.Single(set.Municipalities).Code.Value);
    }

    [Fact]
    public void MergesFeaturesSharingACodeIntoOneMultiPolygon()
    {
        var set = Build(Collection(
            Feature("4601", "Bergen", Square(5.3, 60.3)),
            Feature("4601", "Bergen", Square(5.0, 60.6)),
            Feature("301", "Oslo", Square(10.7, 59.9))));

        Assert.Equal(["0301", "4601"], set.Municipalities.Select(m => m.Code.Value));
        Assert.True(set.TryGetMunicipality(MunicipalityCode.Parse("4601"), out var bergen));
        var multi = Assert.IsType<MultiPolygon>(bergen.Geometry);
        Assert.Equal(2, multi.NumGeometries);
        Assert.Equal(0.02, multi.Area, 12);
        Assert.Equal(["03", "46"], set.Counties.Select(c => c.Code.Value));
    }

    [Fact]
    public void RepairsASelfIntersectingBowTie()
    {
        // Two triangles of 0.005 square degrees each meeting at (10.75, 59.95).
        var bowTie = "[[[10.7,59.9],[10.8,60.0],[10.8,59.9],[10.7,60.0],[10.7,59.9]]]";

        var oslo = Assert.Single(Build(Collection(Feature("301", "Oslo", bowTie))).Municipalities);

        Assert.True(oslo.Geometry.IsValid);
        Assert.Equal(0.005, oslo.Geometry.Area, 12);
        Assert.True(oslo.DisplayGeometry.IsValid);
    }

    [Fact]
    public void RejectsAnUnknownCrsNamingTheFile()
    {
        var json = WithCrs("EPSG:4230", Feature("301", "Oslo", Square(10.7, 59.9)));

        var error = Assert.Throws<BoundaryDataException>(() => Build(json));

        Assert.StartsWith("kommuner.geojson: the file's coordinate reference system 'EPSG:4230' is not supported.", error.Message);
    }

    [Fact]
    public void RejectsAFileWhoseCrsContradictsTheManifest()
    {
        var json = WithCrs("urn:ogc:def:crs:EPSG::25832", Feature("301", "Oslo", Square(10.7, 59.9)));

        var error = Assert.Throws<BoundaryDataException>(() => Build(json));

        Assert.Equal(
            "kommuner.geojson: the file says its coordinates are EPSG:25832 ('urn:ogc:def:crs:EPSG::25832'), but the boundary manifest says WGS84. " +
            "Correct the manifest's crs for this file.",
            error.Message);
    }

    [Fact]
    public void ReprojectsUtm33ToLongitudeAndLatitude()
    {
        // On the zone's central meridian (15° E) UTM 33N northing 6651411.190 m is exactly 60° N.
        const double northing = 6651411.1903626;
        var ring = $"[[[500000,{Num(northing)}],[501000,{Num(northing)}],[501000,{Num(northing + 1000)}],[500000,{Num(northing + 1000)}],[500000,{Num(northing)}]]]";
        var json = WithCrs("urn:ogc:def:crs:EPSG::25833", Feature("301", "Oslo", ring));

        var oslo = Assert.Single(Build(json, crs: "EPSG:25833").Municipalities);
        var corner = oslo.Geometry.Coordinates.MinBy(c => c.X + c.Y)!;

        Assert.Equal(15.0, corner.X, 1e-6);
        Assert.Equal(60.0, corner.Y, 1e-6);
        Assert.Equal(4326, oslo.Geometry.SRID);
    }

    [Fact]
    public void MetresDeclaredAsWgs84AreCaughtAsNotNorway()
    {
        var json = Collection(Feature("301", "Oslo", "[[[500000,6651411],[501000,6651411],[501000,6652411],[500000,6651411]]]"));

        var error = Assert.Throws<BoundaryDataException>(() => Build(json));

        Assert.Contains("kommuner.geojson: read as WGS84, the coordinates span longitude 500000 to 501000", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("which is not Norway. Check the crs in the boundary manifest.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMunicipalityInAnUnlistedCountyIsAClearError()
    {
        var json = Collection(Feature("1201", "Bergen", Square(5.3, 60.3)));

        var error = Assert.Throws<BoundaryDataException>(() => Build(json));

        Assert.Equal(
            "kommuner.geojson: municipality 1201 Bergen is in county 12, which the boundary manifest's county table for set test does not list. " +
            "Add the county to countyNames or check the file.",
            error.Message);
    }

    [Fact]
    public void AMissingCodePropertyNamesTheFeature()
    {
        var json = Collection(Feature("301", "Oslo", Square(10.7, 59.9)), Feature("301", "Oslo", Square(5.3, 60.3)).Replace("\"kommunenummer\"", "\"knr\"", StringComparison.Ordinal));

        var error = Assert.Throws<BoundaryDataException>(() => Build(json));

        Assert.Equal("kommuner.geojson: feature 2 has no \"kommunenummer\" property. Check codeProperty in the boundary manifest.", error.Message);
    }

    [Fact]
    public void TruncatedJsonIsAClearError()
    {
        var json = Collection(Feature("301", "Oslo", Square(10.7, 59.9)))[..60];

        var error = Assert.Throws<BoundaryDataException>(() => Build(json));

        Assert.StartsWith("kommuner.geojson: not valid JSON at line 1:", error.Message);
    }

    [Fact]
    public void APointIsNotABoundary()
    {
        var json = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"kommunenummer\":301,\"navn\":\"Oslo\"}," +
                   "\"geometry\":{\"type\":\"Point\",\"coordinates\":[10.7,59.9]}}]}";

        var error = Assert.Throws<BoundaryDataException>(() => Build(json));

        Assert.Equal("kommuner.geojson: feature 1 (code 301) is a Point; boundaries must be Polygon or MultiPolygon.", error.Message);
    }

    [Fact]
    public void CountiesComeFromTheCountyFileWhenThereIsOne()
    {
        var municipalities = Collection(Feature("301", "Oslo", Square(10.7, 59.9)), Feature("4601", "Bergen", Square(5.3, 60.3)));
        var counties = Collection(Feature("3", "Oslo", Square(10.6, 59.8)), Feature("46", "Vestland", Square(5.0, 60.0)));
        File.WriteAllText(Path.Combine(_folder, "fylker.geojson"), counties);

        var set = Build(municipalities, countyLayer: new BoundaryLayerEntry("fylker.geojson", "WGS84", "kommunenummer", null));

        Assert.True(set.TryGetCounty(CountyCode.Parse("03"), out var oslo));
        Assert.Equal("Oslo", oslo.Name);
        Assert.Equal(new Envelope(10.6, 10.7, 59.8, 59.9), oslo.Geometry.EnvelopeInternal);
        // The display outline has been through UTM 33N and back: equal to well below a millimetre.
        var display = oslo.DisplayGeometry.EnvelopeInternal;
        Assert.Equal([10.7, 10.8, 59.9, 60.0], new[] { display.MinX, display.MaxX, display.MinY, display.MaxY }, new ToleranceComparer(1e-9));
    }

    [Fact]
    public void ACountyFileLackingACountyIsAClearError()
    {
        var municipalities = Collection(Feature("301", "Oslo", Square(10.7, 59.9)), Feature("4601", "Bergen", Square(5.3, 60.3)));
        File.WriteAllText(Path.Combine(_folder, "fylker.geojson"), Collection(Feature("3", "Oslo", Square(10.6, 59.8))));

        var error = Assert.Throws<BoundaryDataException>(
            () => Build(municipalities, countyLayer: new BoundaryLayerEntry("fylker.geojson", "WGS84", "kommunenummer", null)));

        Assert.Equal(
            "fylker.geojson: county 46 of set test is missing from the county file. Is this the county file of the same structure?",
            error.Message);
    }

    [Fact]
    public void CountiesWithoutACountyFileAreDissolvedFromTheirMunicipalities()
    {
        var set = Build(Collection(
            Feature("4601", "Bergen", Square(5.3, 60.3)),
            Feature("4602", "Kinn", Square(5.4, 60.3)),
            Feature("301", "Oslo", Square(10.7, 59.9))));

        Assert.True(set.TryGetCounty(CountyCode.Parse("46"), out var vestland));
        var polygon = Assert.IsType<Polygon>(vestland.Geometry);
        Assert.Equal(0.02, polygon.Area, 12);
        Assert.Equal(new Envelope(5.3, 5.5, 60.3, 60.4), polygon.EnvelopeInternal);
    }

    private BoundarySet Build(string municipalitiesJson, string crs = "WGS84", BoundaryLayerEntry? countyLayer = null)
    {
        File.WriteAllText(Path.Combine(_folder, "kommuner.geojson"), municipalitiesJson);
        var entry = new BoundarySetEntry(
            "test",
            new DateOnly(2024, 1, 1),
            new BoundaryLayerEntry("kommuner.geojson", crs, "kommunenummer", "navn"),
            countyLayer,
            Counties);
        return BoundarySetBuilder.Build(entry, name => Path.Combine(_folder, name), BoundaryLoader.DisplayToleranceMetres, CancellationToken.None);
    }

    private static string Collection(params string[] features) => WithCrs(null, features);

    private static string WithCrs(string? crs, params string[] features) =>
        "{\"type\":\"FeatureCollection\"," +
        (crs is null ? "" : $"\"crs\":{{\"type\":\"name\",\"properties\":{{\"name\":\"{crs}\"}}}},") +
        $"\"features\":[{string.Join(',', features)}]}}";

    private static string Feature(string code, string name, string polygonCoordinates) =>
        $"{{\"type\":\"Feature\",\"properties\":{{\"kommunenummer\":{code},\"navn\":\"{name}\"}}," +
        $"\"geometry\":{{\"type\":\"Polygon\",\"coordinates\":{polygonCoordinates}}}}}";

    /// <summary>A 0.1° square with its south-west corner at (x, y), counter-clockwise.</summary>
    private static string Square(double x, double y) =>
        $"[[[{Num(x)},{Num(y)}],[{Num(x + 0.1)},{Num(y)}],[{Num(x + 0.1)},{Num(y + 0.1)}],[{Num(x)},{Num(y + 0.1)}],[{Num(x)},{Num(y)}]]]";

    private static string Num(double value) => Math.Round(value, 7).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
