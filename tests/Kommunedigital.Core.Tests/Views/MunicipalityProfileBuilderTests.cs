using Kommunedigital.Core.Classification;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Views;
using static Kommunedigital.Core.Tests.Views.TestSnapshot;

namespace Kommunedigital.Core.Tests.Views;

public class MunicipalityProfileBuilderTests
{
    private static readonly DataSnapshot Data = Create();

    [Fact]
    public void BergenIn2024HasScoresRanksAndMediansForAllThreeIndicators()
    {
        var profile = MunicipalityProfileBuilder.Build(Data, 2024, M("4601"))!;

        Assert.Equal("Bergen", profile.Municipality.Name);
        Assert.Equal("Vestland", profile.County?.Name);
        Assert.Equal(2024, profile.Year);
        Assert.Equal(
            [
                (Indicator.Prioritering, 72.5, 2, 8, 65.0, 72.5),
                (Indicator.Kompetanse, 58.3, 4, 10, 53.25, 40.0),
                (Indicator.Aktivitet, 66.6, 4, 9, 60.0, 50.2),
            ],
            profile.Indicators.Select(i => (i.Indicator, i.Score?.Value, i.Rank, i.RankedCount, i.NationalMedian, i.CountyMedian)).ToArray()
                .Select(t => (t.Indicator, t.Item2!.Value, t.Rank!.Value, t.RankedCount, t.NationalMedian!.Value, t.CountyMedian!.Value)));
    }

    [Fact]
    public void WithoutACorrespondenceTheProfileHasNoHistory()
    {
        Assert.Empty(MunicipalityProfileBuilder.Build(Data, 2024, M("4601"))!.History);
    }

    [Fact]
    public void MissingScoresHaveNoRankButTheMediansStillCount()
    {
        var bergen2018 = MunicipalityProfileBuilder.Build(Data, 2018, M("1201"))!;
        var kompetanse = bergen2018.Indicators[1];

        Assert.Equal(SsbSymbol.Missing, kompetanse.Score?.Symbol);
        Assert.Null(kompetanse.Score?.Value);
        Assert.Null(kompetanse.Rank);
        Assert.Equal(3, kompetanse.RankedCount);
        Assert.Equal(52.0, kompetanse.NationalMedian);
        Assert.Null(kompetanse.CountyMedian);

        var sogndal = MunicipalityProfileBuilder.Build(Data, 2024, M("4640"))!;
        Assert.Null(sogndal.Indicators[0].Score);
        Assert.Null(sogndal.Indicators[0].Rank);
    }

    [Fact]
    public void AMunicipalityNotInTheYearsStructureHasNoProfile()
    {
        Assert.Null(MunicipalityProfileBuilder.Build(Data, 2024, M("0219")));
        Assert.Null(MunicipalityProfileBuilder.Build(Data, 2017, M("0301")));
        Assert.Null(MunicipalityProfileBuilder.Build(Data, MapViewQuery.Default(Data)));
    }

    [Fact]
    public void TheViewsSelectedMunicipalityIsProfiled()
    {
        var view = new MapView(Indicator.Kompetanse, 2022, null, M("3024"), ClassificationMethod.Quantile, null);

        var profile = MunicipalityProfileBuilder.Build(Data, view)!;

        Assert.Equal("Bærum", profile.Municipality.Name);
        Assert.Equal("Viken", profile.County?.Name);
        Assert.Equal(54.0, profile.Indicators[1].Score?.Value);
    }

    [Fact]
    public void RanksAgreeWithTheMapModel()
    {
        foreach (var indicator in IndicatorText.All)
        {
            var model = ChoroplethModelBuilder.Build(Data, new MapView(indicator, 2024, null, null, ClassificationMethod.Quantile, null));
            foreach (var entry in model.Entries)
            {
                var profile = MunicipalityProfileBuilder.Build(Data, 2024, entry.Municipality.Code)!;
                Assert.Equal(entry.Rank, profile.Indicators.Single(i => i.Indicator == indicator).Rank);
            }
        }
    }
}
