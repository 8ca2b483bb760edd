using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Kommunedigital.Core.Export;
using Kommunedigital.Core.Views;
using SkiaSharp;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace Kommunedigital.Core.Tests.Export;

public class PptxExporterTests
{
    private const string Link = "https://kommunedigital.example/?indikator=kompetanse&aar=2024&fylke=33";

    [Fact]
    public void HasOneWidescreenSlide()
    {
        using var document = Export(ExportModels.Small());
        var presentation = document.PresentationPart!;

        Assert.Single(presentation.SlideParts);
        Assert.Equal(12_192_000, presentation.Presentation.SlideSize!.Cx!.Value);
        Assert.Equal(6_858_000, presentation.Presentation.SlideSize!.Cy!.Value);
    }

    [Fact]
    public void TitlePlaceholderHoldsTheViewTitle()
    {
        using var document = Export(ExportModels.Small());

        Assert.Equal("Digital kompetanse 2024 – testkommuner", TitleText(document));
        Assert.Equal("Digital kompetanse 2024 – testkommuner", document.PackageProperties.Title);
        Assert.Equal("Kommunedigital", document.PackageProperties.Creator);
    }

    [Fact]
    public void NotesHoldTheViewLinkAsTextAndHyperlink()
    {
        using var document = Export(ExportModels.Small());
        var notes = document.PresentationPart!.SlideParts.Single().NotesSlidePart!;

        var texts = notes.NotesSlide.Descendants<A.Text>().Select(t => t.Text).ToList();
        Assert.Contains(Link, texts);
        var hyperlink = Assert.Single(notes.HyperlinkRelationships);
        Assert.Equal(new Uri(Link), hyperlink.Uri);
        Assert.True(hyperlink.IsExternal);
    }

    [Fact]
    public void LegendAndSourceAreText()
    {
        using var document = Export(ExportModels.Small());
        var texts = SlideTexts(document);

        Assert.Contains("Poeng (0–100)", texts);
        Assert.Contains("40,0–50,0 (1)", texts);
        Assert.Contains("50,0–60,0 (2)", texts);
        Assert.Contains("60,0–70,2 (1)", texts);
        Assert.Contains("Mangler data: Tall mangler (1)", texts);
        Assert.Contains("Kilde: SSB/Digdir. Kartgrunnlag: © Kartverket (CC BY 4.0)", texts);
        Assert.Contains("Eksempeldata – ikke offisielle tall fra SSB", texts);
    }

    [Fact]
    public void MapPictureAltTextIsTheViewSummaryAndMapDescription()
    {
        using var document = Export(ExportModels.Small());
        var picture = Assert.Single(document.PresentationPart!.SlideParts.Single().Slide.Descendants<P.Picture>());

        Assert.Equal(ExportModels.SmallDescription, picture.NonVisualPictureProperties!.NonVisualDrawingProperties!.Description!.Value);
        Assert.Equal(ExportModels.SmallDescription, document.PackageProperties.Subject);
    }

    [Fact]
    public void MapIsAHighResolutionPngPicture()
    {
        using var document = Export(ExportModels.Country());
        var slide = document.PresentationPart!.SlideParts.Single();

        var picture = Assert.Single(slide.Slide.Descendants<P.Picture>());
        var image = Assert.Single(slide.ImageParts);
        Assert.Equal("image/png", image.ContentType);
        using var bitmap = SKBitmap.Decode(image.GetStream());
        var widthInches = picture.ShapeProperties!.Transform2D!.Extents!.Cx!.Value / 914_400.0;
        Assert.True(bitmap.Width / widthInches >= 200, $"{bitmap.Width} px over {widthInches:F2} in");
    }

    [Theory]
    [InlineData(FileFormatVersions.Office2007)]
    [InlineData(FileFormatVersions.Microsoft365)]
    public void ValidatorFindsNoErrors(FileFormatVersions version)
    {
        using var document = Export(ExportModels.Country());

        var errors = new OpenXmlValidator(version).Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();

        Assert.Empty(errors);
    }

    [Fact]
    public void MarkupInTitleStaysText()
    {
        const string Title = "Digital kompetanse 2024 – <img src=x onerror=alert(1)> & \"Co\"";
        using var stream = new MemoryStream();
        PptxExporter.Export(ExportModels.Small(title: Title), stream, Link);
        stream.Position = 0;
        using var document = PresentationDocument.Open(stream, false);

        Assert.Equal(Title, TitleText(document));
        Assert.DoesNotContain(document.PresentationPart!.SlideParts.Single().Slide.Descendants(), e => e.LocalName == "img");
    }

    [Theory]
    [InlineData("")]
    [InlineData("/relative?indikator=kompetanse")]
    [InlineData("javascript:alert(1)")]
    public void RejectsALinkThatIsNotAbsoluteHttp(string link)
    {
        var error = Assert.Throws<ArgumentException>(() => PptxExporter.Export(ExportModels.Small(), Stream.Null, link));

        Assert.Equal("viewUrl", error.ParamName);
    }

    private static PresentationDocument Export(ChoroplethModel model)
    {
        var stream = new MemoryStream();
        PptxExporter.Export(model, stream, Link);
        stream.Position = 0;
        return PresentationDocument.Open(stream, false);
    }

    private static string TitleText(PresentationDocument document)
    {
        var slide = document.PresentationPart!.SlideParts.Single().Slide;
        var title = slide.Descendants<P.Shape>().Single(s =>
            s.NonVisualShapeProperties?.ApplicationNonVisualDrawingProperties?.PlaceholderShape?.Type?.Value == P.PlaceholderValues.Title);
        return string.Concat(title.TextBody!.Descendants<A.Text>().Select(t => t.Text));
    }

    private static List<string> SlideTexts(PresentationDocument document) =>
        document.PresentationPart!.SlideParts.Single().Slide.Descendants<P.Shape>()
            .Select(s => string.Concat(s.Descendants<A.Text>().Select(t => t.Text)))
            .ToList();
}
