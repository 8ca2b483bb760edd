using Kommunedigital.Core.Classification;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Views;
using static Kommunedigital.Core.Tests.Views.TestSnapshot;

namespace Kommunedigital.Core.Tests.Views;

public class MapViewQueryTests
{
    private static readonly DataSnapshot Data = Create();

    private static MapViewParseResult Parse(string queryString) => MapViewQuery.Parse(MapViewQuery.ParseQueryString(queryString), Data);

    private static MapViewValidation Strict(string queryString) => MapViewQuery.ParseStrict(MapViewQuery.ParseQueryString(queryString), Data);

    [Fact]
    public void AnEmptyQueryOpensPrioriteringForTheLatestYearForTheWholeCountry()
    {
        var result = Parse("");

        Assert.Equal(new MapView(Indicator.Prioritering, 2024, null, null, ClassificationMethod.Quantile, null), result.View);
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void YearsAreTheDatasetYearsWithAStructure()
    {
        Assert.Equal([2018, 2022, 2024], MapViewQuery.Years(Data));
    }

    [Fact]
    public void ReadsEveryPartOfAFullLink()
    {
        var result = Parse("?indikator=kompetanse&aar=2022&fylke=46&kommune=4601&klassifisering=jenks&bbox=4.5,57.9,31.2,71.2");

        Assert.Equal(
            new MapView(Indicator.Kompetanse, 2022, C("46"), M("4601"), ClassificationMethod.NaturalBreaks, new GeoBounds(4.5, 57.9, 31.2, 71.2)),
            result.View);
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void WritesOnlyWhatDiffersFromTheDefaultsButAlwaysTheYear()
    {
        Assert.Equal("aar=2024", MapViewQuery.ToQueryString(MapViewQuery.Default(Data)));
        Assert.Equal(
            "indikator=kompetanse&aar=2022&fylke=46&kommune=4601&klassifisering=jenks&bbox=4.5,57.9,31.2,71.2",
            MapViewQuery.ToQueryString(new MapView(Indicator.Kompetanse, 2022, C("46"), M("4601"), ClassificationMethod.NaturalBreaks, new GeoBounds(4.5, 57.9, 31.2, 71.2))));
        Assert.Equal(
            "aar=2018&fylke=03&klassifisering=likeintervall",
            MapViewQuery.ToQueryString(new MapView(Indicator.Prioritering, 2018, C("03"), null, ClassificationMethod.EqualInterval, null)));
    }

    [Fact]
    public void EveryValidViewSurvivesARoundTripThroughItsQueryString()
    {
        var views = new List<MapView>();
        foreach (var indicator in IndicatorText.All)
        {
            foreach (var method in Enum.GetValues<ClassificationMethod>())
            {
                views.Add(new MapView(indicator, 2018, null, null, method, null));
                views.Add(new MapView(indicator, 2022, C("46"), M("4602"), method, new GeoBounds(-0.1, -33.333333333333336, 179.99999, 89.5)));
                views.Add(new MapView(indicator, 2024, C("32"), M("3201"), method, new GeoBounds(10.123456789, 59.5, 11, 60)));
            }
        }

        foreach (var view in views)
        {
            var result = Parse(MapViewQuery.ToQueryString(view));

            Assert.Equal(view, result.View);
            Assert.Empty(result.Notes);
        }
    }

    [Fact]
    public void ACanonicalQueryStringSurvivesARoundTripThroughTheView()
    {
        foreach (var query in new[]
        {
            "aar=2024",
            "indikator=aktivitet&aar=2018&fylke=12&kommune=1201",
            "indikator=kompetanse&aar=2022&fylke=46&klassifisering=jenks",
            "aar=2024&kommune=0301&klassifisering=likeintervall&bbox=5,58,11.5,62.25",
        })
        {
            Assert.Equal(query, MapViewQuery.ToQueryString(Parse(query).View));
        }
    }

    [Fact]
    public void OldAndEnglishNamesAndAnyCaseStillWork()
    {
        var result = Parse("INDICATOR=Aktivitet&year=2022&county=46&municipality=4601&method=natural-breaks&extent=5,60,6,61");

        Assert.Equal(
            new MapView(Indicator.Aktivitet, 2022, C("46"), M("4601"), ClassificationMethod.NaturalBreaks, new GeoBounds(5, 60, 6, 61)),
            result.View);
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void TheCanonicalNameWinsOverAnOldOne()
    {
        Assert.Equal(2018, Parse("year=2022&aar=2018").View.Year);
    }

    [Fact]
    public void ShortCodesGetTheirLeadingZerosAndEmptyValuesCountAsAbsent()
    {
        var result = Parse("aar=2024&fylke=3&kommune=301&klassifisering=&bbox=");

        Assert.Equal(C("03"), result.View.County);
        Assert.Equal(M("0301"), result.View.Municipality);
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void AnUnknownYearFallsBackToTheLatestWithANote()
    {
        var result = Parse("aar=1999&indikator=kompetanse");

        Assert.Equal(2024, result.View.Year);
        Assert.Equal(Indicator.Kompetanse, result.View.Indicator);
        Assert.Equal(["Ukjent år «1999». Viser 2024."], result.Notes);
    }

    [Fact]
    public void ACountyMissingFromTheYearFallsBackToTheWholeCountryWithANote()
    {
        var result = Parse("aar=2024&fylke=12");

        Assert.Null(result.View.County);
        Assert.Equal(["Fylke 12 finnes ikke i 2024. Viser hele landet."], result.Notes);
    }

    [Fact]
    public void EveryUnknownValueGetsItsOwnNoteInQueryNameOrder()
    {
        var result = Parse("indikator=lykke&aar=2024&fylke=abc&kommune=0219&klassifisering=tilfeldig&bbox=10,60,5,61");

        Assert.Equal(MapViewQuery.Default(Data), result.View);
        Assert.Equal(
            [
                "Ukjent indikator «lykke». Viser Digital prioritering.",
                "Ukjent fylke «abc». Viser hele landet.",
                "Kommune 0219 finnes ikke i 2024. Ingen kommune er valgt.",
                "Ukjent klassifisering «tilfeldig». Viser kvantiler.",
                "bbox «10,60,5,61» er tom: vest må være mindre enn øst, og sør mindre enn nord. Viser hele utvalget.",
            ],
            result.Notes);
    }

    [Fact]
    public void ALongUnknownValueIsShortenedInTheNote()
    {
        var result = Parse("indikator=" + new string('x', 100));

        Assert.Equal($"Ukjent indikator «{new string('x', 40)}…». Viser Digital prioritering.", Assert.Single(result.Notes));
    }

    [Fact]
    public void StrictParsingAcceptsAValidLink()
    {
        var result = Strict("indikator=kompetanse&aar=2022&fylke=46");

        Assert.True(result.IsValid);
        Assert.Equal(new MapView(Indicator.Kompetanse, 2022, C("46"), null, ClassificationMethod.Quantile, null), result.View);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void StrictParsingReportsEveryBadParameterByItsCanonicalName()
    {
        var result = Strict("indicator=lykke&aar=2024&fylke=12&kommune=0219&klassifisering=tilfeldig&bbox=-200,50,10,60");

        Assert.False(result.IsValid);
        Assert.Null(result.View);
        Assert.Equal(["Ukjent indikator «lykke». Gyldige verdier: prioritering, kompetanse, aktivitet."], result.Errors["indikator"]);
        Assert.Equal(["Fylke 12 finnes ikke i 2024. Fylkene i 2024: 03, 11, 15, 18, 32, 46."], result.Errors["fylke"]);
        Assert.Equal(["Kommune 0219 finnes ikke i 2024. Bruk et kommunenummer fra kommuneinndelingen i 2024."], result.Errors["kommune"]);
        Assert.Equal(["Ukjent klassifisering «tilfeldig». Gyldige verdier: kvantil, likeintervall, jenks."], result.Errors["klassifisering"]);
        Assert.Equal(["bbox «-200,50,10,60» ligger utenfor kloden: lengdegrad må være mellom -180 og 180, breddegrad mellom -90 og 90."], result.Errors["bbox"]);
        Assert.Equal(5, result.Errors.Count);
    }

    [Fact]
    public void StrictParsingReportsAYearNotInTheDatasetButNotTheCountyThatFollowsFromIt()
    {
        var result = Strict("aar=2020&fylke=30");

        Assert.Equal(["Ukjent år «2020». Årene i datasettet: 2018, 2022, 2024."], result.Errors["aar"]);
        Assert.Single(result.Errors);
    }

    [Fact]
    public void LenientParsingStillNotesTheCountyDroppedWithAnUnknownYear()
    {
        var result = Parse("aar=2020&fylke=30");

        Assert.Equal(["Ukjent år «2020». Viser 2024.", "Fylke 30 finnes ikke i 2024. Viser hele landet."], result.Notes);
    }

    [Theory]
    [InlineData("a,b,c,d")]
    [InlineData("1,2,3")]
    [InlineData("1,2,3,4,5")]
    [InlineData("4,5;57,9,31,2,71,2")]
    [InlineData("NaN,1,2,3")]
    [InlineData("1e999,1,2,3")]
    public void MalformedBoundingBoxesAreRejectedWithAnExample(string bbox)
    {
        Assert.False(MapViewQuery.TryParseBounds(bbox, out var bounds, out var error));
        Assert.Null(bounds);
        Assert.Equal($"Ugyldig bbox «{bbox}»: skriv vest,sør,øst,nord i desimalgrader med punktum, f.eks. 4.5,57.9,31.2,71.2.", error);
    }

    [Theory]
    [InlineData("-181,50,10,60")]
    [InlineData("0,-91,10,60")]
    [InlineData("0,50,180.5,60")]
    [InlineData("0,50,10,90.01")]
    public void BoundingBoxesOutsideTheWorldAreRejected(string bbox)
    {
        Assert.False(MapViewQuery.TryParseBounds(bbox, out _, out var error));
        Assert.StartsWith($"bbox «{bbox}» ligger utenfor kloden", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10,50,10,60")]
    [InlineData("10,60,11,60")]
    [InlineData("12,50,10,60")]
    public void EmptyOrInvertedBoundingBoxesAreRejected(string bbox)
    {
        Assert.False(MapViewQuery.TryParseBounds(bbox, out _, out var error));
        Assert.StartsWith($"bbox «{bbox}» er tom", error, StringComparison.Ordinal);
    }

    [Fact]
    public void BoundingBoxesAllowSpacesAndTheWholeWorld()
    {
        Assert.True(MapViewQuery.TryParseBounds(" -180, -90 ,180,90 ", out var bounds, out var error));
        Assert.Equal(new GeoBounds(-180, -90, 180, 90), bounds);
        Assert.Null(error);
    }

    [Fact]
    public void SwitchingYearKeepsACountyAndMunicipalityThatStillExist()
    {
        var view = new MapView(Indicator.Kompetanse, 2024, C("46"), M("4601"), ClassificationMethod.NaturalBreaks, null);

        var result = MapViewQuery.WithYear(view, 2022, Data);

        Assert.Equal(view with { Year = 2022 }, result.View);
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void SwitchingYearDropsACountyAndMunicipalityThatDoNotExistWithNotes()
    {
        var view = new MapView(Indicator.Kompetanse, 2024, C("46"), M("4601"), ClassificationMethod.NaturalBreaks, null);

        var result = MapViewQuery.WithYear(view, 2018, Data);

        Assert.Equal(new MapView(Indicator.Kompetanse, 2018, null, null, ClassificationMethod.NaturalBreaks, null), result.View);
        Assert.Equal(["Fylke 46 finnes ikke i 2018. Viser hele landet.", "Kommune 4601 finnes ikke i 2018. Ingen kommune er valgt."], result.Notes);
    }

    [Fact]
    public void SwitchingYearKeepsOsloWhoseNumbersNeverChanged()
    {
        var view = new MapView(Indicator.Prioritering, 2024, C("03"), M("0301"), ClassificationMethod.Quantile, null);

        Assert.Equal(view with { Year = 2018 }, MapViewQuery.WithYear(view, 2018, Data).View);
    }

    [Fact]
    public void QueryParametersSetTheViewAndClearEveryOtherKnownName()
    {
        var parameters = MapViewQuery.ToQueryParameters(new MapView(Indicator.Kompetanse, 2022, C("46"), null, ClassificationMethod.Quantile, null));

        Assert.Equal("kompetanse", parameters["indikator"]);
        Assert.Equal("2022", parameters["aar"]);
        Assert.Equal("46", parameters["fylke"]);
        Assert.Null(parameters["kommune"]);
        Assert.Null(parameters["klassifisering"]);
        Assert.Null(parameters["bbox"]);
        Assert.True(parameters.ContainsKey("year"));
        Assert.Null(parameters["year"]);
        Assert.Null(parameters["county"]);
    }

    [Fact]
    public void ParsesAQueryStringWithEscapesPlusSignsAndRepeatedNames()
    {
        var query = MapViewQuery.ParseQueryString("?a=1&b=x%20y&c=d+e&a=2&flag&bbox=4.5%2C57.9");

        Assert.Equal("1", query["a"]);
        Assert.Equal("x y", query["b"]);
        Assert.Equal("d e", query["c"]);
        Assert.Null(query["flag"]);
        Assert.Equal("4.5,57.9", query["BBOX"]);
    }
}
