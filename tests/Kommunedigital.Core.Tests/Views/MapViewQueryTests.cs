using Kommunedigital.Core.Classification;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Views;
using static Kommunedigital.Core.Tests.Views.TestSnapshot;

namespace Kommunedigital.Core.Tests.Views;

public class MapViewQueryTests
{
    private static readonly DataSnapshot Data = Create();

    private static MapViewParseResult Parse(string queryString) => MapViewQuery.Parse(MapViewQueryString.ParseQueryString(queryString), Data);

    private static MapViewValidation Strict(string queryString) => MapViewQuery.ParseStrict(MapViewQueryString.ParseQueryString(queryString), Data);

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
                "Utsnittet «10,60,5,61» er tomt: vest må være mindre enn øst, og sør mindre enn nord. Viser hele utvalget.",
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
        Assert.Equal(["Utsnittet «-200,50,10,60» ligger utenfor kloden: lengdegrad må være mellom -180 og 180, breddegrad mellom -90 og 90."], result.Errors["utsnitt"]);
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
    public void SwitchingToAYearTheDataCannotShowFallsBackToTheLatestWithANote()
    {
        var view = new MapView(Indicator.Prioritering, 2018, C("03"), M("0301"), ClassificationMethod.Quantile, null);

        var result = MapViewQuery.WithYear(view, 2020, Data);

        Assert.Equal(view with { Year = 2024 }, result.View);
        Assert.Equal(["Ukjent år «2020». Viser 2024."], result.Notes);
    }

    [Fact]
    public void SwitchingYearGivesTheViewAndNotesOfOpeningTheLinkWithThatYear()
    {
        var views = new[]
        {
            new MapView(Indicator.Kompetanse, 2024, C("46"), M("4601"), ClassificationMethod.NaturalBreaks, new GeoBounds(5, 60, 6, 61)),
            new MapView(Indicator.Aktivitet, 2018, C("12"), M("1201"), ClassificationMethod.Quantile, null),
            new MapView(Indicator.Prioritering, 2022, null, M("3024"), ClassificationMethod.EqualInterval, null),
        };

        foreach (var view in views)
        {
            foreach (var year in new[] { 2018, 2022, 2024, 2020 })
            {
                var opened = Parse(MapViewQueryString.ToQueryString(view with { Year = year }));

                var switched = MapViewQuery.WithYear(view, year, Data);

                Assert.Equal(opened.View, switched.View);
                Assert.Equal(opened.Notes, switched.Notes);
            }
        }
    }

    [Fact]
    public void PickingACountyDropsAMunicipalityOutsideItAndTheExplicitExtent()
    {
        var view = new MapView(Indicator.Kompetanse, 2024, null, M("4601"), ClassificationMethod.Quantile, new GeoBounds(5, 60, 6, 61));

        var result = MapViewQuery.WithCounty(view, C("03"), Data);

        Assert.Equal(view with { County = C("03"), Municipality = null, Extent = null }, result.View);
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void PickingACountyKeepsAMunicipalityInsideIt()
    {
        var view = new MapView(Indicator.Kompetanse, 2024, null, M("4601"), ClassificationMethod.Quantile, null);

        Assert.Equal(view with { County = C("46") }, MapViewQuery.WithCounty(view, C("46"), Data).View);
    }

    [Fact]
    public void PickingTheWholeCountryKeepsTheMunicipality()
    {
        var view = new MapView(Indicator.Kompetanse, 2024, C("46"), M("4601"), ClassificationMethod.Quantile, new GeoBounds(5, 60, 6, 61));

        var result = MapViewQuery.WithCounty(view, null, Data);

        Assert.Equal(view with { County = null, Extent = null }, result.View);
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void PickingACountyTheYearLacksShowsTheWholeCountryWithANote()
    {
        var view = new MapView(Indicator.Kompetanse, 2024, C("46"), null, ClassificationMethod.Quantile, null);

        var result = MapViewQuery.WithCounty(view, C("12"), Data);

        Assert.Null(result.View.County);
        Assert.Equal(["Fylke 12 finnes ikke i 2024. Viser hele landet."], result.Notes);
    }

    [Fact]
    public void SelectingAMunicipalityOutsideTheCountyBringsItsCountyIntoView()
    {
        var view = new MapView(Indicator.Aktivitet, 2024, C("46"), null, ClassificationMethod.Quantile, new GeoBounds(5, 60, 6, 61));

        var result = MapViewQuery.WithMunicipality(view, M("0301"), Data);

        Assert.Equal(view with { County = C("03"), Municipality = M("0301"), Extent = null }, result.View);
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void SelectingAMunicipalityForTheWholeCountryKeepsCountryAndExtent()
    {
        var view = new MapView(Indicator.Aktivitet, 2024, null, null, ClassificationMethod.Quantile, new GeoBounds(5, 60, 6, 61));

        Assert.Equal(view with { Municipality = M("4601") }, MapViewQuery.WithMunicipality(view, M("4601"), Data).View);
    }

    [Fact]
    public void SelectingAMunicipalityTheYearLacksSelectsNoneWithANote()
    {
        var view = new MapView(Indicator.Aktivitet, 2024, C("03"), M("0301"), ClassificationMethod.Quantile, null);

        var result = MapViewQuery.WithMunicipality(view, M("0219"), Data);

        Assert.Equal(view with { Municipality = null }, result.View);
        Assert.Equal(["Kommune 0219 finnes ikke i 2024. Ingen kommune er valgt."], result.Notes);
    }

    [Fact]
    public void ClearingTheSelectionKeepsEverythingElse()
    {
        var view = new MapView(Indicator.Aktivitet, 2024, C("46"), M("4601"), ClassificationMethod.NaturalBreaks, new GeoBounds(5, 60, 6, 61));

        var result = MapViewQuery.WithMunicipality(view, null, Data);

        Assert.Equal(view with { Municipality = null }, result.View);
        Assert.Empty(result.Notes);
    }
}
