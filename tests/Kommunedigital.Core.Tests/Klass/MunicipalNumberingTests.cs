using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Klass;
using Kommunedigital.Core.Tests.Boundaries;

namespace Kommunedigital.Core.Tests.Klass;

public sealed class MunicipalNumberingTests(RealBoundaryCatalogFixture fixture) : IClassFixture<RealBoundaryCatalogFixture>
{
    private static KlassTables Klass => RealKlass.Tables;

    private MunicipalNumbering Numbering => RealKlass.Numbering(fixture);

    [Theory]
    [InlineData("2018", 422)]
    [InlineData("2020", 356)]
    [InlineData("2024", 357)]
    public void EveryNumberOfEachStructureIsKnownToKlass(string setId, int count)
    {
        var set = fixture.Set(setId);

        Assert.Equal(count, set.Municipalities.Count);
        Assert.All(set.Municipalities, m => Assert.True(Klass.TryGetHarmonised(m.Code, out _), $"{m.Code} {m.Name} is not in KLASS"));
    }

    [Theory]
    [InlineData(2018, "2018", 422)]
    [InlineData(2019, "2018", 422)]
    [InlineData(2020, "2020", 356)]
    [InlineData(2021, "2020", 356)]
    [InlineData(2023, "2020", 356)]
    [InlineData(2024, "2024", 357)]
    [InlineData(2026, "2024", 357)]
    public void EachYearHasOneValidNumberPerShapeOfTheSetItIsDrawnOn(int year, string setId, int count)
    {
        var numbering = Numbering.ForYear(year)!;

        Assert.Equal(year, numbering.Year);
        Assert.Equal(setId, numbering.Boundaries.Id);
        Assert.Equal(count, numbering.Numbers.Count);
        Assert.Equal(
            fixture.Set(setId).Municipalities.Select(m => m.Code).Order(),
            numbering.Numbers.Select(n => n.ShapeCode).Order());
    }

    [Fact]
    public void NoNumberingExistsBeforeTheOldestBoundarySet()
    {
        Assert.Null(Numbering.ForYear(2017));
    }

    [Fact]
    public void In2019RindalIs5061DrawnOnThe2018Shape1567()
    {
        var year2019 = Numbering.ForYear(2019)!;

        Assert.True(year2019.TryGet(MunicipalityCode.Parse("5061"), out var rindal));
        Assert.Equal(new ValidNumber(MunicipalityCode.Parse("5061"), MunicipalityCode.Parse("1567"), "Rindal"), rindal);
        Assert.False(year2019.TryGet(MunicipalityCode.Parse("1567"), out _));
        Assert.True(year2019.TryGetByShape(MunicipalityCode.Parse("1567"), out var byShape));
        Assert.Equal(rindal, byShape);
        Assert.Equal([MunicipalityCode.Parse("1567")], year2019.Replaced.Keys);
        Assert.Equal("5061", year2019.Replaced[MunicipalityCode.Parse("1567")].Code.Value);
    }

    [Fact]
    public void In2018RindalIs1567AndNo5061Exists()
    {
        var year2018 = Numbering.ForYear(2018)!;

        Assert.True(year2018.TryGet(MunicipalityCode.Parse("1567"), out var rindal));
        Assert.Equal(new ValidNumber(MunicipalityCode.Parse("1567"), MunicipalityCode.Parse("1567"), "Rindal"), rindal);
        Assert.False(year2018.TryGet(MunicipalityCode.Parse("5061"), out _));
        Assert.Empty(year2018.Replaced);
    }

    [Fact]
    public void In2020Rindal5061IsItsOwnShape()
    {
        Assert.True(Numbering.ForYear(2020)!.TryGet(MunicipalityCode.Parse("5061"), out var rindal));
        Assert.Equal("5061", rindal.ShapeCode.Value);
    }

    [Theory]
    [InlineData(2018, "1942", "Nordreisa")]
    [InlineData(2019, "1942", "Nordreisa - Ráisa - Raisi")]
    [InlineData(2018, "2004", "Hammerfest")]
    [InlineData(2019, "2004", "Hammerfest - Hámmerfeasta")]
    [InlineData(2018, "5005", "Namsos")]
    [InlineData(2019, "5005", "Namsos - Nåavmesjenjaelmie")]
    [InlineData(2019, "1826", "Hattfjelldal")]
    [InlineData(2020, "1826", "Aarborte - Hattfjelldal")]
    [InlineData(2022, "5401", "Tromsø")]
    [InlineData(2022, "3018", "Våler (Viken)")]
    [InlineData(2024, "5501", "Tromsø")]
    [InlineData(2024, "1580", "Haram")]
    public void EachNumberCarriesTheNameValidThatYear(int year, string code, string name)
    {
        Assert.True(Numbering.ForYear(year)!.TryGet(MunicipalityCode.Parse(code), out var number));
        Assert.Equal(name, number.Name);
    }

    [Fact]
    public void KlassGroupsElevenOfThe2018NumbersAsSplit()
    {
        var split = fixture.Set("2018").Municipalities
            .Where(m => Klass.TryGetHarmonised(m.Code, out var h) && h.IsSplit)
            .Select(m => m.Code.Value)
            .ToArray();

        Assert.Equal(["1571", "1805", "1849", "1850", "1854", "5011", "5012", "5013", "5016", "5023", "5024"], split);
    }
}
