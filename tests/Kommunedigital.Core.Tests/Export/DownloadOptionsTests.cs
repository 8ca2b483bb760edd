using Kommunedigital.Core.Export;

namespace Kommunedigital.Core.Tests.Export;

public class DownloadOptionsTests
{
    private static (DownloadOptions Options, Dictionary<string, string[]> Errors) Read(params (string Name, string? Value)[] query)
    {
        var errors = new Dictionary<string, string[]>();
        var options = DownloadOptions.Read(query.ToDictionary(p => p.Name, p => p.Value), errors);
        return (options, errors);
    }

    [Fact]
    public void NoOptionsAreScaleOneLandscapeAndExcel()
    {
        var (options, errors) = Read();

        Assert.Equal(new DownloadOptions(1, PdfOrientation.Landscape, DatasetCsvFormat.Excel), options);
        Assert.Empty(errors);
    }

    [Fact]
    public void BlankOptionsCountAsAbsent()
    {
        var (options, errors) = Read(("skala", " "), ("retning", ""), ("csv", null));

        Assert.Equal(DownloadOptions.Default, options);
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("staaende")]
    [InlineData("stående")]
    [InlineData("STAAENDE")]
    public void PortraitIsReadInBothSpellings(string text)
    {
        Assert.Equal(PdfOrientation.Portrait, Read(("retning", text)).Options.Orientation);
    }

    [Fact]
    public void EveryValidOptionIsRead()
    {
        var (options, errors) = Read(("skala", "4"), ("retning", "liggende"), ("csv", "RFC4180"));

        Assert.Equal(new DownloadOptions(4, PdfOrientation.Landscape, DatasetCsvFormat.Rfc4180), options);
        Assert.Empty(errors);
    }

    [Fact]
    public void EachBadOptionIsAnErrorUnderItsNameAndFallsBackToItsDefault()
    {
        var (options, errors) = Read(("skala", "5"), ("retning", "sideveis"), ("csv", "tsv"));

        Assert.Equal(DownloadOptions.Default, options);
        Assert.Equal(["Skala «5» er ugyldig. Bruk et heltall fra 1 til 4."], errors["skala"]);
        Assert.Equal(["Retning «sideveis» er ugyldig. Bruk «liggende» eller «staaende»."], errors["retning"]);
        Assert.Equal(["CSV-variant «tsv» er ugyldig. Bruk «excel» eller «rfc4180»."], errors["csv"]);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("2.5")]
    [InlineData("+2")]
    [InlineData("99999999999999999999")]
    public void AScaleThatIsNotAWholeNumberFromOneToFourIsAnError(string text)
    {
        Assert.Equal([$"Skala «{text}» er ugyldig. Bruk et heltall fra 1 til 4."], Read(("skala", text)).Errors["skala"]);
    }

    [Fact]
    public void TheDatasetReadsOnlyTheCsvDialect()
    {
        var errors = new Dictionary<string, string[]>();

        var options = DownloadOptions.ReadCsvOnly(new Dictionary<string, string?> { ["skala"] = "9", ["csv"] = "rfc4180" }, errors);

        Assert.Equal(DownloadOptions.Default with { CsvFormat = DatasetCsvFormat.Rfc4180 }, options);
        Assert.Empty(errors);
    }
}
