using System.Globalization;
using Kommunedigital.Core.Boundaries;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Kommunedigital.Core.Tests.Boundaries;

public sealed class MunicipalityNeighboursTests(RealBoundaryCatalogFixture fixture) : IClassFixture<RealBoundaryCatalogFixture>
{
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    // The 2024 outlines are land only: Bergen's neighbours across the sounds (Askøy, Øygarden, Alver, Osterøy) do not
    // touch it; the arrow keys still reach them through the sector step.
    [Theory]
    [InlineData("4601", "4623 4624 4628")]
    [InlineData("0301", "3201 3205 3207 3220 3222 3232 3234 3305")]
    [InlineData("1804", "1838 1839 1840 1841 1845")]
    [InlineData("1856", "")]
    public void NeighboursOnTheReal2024BoundariesAreTheMunicipalitiesThatTouch(string code, string expected)
    {
        var neighbours = fixture.Set("2024").Neighbours.Of(MunicipalityCode.Parse(code));

        Assert.Equal(expected, string.Join(" ", neighbours.Select(n => n.Value)));
    }

    [Theory]
    [InlineData("4601")]
    [InlineData("0301")]
    [InlineData("1804")]
    public void NeighboursAgreeWithPairwiseDistancesOfTheFullDetailOutlines(string code)
    {
        // The oracle: every other municipality's full-detail outline (not the display geometry the index uses),
        // compared one by one by distance, no spatial index.
        var set = fixture.Set("2024");
        Assert.True(set.TryGetMunicipality(MunicipalityCode.Parse(code), out var municipality));
        var oracle = set.Municipalities
            .Where(m => m.Code != municipality.Code && m.Geometry.Distance(municipality.Geometry) < MunicipalityNeighbours.Tolerance)
            .Select(m => m.Code);

        Assert.Equal(oracle, set.Neighbours.Of(municipality.Code));
    }

    [Fact]
    public void EveryNeighbourOfARealMunicipalityHasItAsNeighbourToo()
    {
        var set = fixture.Set("2024");

        var oneSided = set.Municipalities
            .SelectMany(m => set.Neighbours.Of(m.Code).Select(n => (From: m.Code, To: n)))
            .Where(pair => !set.Neighbours.Of(pair.To).Contains(pair.From))
            .ToList();

        Assert.Empty(oneSided);
    }

    [Theory]
    [InlineData("0301", CompassDirection.North, "3232")] // Nittedal
    [InlineData("0301", CompassDirection.East, "3222")] // Lørenskog
    [InlineData("0301", CompassDirection.South, "3207")] // Nordre Follo
    [InlineData("0301", CompassDirection.West, "3201")] // Bærum
    [InlineData("4601", CompassDirection.East, "4623")] // Samnanger, a neighbour
    [InlineData("4601", CompassDirection.North, "4627")] // Askøy, across the sound: no neighbour lies north
    [InlineData("4601", CompassDirection.West, "4626")] // Øygarden, likewise
    [InlineData("1856", CompassDirection.East, "1857")] // Røst to Værøy, island to island
    public void ArrowStepsOnTheReal2024BoundariesGoToTheNeighbourInThatDirection(string from, CompassDirection direction, string expected)
    {
        Assert.Equal(MunicipalityCode.Parse(expected), fixture.Set("2024").Neighbours.Step(MunicipalityCode.Parse(from), direction));
    }

    [Fact]
    public void AStepWestOfRøstLeavesTheCountryAndGoesNowhere()
    {
        Assert.Null(fixture.Set("2024").Neighbours.Step(MunicipalityCode.Parse("1856"), CompassDirection.West));
    }

    [Fact]
    public void InAGridOfSquaresTheCentreStepsToTheSquareOnEachSideAndTouchesAllEight()
    {
        // 3 × 3 squares of 0.1°, codes 0101 (south-west) to 0109 (north-east) row by row; the centre is 0105.
        var squares = new List<Municipality>();
        for (var row = 0; row < 3; row++)
        {
            for (var column = 0; column < 3; column++)
            {
                var code = MunicipalityCode.Parse($"01{(row * 3) + column + 1:00}");
                var geometry = Square(10 + (column * 0.1), 60 + (row * 0.1));
                squares.Add(new Municipality(code, code.Value, code.County, geometry, geometry));
            }
        }

        var neighbours = MunicipalityNeighbours.Compute(squares);
        var centre = MunicipalityCode.Parse("0105");

        Assert.Equal(["0101", "0102", "0103", "0104", "0106", "0107", "0108", "0109"], neighbours.Of(centre).Select(c => c.Value));
        Assert.Equal(["0102", "0104", "0105"], neighbours.Of(MunicipalityCode.Parse("0101")).Select(c => c.Value));
        Assert.Equal(MunicipalityCode.Parse("0108"), neighbours.Step(centre, CompassDirection.North));
        Assert.Equal(MunicipalityCode.Parse("0106"), neighbours.Step(centre, CompassDirection.East));
        Assert.Equal(MunicipalityCode.Parse("0102"), neighbours.Step(centre, CompassDirection.South));
        Assert.Equal(MunicipalityCode.Parse("0104"), neighbours.Step(centre, CompassDirection.West));
        Assert.Null(neighbours.Step(MunicipalityCode.Parse("0101"), CompassDirection.South));
    }

    private static Geometry Square(double lon, double lat) =>
        new WKTReader(Wgs84.GeometryServices).Read(string.Create(
            CultureInfo.InvariantCulture,
            $"POLYGON (({lon} {lat}, {lon + 0.1} {lat}, {lon + 0.1} {lat + 0.1}, {lon} {lat + 0.1}, {lon} {lat}))"));
}
