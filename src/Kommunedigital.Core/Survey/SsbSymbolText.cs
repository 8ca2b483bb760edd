using Kommunedigital.Core.Resources;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Core.Survey;

/// <summary>The printed form and SSB's own explanation of each <see cref="SsbSymbol"/>, in bokmål or English.</summary>
public static class SsbSymbolText
{
    /// <summary>"..", ".", ":" or "-".</summary>
    public static string Symbol(SsbSymbol symbol) => symbol switch
    {
        SsbSymbol.Missing => "..",
        SsbSymbol.NotApplicable => ".",
        SsbSymbol.Confidential => ":",
        SsbSymbol.Nil => "-",
        _ => throw new ArgumentOutOfRangeException(nameof(symbol)),
    };

    /// <summary>SSB's bokmål wording of each symbol ("Standardtegn i tabeller"), shown beside "Mangler data".</summary>
    public static string Reason(SsbSymbol symbol) => Reason(symbol, ReaderLanguage.Bokmal);

    /// <summary>
    /// SSB's wording in <paramref name="language"/>. English follows SSB's "Explanation of symbols in tables" as its
    /// English publications print it (Statistical Yearbook of Norway, ssb.no/en): ".." Data not available, "."
    /// Category not applicable, ":" Not for publication, "-" Nil. (No stored copy of that page was found in this
    /// project's reference corpus; the wording is SSB's long-standing table key.)
    /// </summary>
    public static string Reason(SsbSymbol symbol, ReaderLanguage language) => symbol switch
    {
        SsbSymbol.Missing => ReaderText.Get(language, "Symbol.Missing"),
        SsbSymbol.NotApplicable => ReaderText.Get(language, "Symbol.NotApplicable"),
        SsbSymbol.Confidential => ReaderText.Get(language, "Symbol.Confidential"),
        SsbSymbol.Nil => ReaderText.Get(language, "Symbol.Nil"),
        _ => throw new ArgumentOutOfRangeException(nameof(symbol)),
    };

    /// <summary>Recognises exactly "..", ".", ":" and "-" (surrounding white space allowed).</summary>
    public static bool TryParse(string? text, out SsbSymbol symbol)
    {
        switch (text?.Trim())
        {
            case "..": symbol = SsbSymbol.Missing; return true;
            case ".": symbol = SsbSymbol.NotApplicable; return true;
            case ":": symbol = SsbSymbol.Confidential; return true;
            case "-": symbol = SsbSymbol.Nil; return true;
            default: symbol = default; return false;
        }
    }
}
