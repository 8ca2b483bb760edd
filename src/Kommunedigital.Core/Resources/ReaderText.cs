using System.Globalization;
using System.Resources;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Core.Resources;

/// <summary>
/// Every text Core writes for a reader, in the reader's language: read from <c>ReaderText.resx</c> (bokmål, the
/// neutral resources) and <c>ReaderText.en.resx</c> (English) with an explicit culture, never the thread's. Numbers
/// inside the texts are formatted in <see cref="Culture"/>.
/// </summary>
public static class ReaderText
{
    private static readonly ResourceManager Manager = new("Kommunedigital.Core.Resources.ReaderText", typeof(ReaderText).Assembly);

    // en-GB writes a negative with the hyphen-minus; the UI and drawn exports use U+2212 in both languages, as nb-NO
    // does, so a screen reader says "minus" and a change reads the same way on both pages.
    private static readonly CultureInfo EnglishDisplay = EnglishWithMinusSign();

    /// <summary>
    /// The culture numbers and dates in reader texts are written in: nb-NO (decimal comma, U+2212 minus) or en-GB
    /// (decimal point) with U+2212 as its minus sign. Machine formats (RFC 4180 CSV, JSON) use the invariant culture.
    /// </summary>
    public static CultureInfo Culture(ReaderLanguage language) =>
        language == ReaderLanguage.English ? EnglishDisplay : language.Culture();

    /// <summary>The text of <paramref name="key"/> in <paramref name="language"/>.</summary>
    /// <exception cref="MissingManifestResourceException">No such key (a bug: every key is in the neutral file).</exception>
    public static string Get(ReaderLanguage language, string key) =>
        Manager.GetString(key, language.Culture())
        ?? throw new MissingManifestResourceException($"ReaderText has no text '{key}'.");

    /// <summary>The text of <paramref name="key"/> with its placeholders filled, numbers written in <see cref="Culture"/>.</summary>
    public static string Format(ReaderLanguage language, string key, params object?[] args) =>
        string.Format(Culture(language), Get(language, key), args);

    private static CultureInfo EnglishWithMinusSign()
    {
        var culture = (CultureInfo)ReaderLanguage.English.Culture().Clone();
        culture.NumberFormat.NegativeSign = "\u2212";
        return CultureInfo.ReadOnly(culture);
    }
}
