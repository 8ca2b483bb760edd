namespace Kommunedigital.Core.Survey;

/// <summary>The roles a column can play in a survey table.</summary>
internal enum ColumnRole
{
    None,

    /// <summary>Municipality numbers ("0301", 301, "0301 Oslo", "K-0301").</summary>
    Code,

    /// <summary>Municipality names; may hold "0301 Oslo" and then serves as the code column.</summary>
    Name,

    /// <summary>Four-digit years.</summary>
    Year,

    /// <summary>Long layout: which indicator the row's value belongs to.</summary>
    Indicator,

    /// <summary>Scores: of the indicator and year in the header, or else of the row's indicator and year.</summary>
    Value,

    /// <summary>SSB symbols for a value column.</summary>
    Status,
}
