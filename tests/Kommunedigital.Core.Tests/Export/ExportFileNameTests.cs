using Kommunedigital.Core.Classification;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Export;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Views;
using static Kommunedigital.Core.Tests.Views.TestSnapshot;

namespace Kommunedigital.Core.Tests.Export;

public class ExportFileNameTests
{
    private static readonly DataSnapshot Data = Create();

    private static ChoroplethModel Model(Indicator indicator, int year, string? county) =>
        ChoroplethModelBuilder.Build(Data, new MapView(indicator, year, county is null ? null : C(county), null, ClassificationMethod.Quantile, null));

    [Fact]
    public void NamesIndicatorYearAndCounty()
    {
        Assert.Equal("digitalisering-kompetanse-2022-vestland.csv", ExportFileName.For(Model(Indicator.Kompetanse, 2022, "46"), "csv"));
    }

    [Fact]
    public void SaysHeleLandetWithoutACountyAndAcceptsADottedExtension()
    {
        Assert.Equal("digitalisering-prioritering-2024-hele-landet.png", ExportFileName.For(Model(Indicator.Prioritering, 2024, null), ".PNG"));
    }

    [Fact]
    public void NorwegianLettersBecomeAscii()
    {
        Assert.Equal("digitalisering-aktivitet-2024-more-og-romsdal.geojson", ExportFileName.For(Model(Indicator.Aktivitet, 2024, "15"), "geojson"));
    }

    [Theory]
    [InlineData("Møre og Romsdal", "more-og-romsdal")]
    [InlineData("Bærum", "baerum")]
    [InlineData("Ålesund", "alesund")]
    [InlineData("Troms – Romsa – Tromssa", "troms-romsa-tromssa")]
    [InlineData("Guovdageaidnu - Kautokeino", "guovdageaidnu-kautokeino")]
    [InlineData("Kárášjohka", "karasjohka")]
    [InlineData("Unjárga – Nesseby", "unjarga-nesseby")]
    [InlineData("  Hele   landet!  ", "hele-landet")]
    [InlineData("Deatnu ŋ đ ŧ", "deatnu-n-d-t")]
    public void SlugsAreLowerCaseAsciiWithSingleDashes(string text, string slug)
    {
        Assert.Equal(slug, ExportFileName.Slug(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("csv/../x")]
    [InlineData("p ng")]
    public void RejectsExtensionsThatAreNotPlainLettersAndDigits(string extension)
    {
        Assert.Throws<ArgumentException>(() => ExportFileName.For(Model(Indicator.Kompetanse, 2022, null), extension));
    }
}
