namespace Kommunedigital.Core.Survey;

/// <summary>The printed form and bokmål explanation of each <see cref="SsbSymbol"/>.</summary>
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
    public static string Reason(SsbSymbol symbol) => symbol switch
    {
        SsbSymbol.Missing => "Tall mangler",
        SsbSymbol.NotApplicable => "Tall kan ikke forekomme",
        SsbSymbol.Confidential => "Vises ikke av konfidensialitetshensyn",
        SsbSymbol.Nil => "Null",
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
