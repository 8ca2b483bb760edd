using Kommunedigital.Core.Classification;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Export;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Views;
using static Kommunedigital.Core.Tests.Views.TestSnapshot;

namespace Kommunedigital.Core.Tests.Export;

public class DownloadRequestTests
{
    private static readonly DataSnapshot Data = Create();

    private static IReadOnlyDictionary<string, string?> Query(string text) => MapViewQueryString.ParseQueryString(text);

    [Fact]
    public void AValidViewDownloadCarriesItsRowViewAndOptions()
    {
        var request = DownloadRequest.ForView("PDF", Query("indikator=kompetanse&aar=2022&fylke=46&retning=staaende"), Data);

        Assert.True(request.IsValid);
        Assert.Equal("pdf", request.Download.Format);
        Assert.Equal(new MapView(Indicator.Kompetanse, 2022, C("46"), null, ClassificationMethod.Quantile, null), request.View);
        Assert.Equal(DownloadOptions.Default with { Orientation = PdfOrientation.Portrait }, request.Options);
    }

    [Fact]
    public void AnUnknownFormatNamesTheFormatsInTableOrder()
    {
        var request = DownloadRequest.ForView("doc", Query(""), Data);

        Assert.False(request.IsValid);
        Assert.Null(request.Download);
        Assert.Equal(["Ukjent format «doc». Gyldige formater: png, pdf, svg, pptx, csv, xlsx, geojson, jsonstat."], request.Errors["format"]);
    }

    [Fact]
    public void EveryBadPartOfAViewDownloadIsReportedAtOnce()
    {
        var request = DownloadRequest.ForView("doc", Query("indikator=x&aar=1999&fylke=46&skala=9&csv=tsv"), Data);

        // fylke=46 exists in the year asked for; that the year was wrong is one mistake, not two.
        Assert.Equal(["aar", "csv", "format", "indikator", "skala"], request.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Null(request.View);
    }

    [Fact]
    public void ADatasetDownloadIgnoresThePictureOptions()
    {
        var request = DownloadRequest.ForDataset("xlsx", Query("skala=9&retning=sideveis&csv=rfc4180"), Data);

        Assert.True(request.IsValid);
        Assert.Equal("xlsx", request.Download.Format);
        Assert.Null(request.View);
        Assert.Equal(DatasetCsvFormat.Rfc4180, request.Options.CsvFormat);
    }

    [Fact]
    public void ADatasetDownloadInAPictureFormatIsAnError()
    {
        var request = DownloadRequest.ForDataset("pdf", Query(""), Data);

        Assert.False(request.IsValid);
        Assert.Equal(["Ukjent format «pdf» for datasettet. Gyldige formater: xlsx, csv."], request.Errors["format"]);
    }
}
