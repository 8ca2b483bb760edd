using System.Resources;
using Kommunedigital.Core.Export;
using Kommunedigital.Core.Resources;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Core.Tests.Resources;

public class ReaderTextTests
{
    /// <summary>
    /// Every folder of reader texts, checked key by key in both languages. A project that adds resources adds its
    /// folder here (the Web's pages: "src/Kommunedigital.Web/Resources").
    /// </summary>
    [Theory]
    [InlineData("src/Kommunedigital.Core/Resources")]
    public void EveryResourceKeyHasATextInBokmalAndInEnglish(string folder)
    {
        Assert.Empty(ResxKeyCoverage.Problems(Path.Combine(TestPaths.RepoRoot, folder), "en"));
    }

    [Fact]
    public void TheCoverageCheckNamesAKeyMissingInEitherLanguageAndAnEmptyOrMismatchedText()
    {
        var folder = Directory.CreateTempSubdirectory("resx-coverage-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "Texts.resx"), Resx(("Title", "Tittel"), ("Count", "{0} kommuner"), ("Only.Neutral", "Bare bokmål"), ("Blank", "Tom")));
            File.WriteAllText(Path.Combine(folder, "Texts.en.resx"), Resx(("Title", "Title"), ("Count", "municipalities"), ("Blank", " "), ("Only.English", "English only")));

            Assert.Equal(
                [
                    "Texts.en.resx: 'Count' has other placeholders than Texts.resx",
                    "Texts.en.resx: no 'Only.Neutral'",
                    "Texts.en.resx: 'Blank' is empty",
                    "Texts.en.resx: 'Only.English' is not in Texts.resx",
                ],
                ResxKeyCoverage.Problems(folder, "en"));

            File.Delete(Path.Combine(folder, "Texts.en.resx"));
            Assert.Equal(["Texts.en.resx: missing"], ResxKeyCoverage.Problems(folder, "en"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void TextsAreReadInTheLanguageAskedForNotTheThreadCulture()
    {
        Assert.Equal("Digital prioritering", ReaderText.Get(ReaderLanguage.Bokmal, "Indicator.Prioritering"));
        Assert.Equal("Digital priority", ReaderText.Get(ReaderLanguage.English, "Indicator.Prioritering"));
        Assert.Throws<MissingManifestResourceException>(() => ReaderText.Get(ReaderLanguage.English, "No.Such.Key"));
    }

    [Fact]
    public void IndicatorsAreNamedAsTheDesignCardNamesThem()
    {
        Assert.Equal(
            ["Digital priority", "Digital competence", "Digital activity"],
            IndicatorText.All.Select(i => IndicatorText.Label(i, ReaderLanguage.English)));
        Assert.Equal(
            ["Digital prioritering", "Digital kompetanse", "Digital aktivitet"],
            IndicatorText.All.Select(i => IndicatorText.Label(i, ReaderLanguage.Bokmal)));
    }

    [Fact]
    public void SsbSymbolsCarrySsbsOwnEnglishWording()
    {
        Assert.Equal(
            ["Data not available", "Category not applicable", "Not for publication", "Nil"],
            new[] { SsbSymbol.Missing, SsbSymbol.NotApplicable, SsbSymbol.Confidential, SsbSymbol.Nil }.Select(s => SsbSymbolText.Reason(s, ReaderLanguage.English)));
        Assert.Equal("Tall mangler", SsbSymbolText.Reason(SsbSymbol.Missing));
    }

    [Fact]
    public void NumbersHaveADecimalPointInEnglishAndACommaInBokmal()
    {
        Assert.Equal("58.3", ScoreText.Format(58.25, ReaderLanguage.English));
        Assert.Equal("58,3", ScoreText.Format(58.25, ReaderLanguage.Bokmal));
        Assert.Equal("40.0–52.3", ScoreText.Range(40, 52.3, ReaderLanguage.English));
        Assert.Equal("+7.2", ChangeComparison.Signed(7.2m, ReaderLanguage.English));
        Assert.Equal("\u22123.1", ChangeComparison.Signed(-3.1m, ReaderLanguage.English));
        Assert.Equal("\u22124.5 – +1.5", ChangeComparison.SignedRange(-4.5, 1.5, ReaderLanguage.English));
        Assert.Equal("1 municipality", CountText.Municipalities(1, ReaderLanguage.English));
        Assert.Equal("356 municipalities", CountText.Municipalities(356, ReaderLanguage.English));
        Assert.Equal("no. 12 of 356", CountText.Rank(12, 356, ReaderLanguage.English));
    }

    [Fact]
    public void TheBokmalColumnNamesInTheResourcesAreThePublishedOnes()
    {
        Assert.Equal(DatasetColumns.All, DatasetColumns.Read(ReaderLanguage.Bokmal));
        Assert.Equal(ChangeColumns.All, ChangeColumns.Read(ReaderLanguage.Bokmal));
        Assert.Same(DatasetColumns.All, DatasetColumns.For(ReaderLanguage.Bokmal));
    }

    private static string Resx(params (string Key, string Value)[] entries) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<root>\n" +
        string.Concat(entries.Select(e => $"  <data name=\"{e.Key}\" xml:space=\"preserve\"><value>{e.Value}</value></data>\n")) +
        "</root>\n";
}
