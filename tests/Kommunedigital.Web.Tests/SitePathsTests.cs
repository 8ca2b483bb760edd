using Kommunedigital.Core.Views;
using Kommunedigital.Web.Components;

namespace Kommunedigital.Web.Tests;

public sealed class SitePathsTests
{
    [Theory]
    [InlineData("/", ReaderLanguage.Bokmal)]
    [InlineData("/tabell", ReaderLanguage.Bokmal)]
    [InlineData("/embed", ReaderLanguage.Bokmal)]
    [InlineData("/english", ReaderLanguage.Bokmal)]
    [InlineData("/last-ned/csv", ReaderLanguage.Bokmal)]
    [InlineData("/en", ReaderLanguage.English)]
    [InlineData("/EN", ReaderLanguage.English)]
    [InlineData("/en/", ReaderLanguage.English)]
    [InlineData("/en/table", ReaderLanguage.English)]
    [InlineData("/en/last-ned/png", ReaderLanguage.English)]
    public void TheLanguageIsReadFromThePathAlone(string path, ReaderLanguage expected) =>
        Assert.Equal(expected, SitePaths.LanguageOf(path));

    [Theory]
    [InlineData("/", ReaderLanguage.English, "en?aar=2024")]
    [InlineData("/en", ReaderLanguage.Bokmal, "./?aar=2024")]
    [InlineData("/tabell", ReaderLanguage.English, "en/table?aar=2024")]
    [InlineData("/en/table", ReaderLanguage.Bokmal, "tabell?aar=2024")]
    [InlineData("/embed", ReaderLanguage.English, "en/embed?aar=2024")]
    [InlineData("/en/embed/", ReaderLanguage.Bokmal, "embed?aar=2024")]
    [InlineData("/versjoner", ReaderLanguage.English, "en/versions?aar=2024")]
    [InlineData("/en/versions", ReaderLanguage.Bokmal, "versjoner?aar=2024")]
    [InlineData("/finnes-ikke", ReaderLanguage.English, "en?aar=2024")]
    public void TheSwitchLinksToTheSamePageInTheOtherLanguage(string path, ReaderLanguage to, string expected) =>
        Assert.Equal(expected, SitePaths.Switch(path, to, "?aar=2024"));
}
