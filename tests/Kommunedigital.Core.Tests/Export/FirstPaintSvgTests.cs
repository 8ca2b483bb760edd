using System.Globalization;
using System.Xml.Linq;
using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Export;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Core.Tests.Export;

public class FirstPaintSvgTests
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
