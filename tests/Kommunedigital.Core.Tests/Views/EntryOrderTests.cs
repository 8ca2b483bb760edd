using Kommunedigital.Core.Classification;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Views;
using static Kommunedigital.Core.Tests.Views.TestSnapshot;

namespace Kommunedigital.Core.Tests.Views;

public class EntryOrderTests
{
    private static readonly ChoroplethModel Model =
        ChoroplethModelBuilder.Build(Create(), new MapView(Indicator.Prioritering, 2024, null, null, ClassificationMethod.Quantile, null));

    private static string[] Codes(string key, bool descending) =>
        [.. EntryOrder.Sort(Model.Selected, key, descending).Select(e => e.Municipality.Code.Value)];

    [Fact]
    public void ValuesSortEitherWayWithMissingLastAndTiesByCode()
    {
        Assert.Equal(["1804", "1108", "1103", "3203", "1508", "0301", "4601", "3201", "4602", "4640"], Codes(EntryOrder.ByValue, descending: false));
        Assert.Equal(["3201", "0301", "4601", "1508", "3203", "1103", "1108", "1804", "4602", "4640"], Codes(EntryOrder.ByValue, descending: true));
    }

    [Fact]
    public void RanksSortLikeValuesTheOtherWayRound() =>
        Assert.Equal(["3201", "0301", "4601", "1508", "3203", "1103", "1108", "1804", "4602", "4640"], Codes(EntryOrder.ByRank, descending: false));

    [Fact]
    public void NamesAndCountiesSortAsBokmalWithAaLast()
    {
        Assert.Equal(["3203", "4601", "1804", "3201", "4602", "0301", "1108", "4640", "1103", "1508"], Codes(EntryOrder.ByName, descending: false));
        Assert.Equal(["3201", "3203", "1508", "1804", "0301", "1103", "1108", "4601", "4602", "4640"], Codes(EntryOrder.ByCounty, descending: false));
    }

    [Fact]
    public void AnUnknownKeySortsByCode() =>
        Assert.Equal(["4640", "4602", "4601", "3203", "3201", "1804", "1508", "1108", "1103", "0301"], Codes("ukjent", descending: true));
}
