using Kommunedigital.Core.Export;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Core.Tests.Views;

/// <summary>A link read for an English page or download: the view is English and so is every note and error.</summary>
public class EnglishQueryTests
{
    private static readonly Kommunedigital.Core.Data.DataSnapshot Data = TestSnapshot.Create();

    private static IReadOnlyDictionary<string, string?> Query(string text) => MapViewQueryString.ParseQueryString(text);

    [Fact]
    public void AStrictEnglishReadExplainsEachBadParameterInEnglish()
    {
        var result = MapViewQuery.ParseStrict(Query("indikator=x&aar=1999&endring=2022-2018"), Data, ReaderLanguage.English);

        Assert.False(result.IsValid);
        Assert.Equal(["Unknown indicator “x”. Valid values: prioritering, kompetanse, aktivitet."], result.Errors[QueryNames.Indicator]);
        Assert.Equal(["Unknown year “1999”. The years in the dataset: 2018, 2022, 2024."], result.Errors[QueryNames.Year]);
        Assert.Equal(
            ["Change “2022-2018”: the first year must be earlier than the second. Write two years with a hyphen, the earlier first, e.g. 2018-2022."],
            result.Errors[QueryNames.Change]);
    }

    [Fact]
    public void AnEnglishPageReadGivesAnEnglishViewWithEnglishNotes()
    {
        var result = MapViewQuery.Parse(Query("aar=2024&fylke=12&utsnitt=1,2,3"), Data, ReaderLanguage.English);

        Assert.Equal(ReaderLanguage.English, result.View.Language);
        Assert.Equal(
            [
                "County 12 does not exist in 2024. Showing all of Norway.",
                "Invalid extent “1,2,3”: write west,south,east,north in decimal degrees with a point, e.g. 4.5,57.9,31.2,71.2. Showing the whole selection.",
            ],
            result.Notes);
        Assert.Equal(["Fylke 12 finnes ikke i 2024. Viser hele landet."], MapViewQuery.Parse(Query("aar=2024&fylke=12"), Data).Notes);
    }

    [Fact]
    public void TheNextViewKeepsTheLanguageAndItsNotes()
    {
        var english = MapViewQuery.Parse(Query("aar=2024"), Data, ReaderLanguage.English).View;

        var result = MapViewQuery.WithCounty(english, Kommunedigital.Core.Boundaries.CountyCode.Parse("12"), Data);

        Assert.Equal(ReaderLanguage.English, result.View.Language);
        Assert.Equal(["County 12 does not exist in 2024. Showing all of Norway."], result.Notes);
    }

    [Fact]
    public void AnEnglishDownloadRequestHasEnglishErrorsForFormatAndOptions()
    {
        var request = DownloadRequest.ForView("doc", Query("aar=2024&skala=9&csv=tsv&retning=x"), Data, ReaderLanguage.English);

        Assert.Equal(["Unknown format “doc”. Valid formats: png, pdf, svg, pptx, csv, xlsx, geojson, jsonstat."], request.Errors[DownloadRequest<ViewDownload>.FormatParameter]);
        Assert.Equal(["Scale “9” is invalid. Use a whole number from 1 to 4."], request.Errors[QueryNames.Scale]);
        Assert.Equal(["CSV dialect “tsv” is invalid. Use “excel” or “rfc4180”."], request.Errors[QueryNames.CsvDialect]);
        Assert.Equal(["Orientation “x” is invalid. Use “liggende” or “staaende”."], request.Errors[QueryNames.Orientation]);
        Assert.Equal(
            ["Unknown format “pdf” for the dataset. Valid formats: xlsx, csv."],
            DownloadRequest.ForDataset("pdf", Query(""), Data, ReaderLanguage.English).Errors[DownloadRequest<DatasetDownload>.FormatParameter]);
        Assert.Equal(
            ["Invalid version “x”. A version is a whole number, e.g. 3."],
            DownloadRequest.ForDataset("csv", Query("versjon=x"), Data, ReaderLanguage.English).Errors[QueryNames.Version]);
        Assert.Equal(
            ["Version 4 is not a published version of the data (it does not exist, is not published yet or has been withdrawn). See the list of published versions at /en/versions."],
            DownloadRequest.ForView("png", Query("versjon=4"), Data, ReaderLanguage.English).Errors[QueryNames.Version]);
    }
}
