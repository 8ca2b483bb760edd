using System.Globalization;
using System.Text.Json;
using Kommunedigital.Core.Boundaries;
using NetTopologySuite.IO;

namespace Kommunedigital.Core.Tests.Boundaries;

public sealed class BoundaryGeoJsonWriterTests(RealBoundaryCatalogFixture fixture) : IClassFixture<RealBoundaryCatalogFixture>
{
    [Theory]
    [InlineData("2018", 422, 18)]
    [InlineData("2020", 356, 11)]
    [InlineData("2024", 357, 15)]
    public void WritesEveryMunicipalityThenEveryCounty(string id, int municipalities, int counties)
    {
        using var document = JsonDocument.Parse(BoundaryGeoJsonWriter.Write(fixture.Set(id)).Content);
        var root = document.RootElement;
        var features = root.GetProperty("features").EnumerateArray().ToArray();

        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        Assert.False(root.TryGetProperty("crs", out _));
        Assert.Equal(municipalities + counties, features.Length);
        Assert.All(features.Take(municipalities), f =>
            Assert.Equal(["kommunenummer", "navn", "fylkesnummer"], f.GetProperty("properties").EnumerateObject().Select(p => p.Name)));
        Assert.All(features.Skip(municipalities), f =>
            Assert.Equal(["fylkesnummer", "navn"], f.GetProperty("properties").EnumerateObject().Select(p => p.Name)));
        Assert.All(features, f => Assert.Contains(f.GetProperty("geometry").GetProperty("type").GetString(), new[] { "Polygon", "MultiPolygon" }));
    }

    [Fact]
    public void MunicipalityPropertiesAreTextWithLeadingZeros()
    {
        using var document = JsonDocument.Parse(BoundaryGeoJsonWriter.Write(fixture.Set("2024")).Content);
        var features = document.RootElement.GetProperty("features").EnumerateArray().ToArray();
        var oslo = features[0].GetProperty("properties");
        var baerum = features.Single(f => f.GetProperty("properties").TryGetProperty("kommunenummer", out var k) && k.GetString() == "3201")
            .GetProperty("properties");
        var vestland = features.Single(f => !f.GetProperty("properties").TryGetProperty("kommunenummer", out _) &&
                                            f.GetProperty("properties").GetProperty("fylkesnummer").GetString() == "46");

        Assert.Equal("0301", oslo.GetProperty("kommunenummer").GetString());
        Assert.Equal("Oslo", oslo.GetProperty("navn").GetString());
        Assert.Equal("03", oslo.GetProperty("fylkesnummer").GetString());
        Assert.Equal("Bærum", baerum.GetProperty("navn").GetString());
        Assert.Equal("32", baerum.GetProperty("fylkesnummer").GetString());
        Assert.Equal("Vestland", vestland.GetProperty("properties").GetProperty("navn").GetString());
    }

    [Fact]
    public void CoordinatesHaveAtMostFourDecimalsAndNoRepeatedPoints()
    {
        var bytes = BoundaryGeoJsonWriter.Write(fixture.Set("2020")).Content;
        using var document = JsonDocument.Parse(bytes);
        var positions = 0;
        foreach (var feature in document.RootElement.GetProperty("features").EnumerateArray())
        {
            foreach (var ring in Rings(feature.GetProperty("geometry")))
            {
                var points = ring.EnumerateArray().Select(p => (p[0].GetRawText(), p[1].GetRawText())).ToArray();
                Assert.True(points.Length >= 4);
                Assert.Equal(points[0], points[^1]);
                for (var i = 1; i < points.Length; i++)
                {
                    Assert.NotEqual(points[i - 1], points[i]);
                }

                Assert.All(points, p =>
                {
                    Assert.True(Decimals(p.Item1) <= 4, p.Item1);
                    Assert.True(Decimals(p.Item2) <= 4, p.Item2);
                });
                positions += points.Length;
            }
        }

        Assert.True(positions > 10_000);
    }

    [Fact]
    public void TheETagIsAQuotedHashPrefixThatFollowsTheContent()
    {
        var first = BoundaryGeoJsonWriter.Write(fixture.Set("2024"));
        var again = BoundaryGeoJsonWriter.Write(fixture.Set("2024"));
        var other = BoundaryGeoJsonWriter.Write(fixture.Set("2020"));

        Assert.Matches("^\"[0-9a-f]{32}\"$", first.ETag);
        Assert.Equal(first.ETag, again.ETag);
        Assert.True(first.Content.Span.SequenceEqual(again.Content.Span));
        Assert.NotEqual(first.ETag, other.ETag);
    }

    [Fact]
    public void ExteriorRingsAreCounterClockwiseAndHolesClockwiseAfterRounding()
    {
        var reader = new WKTReader(BoundaryGeometryFactories.Wgs84.GeometryServices);
        // Exterior written clockwise with a point that repeats once rounded; the hole counter-clockwise.
        var display = reader.Read(
            "POLYGON ((10 60, 10 61, 10.000001 61.000001, 11 61, 11 60, 10 60), (10.2 60.2, 10.8 60.2, 10.8 60.8, 10.2 60.8, 10.2 60.2))");
        var code = MunicipalityCode.Parse("301");
        var set = new BoundarySet("test", new DateOnly(2024, 1, 1),
            [new Municipality(code, "Oslo", code.County, display, display)],
            [new County(code.County, "Oslo", display, display)]);

        using var document = JsonDocument.Parse(BoundaryGeoJsonWriter.Write(set).Content);
        var geometry = document.RootElement.GetProperty("features")[0].GetProperty("geometry");
        var rings = geometry.GetProperty("coordinates").EnumerateArray()
            .Select(r => r.EnumerateArray().Select(p => (p[0].GetDouble(), p[1].GetDouble())).ToArray())
            .ToArray();

        Assert.Equal("Polygon", geometry.GetProperty("type").GetString());
        Assert.Equal([(10.0, 60.0), (11.0, 60.0), (11.0, 61.0), (10.0, 61.0), (10.0, 60.0)], rings[0]);
        Assert.Equal([(10.2, 60.2), (10.2, 60.8), (10.8, 60.8), (10.8, 60.2), (10.2, 60.2)], rings[1]);
    }

    private static IEnumerable<JsonElement> Rings(JsonElement geometry)
    {
        var coordinates = geometry.GetProperty("coordinates");
        return geometry.GetProperty("type").GetString() == "Polygon"
            ? coordinates.EnumerateArray()
            : coordinates.EnumerateArray().SelectMany(p => p.EnumerateArray());
    }

    private static int Decimals(string number)
    {
        var dot = number.IndexOf('.', StringComparison.Ordinal);
        Assert.DoesNotContain("E", number.ToUpper(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return dot < 0 ? 0 : number.Length - dot - 1;
    }
}
