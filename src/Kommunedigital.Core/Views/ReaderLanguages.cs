using System.Globalization;

namespace Kommunedigital.Core.Views;

/// <summary>What follows from a <see cref="ReaderLanguage"/>: its culture and its HTML language tag (the Web's SitePaths owns the paths).</summary>
public static class ReaderLanguages
{
    private static readonly CultureInfo BokmalCulture = CultureInfo.GetCultureInfo("nb-NO");
    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Every language, the default first.</summary>
    public static IReadOnlyList<ReaderLanguage> All { get; } = [ReaderLanguage.Bokmal, ReaderLanguage.English];

    /// <summary>The culture numbers, dates and resource texts are formatted in: nb-NO or en-GB.</summary>
    public static CultureInfo Culture(this ReaderLanguage language) =>
        language == ReaderLanguage.English ? EnglishCulture : BokmalCulture;

    /// <summary>The value of the document's <c>lang</c> attribute: "nb" or "en".</summary>
    public static string HtmlTag(this ReaderLanguage language) => language == ReaderLanguage.English ? "en" : "nb";
}
