using Kommunedigital.Core.Classification;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Views;
using static Kommunedigital.Core.Tests.Views.TestSnapshot;

namespace Kommunedigital.Core.Tests.Views;

/// <summary>The URL codec: names, spellings and formats, and the round trip view → query string → view.</summary>
public class MapViewQueryStringTests
{
    private static readonly DataSnapshot Data = Create();

    private static MapViewParseResult Parse(string queryString) => MapViewQuery.Parse(MapViewQueryString.ParseQueryString(queryString), Data);

    [Fact]
    public void WritesOnlyWhatDiffersFromTheDefaultsButAlwaysTheYear()
    {
        Assert.Equal("aar=2024", MapViewQueryString.ToQueryString(MapViewQuery.Default(Data)));
        Assert.Equal(
            "indikator=kompetanse&aar=2022&fylke=46&kommune=4601&klassifisering=jenks&utsnitt=4.5,57.9,31.2,71.2",
            MapViewQueryString.ToQueryString(new MapView(Indicator.Kompetanse, 2022, C("46"), M("4601"), ClassificationMethod.NaturalBreaks, new GeoBounds(4.5, 57.9, 31.2, 71.2))));
        Assert.Equal(
            "aar=2018&fylke=03&klassifisering=likeintervall",
            MapViewQueryString.ToQueryString(new MapView(Indicator.Prioritering, 2018, C("03"), null, ClassificationMethod.EqualInterval, null)));
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
                views.Add(new MapView(indicator, 2022, C("46"), M("4602"), method, new GeoBounds(-0.1, -33.3333, 179.9999, 89.5)));
                views.Add(new MapView(indicator, 2024, C("32"), M("3201"), method, new GeoBounds(10.1235, 59.5, 11, 60)));
            }
        }

        foreach (var view in views)
        {
            var result = Parse(MapViewQueryString.ToQueryString(view));

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
            "aar=2024&kommune=0301&klassifisering=likeintervall&utsnitt=5,58,11.5,62.25",
        })
        {
            Assert.Equal(query, MapViewQueryString.ToQueryString(Parse(query).View));
        }
    }

    [Fact]
    public void TheExtentIsWrittenAsUtsnittRoundedToFourDecimals()
    {
        var view = MapViewQuery.Default(Data) with { Extent = new GeoBounds(5.123449, 59.98765, 7.00004, 61.00005) };

        // Rounded by hand: 5.123449 → 5.1234, 59.98765 → 59.9877 (midpoint away from zero), 7.00004 → 7, 61.00005 → 61.0001.
        Assert.Equal("aar=2024&utsnitt=5.1234,59.9877,7,61.0001", MapViewQueryString.ToQueryString(view));
        Assert.Equal(new GeoBounds(5.1234, 59.9877, 7, 61.0001), Parse(MapViewQueryString.ToQueryString(view)).View.Extent);
    }

    [Fact]
    public void AnExtentJustWestOfGreenwichIsNotWrittenAsMinusZero()
    {
        Assert.Equal("0,58,10,62", MapViewQueryString.FormatBounds(new GeoBounds(-0.00001, 58, 10, 62)));
    }

    [Fact]
    public void TheOlderBboxNameIsStillReadAndUtsnittWinsOverIt()
    {
        Assert.Equal(new GeoBounds(5, 58, 11.5, 62.25), Parse("aar=2024&bbox=5,58,11.5,62.25").View.Extent);
        Assert.Equal(new GeoBounds(6, 59, 7, 60), Parse("aar=2024&bbox=5,58,11.5,62.25&utsnitt=6,59,7,60").View.Extent);
        Assert.Equal("aar=2024&utsnitt=5,58,11.5,62.25", MapViewQueryString.ToQueryString(Parse("bbox=5,58,11.5,62.25&aar=2024").View));
    }

    [Theory]
    [InlineData("utsnitt=1e308,1e308,1e308,1e308", "Utsnittet «1e308,1e308,1e308,1e308» ligger utenfor kloden")]
    [InlineData("utsnitt=-0,0,-0,0", "Utsnittet «-0,0,-0,0» er tomt")]
    [InlineData("utsnitt=%3Cscript%3E", "Ugyldig utsnitt «<script>»")]
    [InlineData("bbox=Infinity,1,2,3", "Ugyldig utsnitt «Infinity,1,2,3»")]
    public void AnAbsurdExtentGivesANoteAndTheWholeSelection(string query, string note)
    {
        var result = Parse("aar=2024&" + query);

        Assert.Null(result.View.Extent);
        Assert.StartsWith(note, Assert.Single(result.Notes), StringComparison.Ordinal);
        Assert.EndsWith("Viser hele utvalget.", result.Notes[0], StringComparison.Ordinal);
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

    [Theory]
    [InlineData("a,b,c,d")]
    [InlineData("1,2,3")]
    [InlineData("1,2,3,4,5")]
    [InlineData("4,5;57,9,31,2,71,2")]
    [InlineData("NaN,1,2,3")]
    [InlineData("1e999,1,2,3")]
    public void MalformedBoundingBoxesAreRejectedWithAnExample(string bbox)
    {
        Assert.False(MapViewQueryString.TryParseBounds(bbox, out var bounds, out var error));
        Assert.Null(bounds);
        Assert.Equal($"Ugyldig utsnitt «{bbox}»: skriv vest,sør,øst,nord i desimalgrader med punktum, f.eks. 4.5,57.9,31.2,71.2.", error);
    }

    [Theory]
    [InlineData("-181,50,10,60")]
    [InlineData("0,-91,10,60")]
    [InlineData("0,50,180.5,60")]
    [InlineData("0,50,10,90.01")]
    public void BoundingBoxesOutsideTheWorldAreRejected(string bbox)
    {
        Assert.False(MapViewQueryString.TryParseBounds(bbox, out _, out var error));
        Assert.StartsWith($"Utsnittet «{bbox}» ligger utenfor kloden", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10,50,10,60")]
    [InlineData("10,60,11,60")]
    [InlineData("12,50,10,60")]
    public void EmptyOrInvertedBoundingBoxesAreRejected(string bbox)
    {
        Assert.False(MapViewQueryString.TryParseBounds(bbox, out _, out var error));
        Assert.StartsWith($"Utsnittet «{bbox}» er tomt", error, StringComparison.Ordinal);
    }

    [Fact]
    public void BoundingBoxesAllowSpacesAndTheWholeWorld()
    {
        Assert.True(MapViewQueryString.TryParseBounds(" -180, -90 ,180,90 ", out var bounds, out var error));
        Assert.Equal(new GeoBounds(-180, -90, 180, 90), bounds);
        Assert.Null(error);
    }

    [Fact]
    public void QueryParametersSetTheViewAndClearEveryOtherKnownName()
    {
        var parameters = MapViewQueryString.ToQueryParameters(new MapView(Indicator.Kompetanse, 2022, C("46"), null, ClassificationMethod.Quantile, null));

        Assert.Equal("kompetanse", parameters["indikator"]);
        Assert.Equal("2022", parameters["aar"]);
        Assert.Equal("46", parameters["fylke"]);
        Assert.Null(parameters["kommune"]);
        Assert.Null(parameters["klassifisering"]);
        Assert.Null(parameters["utsnitt"]);
        Assert.Null(parameters["bbox"]);
        Assert.True(parameters.ContainsKey("year"));
        Assert.Null(parameters["year"]);
        Assert.Null(parameters["county"]);
    }

    [Fact]
    public void ParsesAQueryStringWithEscapesPlusSignsAndRepeatedNames()
    {
        var query = MapViewQueryString.ParseQueryString("?a=1&b=x%20y&c=d+e&a=2&flag&bbox=4.5%2C57.9");

        Assert.Equal("1", query["a"]);
        Assert.Equal("x y", query["b"]);
        Assert.Equal("d e", query["c"]);
        Assert.Null(query["flag"]);
        Assert.Equal("4.5,57.9", query["BBOX"]);
    }

    [Fact]
    public void ReadFindsEachValueUnderItsOldNameWithoutCheckingIt()
    {
        var values = MapViewQueryString.Read(MapViewQueryString.ParseQueryString(
            "indicator=lykke&year=1999&fylkesnummer=xx&knr=%20301%20&klasser=&utsnitt=1,2,3"));

        Assert.Equal(new MapViewQueryValues("lykke", "1999", "xx", "301", null, "1,2,3"), values);
    }

    [Fact]
    public void AViewWrittenToAQueryIsReadBackAsTheSameTextsWithoutData()
    {
        var view = new MapView(Indicator.Aktivitet, 2018, C("12"), M("1201"), ClassificationMethod.EqualInterval, new GeoBounds(4.5, 59.75, 6, 61));

        var values = MapViewQueryString.Read(MapViewQueryString.ParseQueryString(MapViewQueryString.ToQueryString(view)));

        Assert.Equal(new MapViewQueryValues("aktivitet", "2018", "12", "1201", "likeintervall", "4.5,59.75,6,61"), values);
    }

    [Fact]
    public void AnEmptyQueryReadsAsNoValuesAtAll()
    {
        Assert.Equal(new MapViewQueryValues(null, null, null, null, null, null), MapViewQueryString.Read(MapViewQueryString.ParseQueryString("")));
    }

    [Fact]
    public void TheHrefQueryIsTheQueryStringWithItsQuestionMark()
    {
        var view = new MapView(Indicator.Kompetanse, 2024, C("46"), null, ClassificationMethod.Quantile, null);

        Assert.Equal("?indikator=kompetanse&aar=2024&fylke=46", MapViewQueryString.ToHrefQuery(view));
    }

    [Theory]
    [InlineData("kvantil", ClassificationMethod.Quantile)]
    [InlineData("LikeIntervall", ClassificationMethod.EqualInterval)]
    [InlineData(" natural-breaks ", ClassificationMethod.NaturalBreaks)]
    public void MethodSlugsAndTheirEnglishNamesAreRead(string text, ClassificationMethod expected)
    {
        Assert.True(MapViewQueryString.TryParseMethod(text, out var method));
        Assert.Equal(expected, method);
    }

    [Fact]
    public void EveryMethodSlugIsReadBackAsItsMethod()
    {
        foreach (var method in Enum.GetValues<ClassificationMethod>())
        {
            Assert.True(MapViewQueryString.TryParseMethod(MapViewQueryString.MethodSlug(method), out var read));
            Assert.Equal(method, read);
        }
    }

    [Fact]
    public void AnEchoKeepsFortyCharactersAndMarksTheCut()
    {
        Assert.Equal("kort", MapViewQueryString.Echo("kort"));
        Assert.Equal(new string('a', 40), MapViewQueryString.Echo(new string('a', 40)));
        Assert.Equal(new string('a', 40) + "…", MapViewQueryString.Echo(new string('a', 41)));
    }
}
