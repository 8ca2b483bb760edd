namespace Kommunedigital.Core.Survey;

/// <summary>
/// Why a cell could not be used: a <paramref name="Reason"/> shared by every row with the same fault (the report
/// groups by it) and a <paramref name="Detail"/> naming this cell's value. Both bokmål.
/// </summary>
internal readonly record struct CellProblem(string Reason, string Detail);
