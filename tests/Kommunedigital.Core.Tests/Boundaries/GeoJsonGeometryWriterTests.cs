using System.Text;
using System.Text.Json;
using Kommunedigital.Core.Boundaries;
using NetTopologySuite.IO;

namespace Kommunedigital.Core.Tests.Boundaries;

public class GeoJsonGeometryWriterTests
{
    private static string Write(string wkt, int decimals)
    {
        var geometry = new WKTReader(BoundaryGeometryFactories.Wgs84.GeometryServices).Read(wkt);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            new GeoJsonGeometryWriter(decimals).Write(writer, geometry);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void TheDecimalsAreAParameterAndHalvesRoundAwayFromZero()
    {
        const string Square = "POLYGON ((10.1234567 60.125, 10.5 60.125, 10.5 60.6, 10.1234567 60.6, 10.1234567 60.125))";

        Assert.Equal(
            """{"type":"Polygon","coordinates":[[[10.1235,60.125],[10.5,60.125],[10.5,60.6],[10.1235,60.6],[10.1235,60.125]]]}""",
            Write(Square, 4));
        Assert.Equal(
            """{"type":"Polygon","coordinates":[[[10.12346,60.125],[10.5,60.125],[10.5,60.6],[10.12346,60.6],[10.12346,60.125]]]}""",
            Write(Square, 5));

        // 60.125 is exact in binary: half away from zero gives 60.13 where half to even would give 60.12.
        Assert.Equal(
            """{"type":"Polygon","coordinates":[[[10.12,60.13],[10.5,60.13],[10.5,60.6],[10.12,60.6],[10.12,60.13]]]}""",
            Write(Square, 2));
    }

    [Fact]
    public void RingsAreOrientedAfterRoundingExteriorCounterClockwiseHolesClockwise()
    {
        // Exterior given clockwise, hole given counter-clockwise: both are turned round.
        const string Wkt = "POLYGON ((10 60, 10 61, 11 61, 11 60, 10 60), (10.2 60.2, 10.4 60.2, 10.4 60.4, 10.2 60.4, 10.2 60.2))";

        Assert.Equal(
            """{"type":"Polygon","coordinates":[[[10,60],[11,60],[11,61],[10,61],[10,60]],[[10.2,60.2],[10.2,60.4],[10.4,60.4],[10.4,60.2],[10.2,60.2]]]}""",
            Write(Wkt, 4));
    }

    [Fact]
    public void ARingThatRoundingCollapsesIsDroppedAndItsPolygonWithIt()
    {
        // The second part is 0.00002° across: at 4 decimals all its points round to one.
        const string Wkt = "MULTIPOLYGON (((10 60, 11 60, 11 61, 10 61, 10 60)), ((12.00001 60.00001, 12.00003 60.00001, 12.00003 60.00003, 12.00001 60.00001)))";

        Assert.Equal("""{"type":"Polygon","coordinates":[[[10,60],[11,60],[11,61],[10,61],[10,60]]]}""", Write(Wkt, 4));
        Assert.StartsWith("""{"type":"MultiPolygon","coordinates":[[[[10,60]""", Write(Wkt, 5), StringComparison.Ordinal);
    }

    [Fact]
    public void AGeometrySmallerThanTheRoundingIsNull() =>
        Assert.Equal("null", Write("POLYGON ((12.00001 60.00001, 12.00003 60.00001, 12.00003 60.00003, 12.00001 60.00001))", 4));

    [Fact]
    public void RepeatedPointsAfterRoundingAreWrittenOnce() =>
        Assert.Equal(
            """{"type":"Polygon","coordinates":[[[10,60],[11,60],[11,61],[10,61],[10,60]]]}""",
            Write("POLYGON ((10 60, 10.00001 60.00001, 11 60, 11 61, 10 61, 10 60))", 4));
}
