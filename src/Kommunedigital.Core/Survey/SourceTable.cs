namespace Kommunedigital.Core.Survey;

/// <summary>
/// A grid of cells read from a CSV file or one worksheet, before any column is understood.
/// </summary>
/// <param name="Description">How the grid was read, for the report: "CSV (UTF-8, ';')", "Excel workbook, sheet 'Data'".</param>
/// <param name="Rows">Rows in file order; blank lines are kept so row numbers match what the user sees.</param>
internal sealed record SourceTable(string Description, IReadOnlyList<SourceRow> Rows);

/// <param name="Number">The row number as a spreadsheet or text editor shows it (1-based).</param>
/// <param name="Cells">Cells left to right; the list may be shorter than the header.</param>
internal sealed record SourceRow(int Number, IReadOnlyList<SourceCell> Cells)
{
    public SourceCell this[int column] => column < Cells.Count ? Cells[column] : SourceCell.Empty;

    public bool IsBlank => Cells.All(c => c.IsEmpty);

    public int NonEmptyCount => Cells.Count(c => !c.IsEmpty);
}

/// <summary>
/// One cell: its text as shown, and the number when a spreadsheet stored a number (so 301 stays 301
/// and 55.25 is not re-parsed through a culture).
/// </summary>
internal sealed record SourceCell(string Text, double? Number)
{
    public static SourceCell Empty { get; } = new(string.Empty, null);

    public bool IsEmpty => Number is null && string.IsNullOrWhiteSpace(Text);

    public static SourceCell FromText(string? text) => string.IsNullOrEmpty(text) ? Empty : new SourceCell(text, null);
}
