using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Klass;
using Kommunedigital.Core.Tests.Boundaries;

namespace Kommunedigital.Core.Tests.Klass;

public sealed class MunicipalCorrespondenceTests(RealBoundaryCatalogFixture fixture) : IClassFixture<RealBoundaryCatalogFixture>
{
    private MunicipalCorrespondence Correspondence => RealKlass.Correspondence(fixture);

    [Theory]
    [InlineData(2018, 2022, "3024", "0219")]
    [InlineData(2022, 2024, "3201", "3024")]
    [InlineData(2018, 2024, "3201", "0219")]
    public void BaerumIsTheSameTerritoryUnderThreeNumbers(int earlier, int later, string laterCode, string earlierCode)
    {
        var baerum = Succession(earlier, later, laterCode);

        Assert.Equal(TerritoryRelation.SameTerritory, baerum.Relation);
        Assert.True(baerum.IsComparable);
        Assert.Equal(("Bærum", earlierCode, "Bærum", true), (baerum.Later.Name, baerum.SameTerritoryPredecessor!.Code.Value, baerum.Predecessors[0].Number.Name, baerum.Predecessors[0].Whole));
    }

    [Theory]
    [InlineData(2018, 2022, "5401", "1902")]
    [InlineData(2022, 2024, "5501", "5401")]
    [InlineData(2018, 2024, "5501", "1902")]
    public void TromsoIsTheSameTerritoryAs1902And5401And5501(int earlier, int later, string laterCode, string earlierCode)
    {
        var tromso = Succession(earlier, later, laterCode);

        Assert.Equal(TerritoryRelation.SameTerritory, tromso.Relation);
        Assert.Equal([(earlierCode, "Tromsø")], tromso.Predecessors.Select(p => (p.Number.Code.Value, p.Number.Name)));
    }

    [Theory]
    [InlineData(2018, 2022, "3014")]
    [InlineData(2018, 2024, "3118")]
    public void IndreOstfoldIsMergedFromFiveWholeMunicipalities(int earlier, int later, string code)
    {
        var indreOstfold = Succession(earlier, later, code);

        Assert.Equal(TerritoryRelation.Merged, indreOstfold.Relation);
        Assert.False(indreOstfold.IsComparable);
        Assert.Null(indreOstfold.SameTerritoryPredecessor);
        Assert.Equal(
            [("0122", "Trøgstad"), ("0123", "Spydeberg"), ("0124", "Askim"), ("0125", "Eidsberg"), ("0138", "Hobøl")],
            indreOstfold.Predecessors.Select(p => (p.Number.Code.Value, p.Number.Name)));
        Assert.All(indreOstfold.Predecessors, p => Assert.True(p.Whole));
    }

    [Theory]
    [InlineData(2018, 2022)]
    [InlineData(2018, 2024)]
    public void SnillfjordsSuccessorsAreNotComparable(int earlier, int later)
    {
        var correspondence = Correspondence.Between(earlier, later)!;

        var successors = correspondence.SuccessorsOf(MunicipalityCode.Parse("5012"));

        Assert.Equal(["5055", "5056", "5059"], successors.Select(s => s.Later.Code.Value));
        Assert.All(successors, s => Assert.Equal(TerritoryRelation.SplitSuccessor, s.Relation));
        Assert.All(successors, s => Assert.False(s.Predecessors.Single(p => p.Number.Code.Value == "5012").Whole));
        Assert.Equal(
            ["1571 Halsa", "5011 Hemne", "5012 Snillfjord"],
            Succession(earlier, later, "5055").Predecessors.Select(p => $"{p.Number.Code} {p.Number.Name}"));
    }

    [Fact]
    public void TysfjordWasSplitBetweenNarvikAndHamaroy()
    {
        var successors = Correspondence.Between(2018, 2022)!.SuccessorsOf(MunicipalityCode.Parse("1850"));

        Assert.Equal([("1806", TerritoryRelation.SplitSuccessor), ("1875", TerritoryRelation.SplitSuccessor)], successors.Select(s => (s.Later.Code.Value, s.Relation)));
        Assert.Equal(["1805", "1850", "1854"], Succession(2018, 2022, "1806").Predecessors.Select(p => p.Number.Code.Value));
    }

    [Fact]
    public void HaramIsNewIn2024AgainstTheYearsWhenItWasPartOfAlesund()
    {
        var haram = Succession(2022, 2024, "1580");

        Assert.Equal(TerritoryRelation.New, haram.Relation);
        Assert.Equal([("1507", "Ålesund", false)], haram.Predecessors.Select(p => (p.Number.Code.Value, p.Number.Name, p.Whole)));
    }

    [Fact]
    public void Haram2024IsTheSameTerritoryAsHaram2018()
    {
        var haram = Succession(2018, 2024, "1580");

        Assert.Equal(TerritoryRelation.SameTerritory, haram.Relation);
        Assert.Equal("1534", haram.SameTerritoryPredecessor!.Code.Value);
    }

    [Fact]
    public void Alesund2024IsGroupedWith1507ButItsTerritoryChanged()
    {
        var alesund = Succession(2022, 2024, "1508");

        Assert.Equal(TerritoryRelation.ChangedTerritory, alesund.Relation);
        Assert.False(alesund.IsComparable);
        Assert.Equal([("1507", false)], alesund.Predecessors.Select(p => (p.Number.Code.Value, p.Whole)));
    }

    [Fact]
    public void Alesund2020IncludedHaramAndAlesund2024DoesNot()
    {
        Assert.Equal(["1504", "1523", "1529", "1534", "1546"], Succession(2018, 2022, "1507").Predecessors.Select(p => p.Number.Code.Value));
        Assert.Equal(["1504", "1523", "1529", "1546"], Succession(2018, 2024, "1508").Predecessors.Select(p => p.Number.Code.Value));
        Assert.Equal(TerritoryRelation.Merged, Succession(2018, 2024, "1508").Relation);
    }

    [Fact]
    public void Rindal1567Of2018Is5061From2019OnTheSameShape()
    {
        var in2019 = Correspondence.Between(2018, 2019)!;
        Assert.True(in2019.TryGetByLaterShape(MunicipalityCode.Parse("1567"), out var rindal2019));
        Assert.Equal(("5061", TerritoryRelation.SameTerritory, "1567"), (rindal2019.Later.Code.Value, rindal2019.Relation, rindal2019.SameTerritoryPredecessor!.Code.Value));

        var rindal2022 = Succession(2019, 2022, "5061");
        Assert.Equal(TerritoryRelation.SameTerritory, rindal2022.Relation);
        Assert.Equal(("5061", "1567", "Rindal"), (rindal2022.SameTerritoryPredecessor!.Code.Value, rindal2022.SameTerritoryPredecessor.ShapeCode.Value, rindal2022.SameTerritoryPredecessor.Name));
        Assert.Equal("1567", Succession(2018, 2022, "5061").SameTerritoryPredecessor!.Code.Value);
    }

    [Theory]
    [InlineData(2018, 2022)]
    [InlineData(2022, 2024)]
    [InlineData(2018, 2024)]
    [InlineData(2019, 2020)]
    public void EveryEarlierMunicipalityHasASuccessorAndEveryLaterOneASuccession(int earlier, int later)
    {
        var correspondence = Correspondence.Between(earlier, later)!;

        Assert.Equal(correspondence.Later.Numbers.Select(n => n.Code), correspondence.Successions.Select(s => s.Later.Code));
        Assert.All(correspondence.Earlier.Numbers, n => Assert.NotEmpty(correspondence.SuccessorsOf(n.ShapeCode)));
    }

    [Fact]
    public void YearsInTheWrongOrderHaveNoCorrespondence()
    {
        Assert.Null(Correspondence.Between(2024, 2018));
        Assert.Null(Correspondence.Between(2017, 2018));
        Assert.NotNull(Correspondence.Between(2018, 2018));
    }

    private Succession Succession(int earlier, int later, string laterShape)
    {
        Assert.True(Correspondence.Between(earlier, later)!.TryGetByLaterShape(MunicipalityCode.Parse(laterShape), out var succession));
        return succession;
    }
}
