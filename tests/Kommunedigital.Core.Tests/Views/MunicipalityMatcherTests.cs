using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Tests.Boundaries;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Core.Tests.Views;

/// <summary>The "Finn kommune" search against the real 2024 and 2018 structures.</summary>
public class MunicipalityMatcherTests
{
    private static BoundarySet Structure(int year) => RealBoundaries.Catalog.ForYear(year)!;

    private IEnumerable<(string Code, string Name)> Find(string text, int year = 2024) =>
        MunicipalityMatcher.Find(Structure(year), text).Select(m => (m.Code.Value, m.Name));

    [Fact]
    public void BergFindsBergenFirst()
    {
        Assert.Equal(("4601", "Bergen"), Find("berg").First());
    }

    [Fact]
    public void ANameMatchesAnywhereWithNamesThatStartWithTheTextFirst()
    {
        var names = Find("berg").Select(m => m.Name).ToList();
        // The oracle: a plain case-insensitive substring test over the structure's names (all ASCII here).
        var expected = Structure(2024).Municipalities.Where(m => m.Name.Contains("berg", StringComparison.OrdinalIgnoreCase)).ToList();

        Assert.Equal(Math.Min(expected.Count, MunicipalityMatcher.DefaultLimit), names.Count);
        Assert.All(names, n => Assert.Contains("berg", n, StringComparison.OrdinalIgnoreCase));
        var firstOther = names.FindIndex(n => !n.StartsWith("Berg", StringComparison.OrdinalIgnoreCase));
        Assert.True(firstOther < 0 || names.Skip(firstOther).All(n => !n.StartsWith("Berg", StringComparison.OrdinalIgnoreCase)));
    }

    [Theory]
    [InlineData("4601", "4601")]
    [InlineData("0301", "0301")]
    [InlineData("301", "0301")]
    public void AFullNumberFindsItsMunicipality(string text, string code)
    {
        Assert.Equal(code, Assert.Single(Find(text)).Code);
    }

    [Fact]
    public void ANumberPrefixFindsTheCountysMunicipalitiesInCodeOrder()
    {
        var codes = Find("46").Select(m => m.Code).ToList();

        Assert.Equal(10, codes.Count);
        Assert.Equal(["4601", "4602", "4611", "4612", "4613"], codes.Take(5));
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
    }

    [Fact]
    public void TheNorwegianLettersAreLettersOfTheirOwn()
    {
        Assert.Equal(("3201", "Bærum"), Assert.Single(Find("bærum")));
        Assert.Equal(("5501", "Tromsø"), Assert.Single(Find("TROMSØ")));
        Assert.Empty(Find("baerum"));
    }

    [Fact]
    public void ANameIsSearchedInTheYearsOwnStructure()
    {
        Assert.Equal(("0219", "Bærum"), Assert.Single(Find("bærum", 2018)));
        Assert.Equal(("1201", "Bergen"), Find("bergen", 2018).First());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void BlankTextFindsNothing(string? text)
    {
        Assert.Empty(MunicipalityMatcher.Find(Structure(2024), text));
    }

    [Fact]
    public void TextThatIsNoNameFindsNothing()
    {
        Assert.Empty(Find("xyzzy"));
    }
}
