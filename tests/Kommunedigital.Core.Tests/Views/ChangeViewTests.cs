using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Classification;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Tests.Boundaries;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Core.Tests.Views;

/// <summary>
/// The change view (<c>endring=2018-2022</c>) on the real boundaries, KLASS files and sample data: the link, its checks,
/// and the one model every output reads. Expected differences are later minus earlier of the sample CSV's own numbers.
/// </summary>
public sealed class ChangeViewTests(RealBoundaryCatalogFixture fixture) : IClassFixture<RealBoundaryCatalogFixture>
{
    private DataSnapshot Data => RealSnapshot.For(fixture);

    private MapViewParseResult Parse(string query) => MapViewQuery.Parse(MapViewQueryString.ParseQueryString(query), Data);

    private static MapView Change(int earlier, int later, string? county = null, Indicator indicator = Indicator.Prioritering) =>
        new(indicator, later, county is null ? null : CountyCode.Parse(county), null, ClassificationMethod.Quantile, null, earlier);

    private ChoroplethModel Model(int earlier, int later, string? county = null) => ChoroplethModelBuilder.Build(Data, Change(earlier, later, county));

    private static ChoroplethEntry Entry(ChoroplethModel model, string code) =>
        model.Entries.Single(e => e.Number == MunicipalityCode.Parse(code));

    private static decimal SampleChange(string earlierCode, int earlier, string laterCode, int later) =>
        RealSnapshot.SampleRows[(laterCode, later)][0]!.Value - RealSnapshot.SampleRows[(earlierCode, earlier)][0]!.Value;

    [Theory]
    [InlineData("endring=2018-2022")]
    [InlineData("indikator=kompetanse&endring=2018-2024&fylke=46&kommune=4601&klassifisering=jenks")]
    [InlineData("endring=2022-2024&fylke=15")]
    public void AChangeLinkSurvivesARoundTripThroughTheView(string query)
    {
        var result = Parse(query);

        Assert.Empty(result.Notes);
        Assert.Equal(query, MapViewQueryString.ToQueryString(result.View));
    }

    [Fact]
    public void EndringSetsTheYearAndWinsOverAar()
    {
        var result = Parse("aar=2024&endring=2018-2022&fylke=46");

        Assert.Equal(Change(2018, 2022, "46"), result.View);
        Assert.Empty(result.Notes);
        Assert.Equal("endring=2018-2022&fylke=46", MapViewQueryString.ToQueryString(result.View));
        Assert.Equal(Change(2018, 2022), Parse("endring=2018 – 2022").View);
    }

    [Theory]
    [InlineData("endring=2017-2022", 2022, "Ukjent år 2017 i endring «2017-2022». Viser verdiene i 2022.")]
    [InlineData("endring=2022-2018", 2024, "Endring «2022-2018»: det første året må være tidligere enn det andre. Viser verdiene i 2024.")]
    [InlineData("endring=2022-2022&aar=2018", 2018, "Endring «2022-2022»: det første året må være tidligere enn det andre. Viser verdiene i 2018.")]
    [InlineData("endring=2018-2030", 2024, "Ukjent år 2030 i endring «2018-2030». Viser verdiene i 2024.")]
    [InlineData("endring=fjor", 2024, "Ugyldig endring «fjor». Viser verdiene i 2024.")]
    public void AChangeTheDataCannotShowFallsBackToTheLevelViewWithANote(string query, int year, string note)
    {
        var result = Parse(query);

        Assert.Equal(new MapView(Indicator.Prioritering, year, null, null, ClassificationMethod.Quantile, null), result.View);
        Assert.Equal([note], result.Notes);
    }

    [Fact]
    public void AChangeWithoutACorrespondenceFallsBackToTheLevelViewWithANote()
    {
        var withoutKlass = Data with { Correspondence = null };

        var result = MapViewQuery.Parse(MapViewQueryString.ParseQueryString("endring=2018-2022"), withoutKlass);

        Assert.Null(result.View.ChangeFrom);
        Assert.Equal(2022, result.View.Year);
        Assert.Equal(["Endring 2018-2022 kan ikke vises: koblingen mellom kommunene i de to årene (SSB KLASS) mangler. Viser verdiene i 2022."], result.Notes);
    }

    [Fact]
    public void ADownloadOfABadChangeIsAnErrorNamingEndring()
    {
        var validation = MapViewQuery.ParseStrict(MapViewQueryString.ParseQueryString("endring=2022-2018"), Data);

        Assert.False(validation.IsValid);
        Assert.Equal(["endring"], validation.Errors.Keys);
        Assert.Equal(
            ["Endring «2022-2018»: det første året må være tidligere enn det andre. Skriv to år med bindestrek, det tidligere først, f.eks. 2018-2022."],
            validation.Errors["endring"]);
        Assert.True(MapViewQuery.ParseStrict(MapViewQueryString.ParseQueryString("endring=2018-2022&aar=1999"), Data).IsValid);
    }

    [Fact]
    public void TheViewsControlsKeepTheChange()
    {
        var view = Change(2018, 2022) with { Municipality = MunicipalityCode.Parse("5401") };

        var later = MapViewQuery.WithYear(view, 2024, Data);
        Assert.Equal(view with { Year = 2024, Municipality = MunicipalityCode.Parse("5501") }, later.View);
        Assert.DoesNotContain(later.Notes, n => n.Contains("endring", StringComparison.OrdinalIgnoreCase));

        var tooEarly = MapViewQuery.WithYear(view, 2018, Data);
        Assert.Null(tooEarly.View.ChangeFrom);
        Assert.Equal(2018, tooEarly.View.Year);
        Assert.Contains("Endring «2018-2018»: det første året må være tidligere enn det andre. Viser verdiene i 2018.", tooEarly.Notes);

        Assert.Equal(Change(2018, 2022, "46"), MapViewQuery.WithCounty(Change(2018, 2022), CountyCode.Parse("46"), Data).View);
        Assert.Equal(2018, MapViewQuery.WithMunicipality(Change(2018, 2022), MunicipalityCode.Parse("3024"), Data).View.ChangeFrom);
        Assert.Equal(Change(2022, 2024), MapViewQuery.WithChange(MapViewQuery.Default(Data), 2022, Data).View);
        Assert.Equal(MapViewQuery.Default(Data), MapViewQuery.WithChange(Change(2022, 2024), null, Data).View);
    }

    [Fact]
    public void BaerumIsComparableFrom2018To2024AcrossTwoRenumberings()
    {
        var model = Model(2018, 2024);
        var baerum = Entry(model, "3201");
        var expected = SampleChange("0219", 2018, "3201", 2024);

        Assert.Equal(EntryStatus.Value, baerum.Status);
        Assert.Equal(expected, baerum.Change!.Difference);
        Assert.Equal(ChangeComparison.Signed(expected), baerum.ValueText);
        Assert.Equal(DivergingPalette.Colours[baerum.ClassIndex!.Value], baerum.Fill);
        Assert.Equal($"nr. {model.Selected.Count(e => e.Change!.Difference > expected) + 1} av {model.RankedCount}", baerum.RankText);
        Assert.Equal("0219", baerum.Change.Succession.SameTerritoryPredecessor!.Code.Value);
    }

    [Fact]
    public void TromsoIsComparableFrom2018To2024()
    {
        var tromso = Entry(Model(2018, 2024), "5501");
        var expected = SampleChange("1902", 2018, "5501", 2024);
        string Text(string code, int year) => RealSnapshot.SampleRows[(code, year)][0]!.Value.ToString("0.0", ScoreText.Culture);

        Assert.Equal(expected, tromso.Change!.Difference);
        Assert.StartsWith($"Fra {Text("1902", 2018)} (2018) til {Text("5501", 2024)} (2024): {ChangeComparison.Signed(expected)} poeng, nr. ", tromso.Tooltip);
    }

    [Theory]
    [InlineData(2022, "3014")]
    [InlineData(2024, "3118")]
    public void IndreOstfoldIsNotComparableWithItsFivePredecessorsListed(int later, string code)
    {
        var indreOstfold = Entry(Model(2018, later), code);

        Assert.Equal(EntryStatus.NotComparable, indreOstfold.Status);
        Assert.Equal(ChangeStatus.Merged, indreOstfold.Change!.Status);
        Assert.Equal("Ikke sammenlignbar", indreOstfold.ValueText);
        Assert.Null(indreOstfold.ClassIndex);
        Assert.Null(indreOstfold.RankText);
        Assert.Equal(MapPalette.MissingColour, indreOstfold.Fill);
        Assert.Equal(["0122", "0123", "0124", "0125", "0138"], indreOstfold.Change.Succession.Predecessors.Select(p => p.Number.Code.Value));
        foreach (var predecessor in new[] { "0122", "0123", "0124", "0125", "0138" })
        {
            Assert.Contains($"({predecessor}) 2018: {RealSnapshot.SampleRows[(predecessor, 2018)][0]!.Value.ToString("0.0", ScoreText.Culture)}", indreOstfold.Tooltip, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void SnillfjordsSuccessorsAreNotComparable()
    {
        var model = Model(2018, 2022);

        foreach (var code in new[] { "5055", "5056", "5059" })
        {
            Assert.Equal((EntryStatus.NotComparable, ChangeStatus.SplitSuccessor), (Entry(model, code).Status, Entry(model, code).Change!.Status));
        }
    }

    [Fact]
    public void HaramIsNewIn2024AndAlesundHasAChangedTerritory()
    {
        var model = Model(2022, 2024);

        Assert.Equal((EntryStatus.NotComparable, ChangeStatus.New), (Entry(model, "1580").Status, Entry(model, "1580").Change!.Status));
        Assert.Equal((EntryStatus.NotComparable, ChangeStatus.ChangedTerritory), (Entry(model, "1508").Status, Entry(model, "1508").Change!.Status));
        Assert.Equal(["1507"], Entry(model, "1508").Change!.Succession.Predecessors.Select(p => p.Number.Code.Value));
    }

    [Theory]
    [InlineData(2018, 2022, null)]
    [InlineData(2018, 2024, null)]
    [InlineData(2022, 2024, null)]
    [InlineData(2018, 2022, "46")]
    [InlineData(2018, 2024, "50")]
    public void TheNotComparableGroupCountsEveryNotComparableShapeAndTheClassesCountTheRest(int earlier, int later, string? county)
    {
        var model = Model(earlier, later, county);
        var notComparable = model.Selected.Count(e => e.Status == EntryStatus.NotComparable);

        Assert.True(notComparable > 0);
        Assert.Equal([new MissingGroup(EntryStatus.NotComparable, null, notComparable, "Ikke sammenlignbar", "Ikke sammenlignbar", CountText.Municipalities(notComparable))], model.Missing);
        Assert.Equal(model.Selected.Count(e => e.Change!.Difference is not null), model.Legend.Sum(c => c.Count));
        Assert.Equal(model.Selected.Count, model.Legend.Sum(c => c.Count) + notComparable);
        Assert.Equal(7, model.Legend.Count);
        Assert.Equal(DivergingPalette.Colours, model.Legend.Select(c => c.Colour));
        Assert.Equal(model.Entries.Count(e => e.Change!.Difference is not null), model.RankedCount);
    }

    [Fact]
    public void TheClassesAreSymmetricAndFittedToTheSelectionsLargestChange()
    {
        var model = Model(2018, 2022, "46");
        var largest = model.Selected.Where(e => e.Change!.Difference is not null).Max(e => Math.Abs((double)e.Change!.Difference!.Value));

        Assert.Equal(model.Legend.Select(c => -c.Upper).Reverse(), model.Legend.Select(c => c.Lower));
        Assert.True(model.Legend[^1].Upper >= largest);
        Assert.All(model.Legend, c => Assert.Equal(model.Legend[3].Upper * 2, c.Upper - c.Lower, 10));
        Assert.Equal(model.Legend[3].Upper, model.Change!.Limits[3]);
        Assert.Equal($"{ChangeComparison.Signed((decimal)model.Legend[3].Lower)} – {ChangeComparison.Signed((decimal)model.Legend[3].Upper)}", model.Legend[3].RangeText);
    }

    [Fact]
    public void TheTitleNamesTheChangeBothYearsAndTheCounty()
    {
        Assert.Equal("Endring i digital prioritering 2018–2022 – Vestland", Model(2018, 2022, "46").Title);
        Assert.Equal("Endring i digital kompetanse 2022–2024", ChoroplethModelBuilder.Build(Data, Change(2022, 2024, indicator: Indicator.Kompetanse)).Title);
    }

    [Fact]
    public void TheChangeLineNamesBothYearsAndWhyTheRestAreNotComparable()
    {
        var model = Model(2022, 2024);
        var byStatus = model.Selected.Where(e => e.Change!.Status != ChangeStatus.Comparable).GroupBy(e => e.Change!.Status).ToDictionary(g => g.Key, g => g.Count());

        Assert.StartsWith("Endring i poeng fra 2022 til 2024 · ikke sammenlignbar: ", model.ChangeLine);
        Assert.Contains($"endrede grenser {byStatus[ChangeStatus.ChangedTerritory]}", model.ChangeLine, StringComparison.Ordinal);
        Assert.Contains($"ny {byStatus[ChangeStatus.New]}", model.ChangeLine, StringComparison.Ordinal);
        Assert.Null(ChoroplethModelBuilder.Build(Data, MapViewQuery.Default(Data)).ChangeLine);
    }
}
