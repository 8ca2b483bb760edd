using System.Globalization;

namespace Kommunedigital.Core.Survey;

/// <summary>
/// One fault in a row the importer skipped. Text is bokmål, written for the SSB publisher who runs <c>check</c>.
/// </summary>
/// <param name="Row">The row number as a spreadsheet or text editor shows it (1-based, title rows included); for JSON-stat the observation number.</param>
/// <param name="Column">The header of the offending column on one line, or null when the fault is the row as a whole.</param>
/// <param name="Reason">What is wrong, the same text for every row with this fault: the report groups by it.</param>
/// <param name="Detail">This row's value or circumstance ("«mye»", "9999 i 2020-inndelingen").</param>
public sealed record ImportProblem(int Row, string? Column, string Reason, string Detail)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"rad {Row}{(Column is null ? string.Empty : $", kolonne «{Column}»")}: {Reason}: {Detail}");
}
