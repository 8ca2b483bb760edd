namespace Kommunedigital.Core.Survey;

/// <summary>
/// SSB's standard symbols that stand in a table cell instead of (or beside) a number.
/// See SSB's "Standardtegn i tabeller".
/// </summary>
public enum SsbSymbol
{
    /// <summary>".." — figures not available (e.g. the municipality did not answer).</summary>
    Missing,

    /// <summary>"." — category not applicable; a value cannot occur.</summary>
    NotApplicable,

    /// <summary>":" — withheld to protect confidentiality.</summary>
    Confidential,

    /// <summary>"-" — nil: the value is exactly zero.</summary>
    Nil,
}
