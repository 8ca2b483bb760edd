namespace Kommunedigital.Core.Views;

/// <summary>
/// The language a reader sees the map, the table, the embed and the downloads in. Bokmål is the default; English
/// pages live under <c>/en</c> (the language is in the path, never guessed from Accept-Language, so a shared link
/// opens as it was sent).
/// </summary>
public enum ReaderLanguage
{
    /// <summary>Norwegian bokmål (nb-NO): decimal comma; the default.</summary>
    Bokmal,

    /// <summary>English (en-GB, as ssb.no/en): decimal point.</summary>
    English,
}
