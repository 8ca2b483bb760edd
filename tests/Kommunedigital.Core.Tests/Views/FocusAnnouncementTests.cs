using System.Globalization;
using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Classification;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Tests.Boundaries;
using Kommunedigital.Core.Tests.Export;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Core.Tests.Views;

public class FocusAnnouncementTests(RealBoundaryCatalogFixture fixture) : IClassFixture<RealBoundaryCatalogFixture>
{
    private static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");

    [Fact]
    public void SmallModelReadsNameCountyValueAndCountyMedian()
    {
        var texts = FocusAnnouncement.All(ExportModels.Small());

        Assert.Equal("Oslo, Fylke 03: 54,3, fylkesmedian 54,3", texts[MunicipalityCode.Parse("0301")]);
        // County 33: Drammen 70,2 and Ringerike 58,25, median 64,225 → 64,2; the third has "..".
        Assert.Equal("Drammen, Fylke 33: 70,2, fylkesmedian 64,2", texts[MunicipalityCode.Parse("3301")]);
        Assert.Equal($"{ExportModels.MarkupName}, Fylke 33: Tall mangler, fylkesmedian 64,2", texts[MunicipalityCode.Parse("3303")]);
    }

    [Fact]
    public void ACountyWithoutValuesHasNoMedianAndOutsideTheFilterIsSaid()
    {
        var model = ViewSummaryTests.WithScores(ExportModels.Small(CountyCode.Parse("32")), e => e.Municipality.County.Value == "32" ? null : e.Score);
        var texts = FocusAnnouncement.All(model);

        Assert.Equal("Bærum, Fylke 32: Ikke med i datasettet", texts[MunicipalityCode.Parse("3201")]);
        Assert.Equal("Oslo, Fylke 03: 54,3, fylkesmedian 54,3, utenfor valgt fylke", texts[MunicipalityCode.Parse("0301")]);
    }

    [Fact]
    public void BergenInTheRealCountryReadsItsRankAndVestlandsMedian()
    {
        var model = ExportModels.Country();
        var bergen = model.Entries.Single(e => e.Municipality.Code.Value == "4601");

        // The oracle: Vestland's values from the entries, sorted here; Bergen's rank counted here.
        var vestland = model.Entries.Where(e => e.Municipality.County.Value == "46" && e.Score?.Value is not null)
            .Select(e => e.Score!.Value.Value!.Value).Order().ToList();
        var median = vestland.Count % 2 == 1 ? vestland[vestland.Count / 2] : (vestland[(vestland.Count / 2) - 1] + vestland[vestland.Count / 2]) / 2;
        var all = model.Entries.Where(e => e.Score?.Value is not null).Select(e => e.Score!.Value.Value!.Value).ToList();
        var own = bergen.Score!.Value.Value!.Value;
        var rank = all.Count(v => v > own) + 1;
        string Text(double v) => Math.Round((decimal)v, 1, MidpointRounding.AwayFromZero).ToString("0.0", Norwegian);

        Assert.Equal(
            $"Bergen, Vestland: {Text(own)}, nr. {rank} av {all.Count}, fylkesmedian {Text(median)}",
            FocusAnnouncement.All(model)[bergen.Municipality.Code]);
    }

    [Fact]
    public void InAChangeViewBergenReadsItsSignedChangeRankAndVestlandsMedianChange()
    {
        var view = new MapView(Indicator.Kompetanse, 2022, null, null, ClassificationMethod.Quantile, null, ChangeFrom: 2018);
        var model = ChoroplethModelBuilder.Build(RealSnapshot.For(fixture), view);
        var bergen = model.Entries.Single(e => e.Municipality.Code.Value == "4601");

        var vestland = model.Entries.Where(e => e.Municipality.County.Value == "46" && e.Change!.Difference is not null)
            .Select(e => e.Change!.Difference!.Value).Order().ToList();
        var median = vestland.Count % 2 == 1 ? vestland[vestland.Count / 2] : (vestland[(vestland.Count / 2) - 1] + vestland[vestland.Count / 2]) / 2;
        var all = model.Entries.Where(e => e.Change!.Difference is not null).Select(e => e.Change!.Difference!.Value).ToList();
        var own = bergen.Change!.Difference!.Value;
        string Signed(decimal v) => (v > 0 ? "+" : "") + Math.Round(v, 1, MidpointRounding.AwayFromZero).ToString("0.0", Norwegian);

        Assert.Equal(
            $"Bergen, Vestland: {Signed(own)}, nr. {all.Count(v => v > own) + 1} av {all.Count}, fylkesmedian {Signed(median)}",
            FocusAnnouncement.All(model)[bergen.Municipality.Code]);
    }
}
