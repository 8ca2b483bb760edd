using Kommunedigital.Core.Classification;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Export;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Views;
using static Kommunedigital.Core.Tests.Views.TestSnapshot;

namespace Kommunedigital.Core.Tests.Views;

/// <summary><c>versjon=N</c>: written last, read back, and honoured only when the data read are release N.</summary>
public class VersionQueryTests
{
    private static readonly DataSnapshot Release3 = Create(isSample: false) with
    {
        Release = new ReleaseStamp(3, new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero), "Tall for 2024 lagt til"),
    };

    private static readonly DataSnapshot Sample = Create();

    private static IReadOnlyDictionary<string, string?> Query(string text) => MapViewQueryString.ParseQueryString(text);

    private const string NotPublished = " er ikke en publisert versjon av dataene (den finnes ikke, er ikke publisert ennå eller er trukket tilbake).";

    [Fact]
    public void APinnedViewWritesItsVersionLast()
    {
        var view = new MapView(Indicator.Kompetanse, 2022, C("46"), null, ClassificationMethod.Quantile, new GeoBounds(4.5, 59.75, 6, 61), Release: 3);

        Assert.Equal("indikator=kompetanse&aar=2022&fylke=46&utsnitt=4.5,59.75,6,61&versjon=3", MapViewQueryString.ToQueryString(view));
    }

    [Fact]
    public void APinnedViewSurvivesARoundTripWhenTheDataAreThatRelease()
    {
        var view = new MapView(Indicator.Aktivitet, 2024, C("46"), M("4601"), ClassificationMethod.NaturalBreaks, null, Release: 3);

        var result = MapViewQuery.Parse(Query(MapViewQueryString.ToQueryString(view)), Release3);

        Assert.Equal(view, result.View);
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void AnUnpinnedViewWritesNoVersionAndClearsTheOldOne()
    {
        var parameters = MapViewQueryString.ToQueryParameters(new MapView(Indicator.Prioritering, 2024, null, null, ClassificationMethod.Quantile, null));

        Assert.Equal("aar=2024", MapViewQueryString.ToQueryString(new MapView(Indicator.Prioritering, 2024, null, null, ClassificationMethod.Quantile, null)));
        Assert.True(parameters.ContainsKey("versjon"));
        Assert.Null(parameters["versjon"]);
        Assert.True(parameters.ContainsKey("version"));
        Assert.Null(parameters["version"]);
        Assert.Equal("3", MapViewQueryString.ToQueryParameters(new MapView(Indicator.Prioritering, 2024, null, null, ClassificationMethod.Quantile, null, Release: 3))["versjon"]);
    }

    [Fact]
    public void TheEnglishNameIsReadAndTheCanonicalOneWins()
    {
        Assert.Equal("3", MapViewQueryString.Read(Query("Version=3")).Version);
        Assert.Equal("2", MapViewQueryString.Read(Query("version=3&VERSJON=2")).Version);
        Assert.Equal(3, MapViewQuery.Parse(Query("aar=2024&version=3"), Release3).View.Release);
    }

    [Fact]
    public void AVersionTheDataAreNotGivesANoteAndTheLatest()
    {
        var result = MapViewQuery.Parse(Query("aar=2022&versjon=2"), Release3);

        Assert.Null(result.View.Release);
        Assert.Equal(2022, result.View.Year);
        Assert.Equal(["Versjon 2" + NotPublished + " Viser siste versjon (3)."], result.Notes);
    }

    [Fact]
    public void AVersionWithoutAnyReleaseGivesANoteAndTheSample()
    {
        var result = MapViewQuery.Parse(Query("versjon=1"), Sample);

        Assert.Null(result.View.Release);
        Assert.Equal(["Versjon 1" + NotPublished + " Viser de siste tallene."], result.Notes);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("+3")]
    [InlineData("3.0")]
    [InlineData("1e3")]
    [InlineData("٣")]
    [InlineData("9999999999")]
    public void AMalformedVersionGivesANoteAndTheLatest(string version)
    {
        var result = MapViewQuery.Parse(new Dictionary<string, string?> { ["versjon"] = version }, Release3);

        Assert.Null(result.View.Release);
        Assert.Equal([$"Ugyldig versjon «{version}». Viser siste versjon (3)."], result.Notes);
        Assert.False(MapViewQueryString.TryParseVersion(version, out _));
    }

    [Fact]
    public void AVersionIsADecimalNumberFromOne()
    {
        Assert.True(MapViewQueryString.TryParseVersion(" 12 ", out var number));
        Assert.Equal(12, number);
        Assert.True(MapViewQueryString.TryParseVersion("007", out number));
        Assert.Equal(7, number);
    }

    [Fact]
    public void ADownloadWithAVersionTheDataAreNotIsAnErrorNamingVersjon()
    {
        var wrong = MapViewQuery.ParseStrict(Query("aar=2024&versjon=2"), Release3);
        var malformed = MapViewQuery.ParseStrict(Query("aar=2024&versjon=abc"), Release3);

        Assert.Null(wrong.View);
        Assert.Equal(["Versjon 2" + NotPublished + " Se listen over publiserte versjoner på /versjoner."], wrong.Errors["versjon"]);
        Assert.Equal(["Ugyldig versjon «abc». En versjon er et helt tall, f.eks. 3."], malformed.Errors["versjon"]);
        Assert.Equal(3, MapViewQuery.ParseStrict(Query("aar=2024&versjon=3"), Release3).View!.Release);
    }

    [Fact]
    public void ADatasetDownloadChecksItsVersionToo()
    {
        Assert.Equal(["versjon"], DownloadRequest.ForDataset("csv", Query("versjon=4"), Release3).Errors.Keys);
        Assert.Equal(["versjon"], DownloadRequest.ForDataset("csv", Query("versjon=x"), Release3).Errors.Keys);
        Assert.True(DownloadRequest.ForDataset("csv", Query("versjon=3"), Release3).IsValid);
        Assert.True(DownloadRequest.ForDataset("csv", Query(""), Release3).IsValid);
    }

    [Fact]
    public void EveryNextViewKeepsThePin()
    {
        var pinned = new MapView(Indicator.Prioritering, 2024, C("46"), M("4601"), ClassificationMethod.Quantile, null, Release: 3);

        Assert.Equal(3, MapViewQuery.WithYear(pinned, 2022, Release3).View.Release);
        Assert.Equal(3, MapViewQuery.WithCounty(pinned, null, Release3).View.Release);
        Assert.Equal(3, MapViewQuery.WithMunicipality(pinned, null, Release3).View.Release);
        Assert.Equal(3, MapViewQuery.WithChange(pinned, 2022, Release3).View.Release);
    }
}
