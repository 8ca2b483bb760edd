using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Tests.Boundaries;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Core.Tests.Views;

/// <summary>The change between two years on the real boundaries, KLASS files and sample data; values read from the CSV.</summary>
public sealed class ChangeComparisonTests(RealBoundaryCatalogFixture fixture) : IClassFixture<RealBoundaryCatalogFixture>
{
    private ChangeComparison Prioritering2018To2022 => ChangeComparison.Build(RealSnapshot.For(fixture), Indicator.Prioritering, 2018, 2022)!;

    [Fact]
    public void TromsosChangeIsLaterMinusEarlierFromTheSourceValuesWithItsRank()
    {
        var comparison = Prioritering2018To2022;
        var tromso = Entry(comparison, "5401");
        var expected = RealSnapshot.SampleRows[("5401", 2022)][0]!.Value - RealSnapshot.SampleRows[("1902", 2018)][0]!.Value;

        Assert.Equal(ChangeStatus.Comparable, tromso.Status);
        Assert.Equal(8.6m, expected);
        Assert.Equal(expected, tromso.Difference);
        var higher = comparison.Entries.Count(e => e.Difference > expected);
        Assert.Equal(higher + 1, tromso.Rank);
        Assert.Equal($"Fra 54,1 (2018) til 62,7 (2022): +8,6 poeng, nr. {higher + 1} av {comparison.ComparableCount}", tromso.Tooltip);
    }

    [Fact]
    public void EveryComparableDifferenceEqualsTheCsvsLaterMinusEarlier()
    {
        var comparison = Prioritering2018To2022;

        foreach (var entry in comparison.Entries.Where(e => e.Status == ChangeStatus.Comparable))
        {
            var earlier = RealSnapshot.SampleRows[(entry.Succession.SameTerritoryPredecessor!.Code.Value, 2018)][0]!.Value;
            var later = RealSnapshot.SampleRows[(entry.Succession.Later.Code.Value, 2022)][0]!.Value;
            Assert.Equal(later - earlier, entry.Difference);
        }
    }

    [Fact]
    public void IndreOstfoldIsNotComparableAndItsTooltipListsThePredecessorsOwnValues()
    {
        var indreOstfold = Entry(Prioritering2018To2022, "3014");
        string Value(string code) => RealSnapshot.SampleRows[(code, 2018)][0]!.Value.ToString("0.0", ScoreText.Culture);

        Assert.Equal(ChangeStatus.Merged, indreOstfold.Status);
        Assert.Null(indreOstfold.Difference);
        Assert.Null(indreOstfold.ClassIndex);
        Assert.Equal(
            $"Ikke sammenlignbar: Indre Østfold ble dannet etter 2018 av flere kommuner. Trøgstad (0122) 2018: {Value("0122")}; Spydeberg (0123) 2018: {Value("0123")}; Askim (0124) 2018: {Value("0124")}; Eidsberg (0125) 2018: {Value("0125")}; Hobøl (0138) 2018: {Value("0138")}.",
            indreOstfold.Tooltip);
    }

    [Fact]
    public void HaramIsNewIn2024AndAlesundHasAChangedTerritory()
    {
        var comparison = ChangeComparison.Build(RealSnapshot.For(fixture), Indicator.Prioritering, 2022, 2024)!;
        var alesund2022 = RealSnapshot.SampleRows[("1507", 2022)][0]!.Value.ToString("0.0", ScoreText.Culture);

        Assert.Equal(ChangeStatus.New, Entry(comparison, "1580").Status);
        Assert.Equal($"Ikke sammenlignbar: Haram fantes ikke i 2022. Ålesund (1507) 2022: {alesund2022}.", Entry(comparison, "1580").Tooltip);
        Assert.Equal(ChangeStatus.ChangedTerritory, Entry(comparison, "1508").Status);
        Assert.Equal(ChangeStatus.Comparable, Entry(comparison, "5501").Status);
    }

    [Fact]
    public void EveryMunicipalityOfTheLaterYearIsCountedOnceAsComparableOrNot()
    {
        var comparison = Prioritering2018To2022;

        Assert.Equal(356, comparison.Entries.Count);
        Assert.Equal(356, comparison.ComparableCount + comparison.NotComparableCount);
        Assert.Equal(comparison.Entries.Count(e => e.Difference is null), comparison.NotComparableCount);
        Assert.All(comparison.Entries.Where(e => e.Status == ChangeStatus.Comparable), e => Assert.InRange(e.ClassIndex!.Value, 0, 6));
        Assert.Null(ChangeComparison.Build(RealSnapshot.For(fixture), Indicator.Prioritering, 2022, 2018));
    }

    [Theory]
    [InlineData(7.2, "+7,2")]
    [InlineData(-3.1, "\u22123,1")]
    [InlineData(0, "0,0")]
    public void ADifferenceIsWrittenWithItsSign(double difference, string text)
    {
        Assert.Equal(text, ChangeComparison.Signed((decimal)difference));
    }

    private static ChangeEntry Entry(ChangeComparison comparison, string code) =>
        comparison.Entries.Single(e => e.Succession.Later.Code == MunicipalityCode.Parse(code));
}
