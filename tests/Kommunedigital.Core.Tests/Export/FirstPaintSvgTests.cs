using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Export;
using Kommunedigital.Core.Views;
using NetTopologySuite.Geometries;

namespace Kommunedigital.Core.Tests.Export;

public partial class FirstPaintSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void DrawsOnePathPerEntryInItsClassColourOrTheHatchOfItsKindOfMissing()
    {
        var svg = Write(ExportModels.Small());

        Assert.Equal("5", (string)svg.Attribute("data-map-shapes")!);
        Assert.Equal(["0301", "3201", "3301", "3303", "3305"], Paths(svg).Select(p => (string)p.Attribute("data-kode")!).Order(StringComparer.Ordinal));
        Assert.Equal(ExportModels.Colours[1], Fill(svg, "0301"));
        Assert.Equal(ExportModels.Colours[0], Fill(svg, "3201"));
        Assert.Equal(ExportModels.Colours[2], Fill(svg, "3301"));
        Assert.Equal(ExportModels.Colours[1], Fill(svg, "3305"));
        Assert.Equal("url(#kd-first-ssb-symbol)", Fill(svg, "3303"));
        var pattern = Assert.Single(svg.Descendants(Svg + "pattern"));
        Assert.Equal("kd-first-ssb-symbol", (string)pattern.Attribute("id")!);
        Assert.Equal(MapPalette.MissingColour, (string)pattern.Element(Svg + "rect")!.Attribute("fill")!);
    }

    [Fact]
    public void IsAnImageNamedByTheGivenTextEscapedAsText()
    {
        var svg = Write(ExportModels.Small(), name: ExportModels.MarkupName);

        Assert.Equal("img", (string)svg.Attribute("role")!);
        Assert.Equal(ExportModels.MarkupName, (string)svg.Attribute("aria-label")!);
        Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName == "img");
    }

    [Fact]
    public void FitsTheCountryIntoAViewBoxWhoseLongerSideIsAThousandWholeUnits()
    {
        var svg = Write(ExportModels.Small());

        // The five squares span 9.5-11.0° E and 59.6-60.4° N; Web Mercator on the unit sphere, 1.5 % room each side.
        var (width, height) = PaddedBox(9.5, 11.0, 59.6, 60.4);
        var scale = 1000 / Math.Max(width, height);
        Assert.Equal(
            $"0 0 {Math.Ceiling(width * scale).ToString(CultureInfo.InvariantCulture)} {Math.Ceiling(height * scale).ToString(CultureInfo.InvariantCulture)}",
            (string)svg.Attribute("viewBox")!);
        Assert.Equal("1000", ((string)svg.Attribute("viewBox")!).Split(' ')[3]);
        Assert.All(Paths(svg), p => Assert.Matches("^(M[0-9]+ [0-9]+l[-0-9 ]+z)+$", (string)p.Attribute("d")!));
    }

    [Fact]
    public void ACountyViewIsFittedToTheCountyWithTheOtherCountiesFirstInGrey()
    {
        var svg = Write(ExportModels.Small(county: CountyCode.Parse("33")));

        var (width, height) = PaddedBox(9.5, 10.5, 59.6, 60.4);
        var scale = 1000 / Math.Max(width, height);
        Assert.Equal($"0 0 {Math.Ceiling(width * scale).ToString(CultureInfo.InvariantCulture)} 1000", (string)svg.Attribute("viewBox")!);
        Assert.Equal(MapPalette.OutsideColour, Fill(svg, "0301"));
        Assert.Equal(MapPalette.OutsideColour, Fill(svg, "3201"));
        Assert.Equal(["0301", "3201"], Paths(svg).Take(2).Select(p => (string)p.Attribute("data-kode")!));
        Assert.Equal("kd-outside", (string)Paths(svg).First().Attribute("class")!);
        Assert.Equal(ExportModels.Colours[2], Fill(svg, "3301"));
    }

    [Fact]
    public void TheSelectedMunicipalityIsDrawnLastWithTheHighlightOutline()
    {
        var svg = Write(ExportModels.Small(highlighted: MunicipalityCode.Parse("0301")));

        var last = Paths(svg).Last();
        Assert.Equal("0301", (string)last.Attribute("data-kode")!);
        Assert.Equal(MapPalette.HighlightColour, (string)last.Attribute("stroke")!);
        Assert.Equal(ExportModels.Colours[1], (string)last.Attribute("fill")!);
    }

    [Fact]
    public void TheRealCountryHasAVisiblePathForEveryOneOfThe357Municipalities()
    {
        var svg = Write(ExportModels.Country());

        Assert.Equal("357", (string)svg.Attribute("data-map-shapes")!);
        var paths = Paths(svg).ToList();
        Assert.Equal(357, paths.Count);
        Assert.All(paths, p => Assert.StartsWith("M", (string)p.Attribute("d")!, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("0301")]
    [InlineData("4601")]
    [InlineData("5501")]
    public void EveryVertexReadBackThroughTheProjectionLiesWithinOneUnitOfTheDisplayGeometry(string code)
    {
        var model = ExportModels.Country();
        var svg = Write(model);
        var projection = ((string)svg.Attribute("data-projection")!).Split(' ').Select(t => double.Parse(t, CultureInfo.InvariantCulture)).ToArray();
        var (originX, originY, metresPerUnit) = (projection[0], projection[1], projection[2]);
        var path = Paths(svg).Single(p => (string?)p.Attribute("data-kode") == code);

        // The oracle: the municipality's display geometry, projected here to EPSG:3857 metres (R = 6378137).
        var display = model.Entries.Single(e => e.Municipality.Code.Value == code).Municipality.DisplayGeometry.Copy();
        display.Apply(new WebMercatorFilter());
        var outline = display.Boundary;
        var vertices = Vertices((string)path.Attribute("d")!).ToList();

        Assert.Equal("2024", (string)svg.Attribute("data-boundaries")!);
        Assert.Equal(code[..2], (string)path.Attribute("data-fylke")!);
        Assert.True(vertices.Count >= 3, $"{code} has {vertices.Count} vertices.");
        // A country view of Norway: some kilometres per unit (the viewBox is a thousand units across ~2,000 km of Mercator).
        Assert.InRange(metresPerUnit, 2_000, 5_000);
        Assert.All(vertices, v =>
        {
            var point = new Point(originX + (v.X * metresPerUnit), originY - (v.Y * metresPerUnit));
            Assert.True(outline.Distance(point) <= metresPerUnit, $"({v.X}, {v.Y}) is {outline.Distance(point) / metresPerUnit:F2} units off {code}.");
        });
    }

    [Fact]
    public void TheShapesOfABoundarySetAreTheCountryViewsPathsWithoutTheirFills()
    {
        var model = ExportModels.Country();
        var view = Write(model);
        var shapes = XElement.Parse(FirstPaintSvg.WriteShapes(model.Boundaries));

        Assert.Equal((string)view.Attribute("viewBox")!, (string)shapes.Attribute("viewBox")!);
        Assert.Equal((string)view.Attribute("data-projection")!, (string)shapes.Attribute("data-projection")!);
        Assert.Equal("2024", (string)shapes.Attribute("data-boundaries")!);
        Assert.Equal("357", (string)shapes.Attribute("data-map-shapes")!);
        var expected = Paths(view).ToDictionary(p => (string)p.Attribute("data-kode")!, p => ((string)p.Attribute("data-fylke")!, (string)p.Attribute("d")!), StringComparer.Ordinal);
        var actual = Paths(shapes).ToList();
        Assert.Equal(357, actual.Count);
        Assert.All(actual, p =>
        {
            Assert.Null(p.Attribute("fill"));
            Assert.Equal(expected[(string)p.Attribute("data-kode")!], ((string)p.Attribute("data-fylke")!, (string)p.Attribute("d")!));
        });
    }

    /// <summary>The absolute vertices of "M x y l dx dy … z" path data (whole units or tenths).</summary>
    private static IEnumerable<(double X, double Y)> Vertices(string d)
    {
        var tokens = PathToken().Matches(d).Select(m => m.Value).ToList();
        double x = 0, y = 0;
        var relative = false;
        for (var i = 0; i < tokens.Count;)
        {
            switch (tokens[i])
            {
                case "M":
                    relative = false;
                    i++;
                    break;
                case "l":
                    relative = true;
                    i++;
                    break;
                case "z":
                    i++;
                    break;
                default:
                    var dx = double.Parse(tokens[i], CultureInfo.InvariantCulture);
                    var dy = double.Parse(tokens[i + 1], CultureInfo.InvariantCulture);
                    (x, y) = relative ? (x + dx, y + dy) : (dx, dy);
                    i += 2;
                    yield return (x, y);
                    break;
            }
        }
    }

    [GeneratedRegex(@"[Mlz]|-?(\d+(\.\d+)?|\.\d+)")]
    private static partial Regex PathToken();

    private sealed class WebMercatorFilter : ICoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            var longitude = seq.GetX(i);
            var latitude = seq.GetY(i);
            seq.SetX(i, 6378137 * longitude * Math.PI / 180);
            seq.SetY(i, 6378137 * Math.Log(Math.Tan((Math.PI / 4) + (latitude * Math.PI / 360))));
        }
    }

    private static (double Width, double Height) PaddedBox(double west, double east, double south, double north)
    {
        static double Y(double latitude) => Math.Log(Math.Tan((Math.PI / 4) + (latitude * Math.PI / 360)));
        var width = (east - west) * Math.PI / 180;
        var height = Y(north) - Y(south);
        var room = 2 * 0.015 * Math.Max(width, height);
        return (width + room, height + room);
    }

    private static XElement Write(ChoroplethModel model, string name = "Kartet") => XElement.Parse(FirstPaintSvg.Write(model, null, name));

    private static IEnumerable<XElement> Paths(XElement svg) => svg.Descendants(Svg + "path");

    private static string Fill(XElement svg, string code) =>
        (string)Paths(svg).Single(p => (string?)p.Attribute("data-kode") == code).Attribute("fill")!;
}
