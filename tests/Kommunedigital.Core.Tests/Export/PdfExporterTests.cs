using Kommunedigital.Core.Export;
using Kommunedigital.Core.Views;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Kommunedigital.Core.Tests.Export;

public class PdfExporterTests
{
    [Fact]
    public void FirstPageIsA4LandscapeByDefault()
    {
        using var pdf = Export(ExportModels.Small());
        var page = pdf.GetPage(1);

        Assert.Equal(842, page.Width, 0);
        Assert.Equal(595, page.Height, 0);
    }

    [Fact]
    public void PortraitIsA4Portrait()
    {
        using var pdf = Export(ExportModels.Small(), PdfOrientation.Portrait);
        var page = pdf.GetPage(1);

        Assert.Equal(595, page.Width, 0);
        Assert.Equal(842, page.Height, 0);
    }

    [Fact]
    public void FirstPageHasTitleLegendAndSourceAsText()
    {
        var model = ExportModels.Small();
        using var pdf = Export(model);
        var text = Text(pdf.GetPage(1));

        Assert.Contains("Digital kompetanse 2024 – testkommuner", text);
        Assert.Contains("5 kommuner · Klassedeling: Kvantiler", text);
        Assert.Contains("Poeng (0–100)", text);
        Assert.Contains("40,0–50,0 (1)", text);
        Assert.Contains("50,0–60,0 (2)", text);
        Assert.Contains("60,0–70,2 (1)", text);
        Assert.Contains("Mangler data: Tall mangler (1)", text);
        Assert.Contains("Kilde: SSB/Digdir. Kartgrunnlag: © Kartverket (CC BY 4.0)", text);
        Assert.Contains("Eksempeldata – ikke offisielle tall fra SSB", text);
    }

    [Fact]
    public void SampleNoticeIsAbsentForRealData()
    {
        using var pdf = Export(ExportModels.Small(isSample: false));

        Assert.DoesNotContain("Eksempeldata", Text(pdf.GetPage(1)));
    }

    [Fact]
    public void MapIsVectorWithoutAnyImage()
    {
        using var pdf = Export(ExportModels.Country());

        Assert.Empty(pdf.GetPage(1).GetImages());
    }

    [Fact]
    public void DocumentInformationNamesTitleAndCreator()
    {
        using var pdf = Export(ExportModels.Small());

        Assert.Equal("Digital kompetanse 2024 – testkommuner", pdf.Information.Title);
        Assert.Equal("Kommunedigital", pdf.Information.Creator);
    }

    [Fact]
    public void DocumentSubjectIsTheViewSummaryAndMapDescription()
    {
        using var pdf = Export(ExportModels.Small());

        Assert.Equal(ExportModels.SmallDescription, pdf.Information.Subject);
    }

    [Fact]
    public void SecondPageListsValuesAndSymbolsWithMarkupNameAsText()
    {
        using var pdf = Export(ExportModels.Small());
        var text = Text(pdf.GetPage(2));

        Assert.Equal(2, pdf.NumberOfPages);
        Assert.Contains("0301 Oslo 54,3", text);
        Assert.Contains("3201 Bærum 40,0", text);
        Assert.Contains("3305 Ringerike 58,3", text); // 58,25 rounds half away from zero, as SSB rounds
        Assert.Contains($"3303 {ExportModels.MarkupName} ..", text);
        Assert.Contains("Tegn: .. tall mangler.", text);
    }

    [Fact]
    public void WholeCountryTableRunsOverEnoughPagesForEveryMunicipality()
    {
        var model = ExportModels.Country();
        using var pdf = Export(model);
        var tableText = string.Join(" ", Enumerable.Range(2, pdf.NumberOfPages - 1).Select(n => Text(pdf.GetPage(n))));

        Assert.True(pdf.NumberOfPages > 2);
        foreach (var entry in model.Selected)
        {
            Assert.Contains(entry.Municipality.Code.Value + " ", tableText);
        }
    }

    private static PdfDocument Export(ChoroplethModel model, PdfOrientation orientation = PdfOrientation.Landscape)
    {
        using var stream = new MemoryStream();
        PdfExporter.Export(model, stream, orientation);
        return PdfDocument.Open(stream.ToArray());
    }

    /// <summary>The page's words in reading order, one space apart.</summary>
    private static string Text(Page page) => string.Join(" ", page.GetWords().Select(w => w.Text));
}
