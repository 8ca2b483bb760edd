using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Classification;
using Kommunedigital.Core.Export;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Tests.Views;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Core.Tests.Export;

public class SvgExporterTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void HasExactlyOnePathPerMunicipalityInTheView()
    {
        var svg = Export(ExportModels.Small());

        var codes = DataPaths(svg).Select(p => (string)p.Attribute("data-kommunenummer")!).ToList();

        Assert.Equal(["0301", "3201", "3301", "3303", "3305"], codes);
        Assert.All(DataPaths(svg), p => Assert.Equal("k" + (string)p.Attribute("data-kommunenummer")!, (string)p.Attribute("id")!));
    }

    [Fact]
    public void NamedMunicipalitiesAreFilledWithTheirClassColour()
    {
        var svg = Export(ExportModels.Small());

        Assert.Equal(ExportModels.Colours[1], Fill(svg, "0301"));
        Assert.Equal(ExportModels.Colours[0], Fill(svg, "3201"));
        Assert.Equal(ExportModels.Colours[2], Fill(svg, "3301"));
        Assert.Equal("url(#mangler-ssb-symbol)", Fill(svg, "3303"));
        Assert.NotNull(svg.Descendants(Svg + "pattern").SingleOrDefault(p => (string?)p.Attribute("id") == "mangler-ssb-symbol"));
    }

    [Fact]
    public void EachPathHasATitleWithNameAndValue()
    {
        var svg = Export(ExportModels.Small());

        Assert.Equal("Oslo: 54,3", PathTitle(svg, "0301"));
        Assert.Equal("Bærum: 40,0", PathTitle(svg, "3201"));
        Assert.Equal("Ringerike: 58,3", PathTitle(svg, "3305"));
    }

    [Fact]
    public void MarkupInANameStaysText()
    {
        using var stream = new MemoryStream();
        SvgExporter.Export(ExportModels.Small(), stream);
        var raw = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        var svg = XDocument.Parse(raw);

        Assert.Equal("<img src=x onerror=alert(1)>: Tall mangler", PathTitle(svg, "3303"));
        Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName == "img");
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;: Tall mangler", raw);
    }

    [Fact]
    public void RootIsAnAccessibleImageWithTitleDescriptionAndViewBox()
    {
        var root = Export(ExportModels.Small()).Root!;

        Assert.Equal(Svg + "svg", root.Name);
        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.Equal("0 0 1200 1500", (string?)root.Attribute("viewBox"));
        Assert.Equal("Digital kompetanse 2024 – testkommuner", root.Element(Svg + "title")!.Value);
        Assert.StartsWith("Kart over 5 kommuner", root.Element(Svg + "desc")!.Value);
    }

    [Fact]
    public void LegendSourceAndSampleNoticeAreText()
    {
        var texts = Export(ExportModels.Small()).Descendants(Svg + "text").Select(t => t.Value).ToList();

        Assert.Contains("Digital kompetanse 2024 – testkommuner", texts);
        Assert.Contains("Poeng (0–100)", texts);
        Assert.Contains("40,0–50,0 (1)", texts);
        Assert.Contains("50,0–60,0 (2)", texts);
        Assert.Contains("60,0–70,2 (1)", texts);
        Assert.Contains("Mangler data: Tall mangler (1)", texts);
        Assert.Contains("Kilde: SSB/Digdir. Kartgrunnlag: © Kartverket (CC BY 4.0)", texts);
        Assert.Contains("Eksempeldata – ikke offisielle tall fra SSB", texts);
    }

    [Fact]
    public void EveryLineIsFittedToItsMeasuredWidthSoAFallbackFontCannotRunPastTheEdge()
    {
        var svg = Export(ExportModels.Small());
        var width = double.Parse((string)svg.Root!.Attribute("width")!, CultureInfo.InvariantCulture);

        var texts = svg.Descendants(Svg + "text").ToList();
        Assert.NotEmpty(texts);
        Assert.All(texts, t =>
        {
            Assert.Equal("spacingAndGlyphs", (string?)t.Attribute("lengthAdjust"));
            var length = double.Parse((string)t.Attribute("textLength")!, CultureInfo.InvariantCulture);
            var size = double.Parse((string)t.Attribute("font-size")!, CultureInfo.InvariantCulture);
            var x = double.Parse((string)t.Attribute("x")!, CultureInfo.InvariantCulture);

            // Source Sans 3 averages about half an em per character: a length far from that was not measured.
            Assert.InRange(length / (size * t.Value.Length), 0.3, 0.7);
            Assert.True(x + length <= width, $"«{t.Value}» ends at {x + length}, past the width {width}.");
        });
    }

    [Fact]
    public void CountyFilterDrawsNeighboursAsOneContextPathWithoutData()
    {
        var svg = Export(ExportModels.Small(county: CountyCode.Parse("33")));

        Assert.Equal(["3301", "3303", "3305"], DataPaths(svg).Select(p => (string)p.Attribute("data-kommunenummer")!));
        var context = Assert.Single(svg.Descendants(Svg + "path"), p => (string?)p.Attribute("class") == "kontekst");
        Assert.Equal(MapPalette.OutsideColour, (string?)context.Attribute("fill"));
        Assert.Null(context.Attribute("id"));
        Assert.Null(context.Element(Svg + "title"));
    }

    [Fact]
    public void PathDataIsRelativeWithOneDecimalAtMost()
    {
        var svg = Export(ExportModels.Small());

        foreach (var path in DataPaths(svg))
        {
            var d = (string)path.Attribute("d")!;
            Assert.StartsWith("M", d);
            Assert.EndsWith("z", d);
            Assert.Matches(@"^(M-?\d*\.?\d(?:[ -]-?\d*\.?\d)l-?\d*\.?\d(?:[ -]-?\d*\.?\d)*z)+$", d.Replace(" -", "-", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void HighlightedMunicipalityIsOutlinedAndDrawnLast()
    {
        var svg = Export(ExportModels.Small(highlighted: MunicipalityCode.Parse("0301")));

        var last = DataPaths(svg).Last();
        Assert.Equal("0301", (string?)last.Attribute("data-kommunenummer"));
        Assert.Equal(MapPalette.HighlightColour, (string?)last.Attribute("stroke"));
    }

    [Fact]
    public void WholeCountryHasEveryMunicipalityAndStaysUnder400Kilobytes()
    {
        var model = ExportModels.Country();
        using var stream = new MemoryStream();
        SvgExporter.Export(model, stream);
        stream.Position = 0;
        var svg = XDocument.Load(stream);

        Assert.True(stream.Length < 400_000, $"{stream.Length} bytes");
        Assert.Equal(357, DataPaths(svg).Count());
        foreach (var code in new[] { "0301", "4601", "5001" })
        {
            var entry = model.Entries.Single(e => e.Municipality.Code.Value == code);
            Assert.Equal(entry.Fill, Fill(svg, code));
        }
    }

    [Fact]
    public void BuilderModelFillsAndTitlesMatchTheEntries()
    {
        var view = new MapView(Indicator.Prioritering, 2024, CountyCode.Parse("46"), null, ClassificationMethod.Quantile, null);
        var model = ChoroplethModelBuilder.Build(TestSnapshot.Create(), view);
        var svg = Export(model);

        Assert.Equal(["4601", "4602", "4640"], DataPaths(svg).Select(p => (string)p.Attribute("data-kommunenummer")!));
        Assert.Equal(model.Entries.Single(e => e.Municipality.Code.Value == "4601").Fill, Fill(svg, "4601"));
        Assert.Equal("url(#mangler-ssb-symbol)", Fill(svg, "4602"));
        Assert.Equal("url(#mangler-ikke-med)", Fill(svg, "4640"));
        Assert.Equal("Bergen: 72,5", PathTitle(svg, "4601"));
        Assert.Equal("Kinn: Vises ikke av konfidensialitetshensyn", PathTitle(svg, "4602"));
        Assert.Equal("Sogndal: Ikke med i datasettet", PathTitle(svg, "4640"));
        Assert.Equal(
            [("mangler-ssb-symbol", "rotate(45)"), ("mangler-ikke-med", "rotate(90)")],
            svg.Descendants(Svg + "pattern").Select(p => ((string)p.Attribute("id")!, (string)p.Attribute("patternTransform")!)));
    }

    [Fact]
    public void ControlCharactersInDataAreDroppedNotFatal()
    {
        var svg = Export(ExportModels.Small(title: "Tittel\u0001 med kontrolltegn"));

        Assert.Equal("Tittel med kontrolltegn", svg.Root!.Element(Svg + "title")!.Value);
    }

    private static XDocument Export(ChoroplethModel model)
    {
        using var stream = new MemoryStream();
        SvgExporter.Export(model, stream);
        stream.Position = 0;
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return XDocument.Load(reader);
    }

    private static IEnumerable<XElement> DataPaths(XDocument svg) =>
        svg.Descendants(Svg + "path").Where(p => p.Attribute("data-kommunenummer") is not null);

    private static string Fill(XDocument svg, string code) =>
        (string)DataPaths(svg).Single(p => (string?)p.Attribute("data-kommunenummer") == code).Attribute("fill")!;

    private static string PathTitle(XDocument svg, string code) =>
        DataPaths(svg).Single(p => (string?)p.Attribute("data-kommunenummer") == code).Element(Svg + "title")!.Value;
}
