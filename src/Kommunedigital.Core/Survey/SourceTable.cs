namespace Kommunedigital.Core.Survey;

/// <summary>
/// A grid of cells read from a CSV file, one worksheet or a JSON-stat dataset, before any column is understood.
/// The first rows are held in <see cref="Head"/> for finding the header; <see cref="ReadAll"/> streams every row,
/// so a large CSV file is never held as rows all at once.
/// </summary>
internal sealed class SourceTable
{
    private readonly Func<IEnumerable<SourceRow>> _all;

    /// <param name="description">How the grid was read, for the report: "CSV (UTF-8, semikolonseparert)".</param>
    /// <param name="head">The first rows, in file order, blank ones kept.</param>
    /// <param name="all">Every row from the first, in file order; may be called more than once.</param>
    /// <param name="truncation">Why the last line looks cut off, or null.</param>
    public SourceTable(string description, IReadOnlyList<SourceRow> head, Func<IEnumerable<SourceRow>> all, string? truncation = null)
    {
        Description = description;
        Head = head;
        _all = all;
        Truncation = truncation;
    }

    /// <summary>A table held in memory whole (a worksheet, a JSON-stat dataset).</summary>
    public SourceTable(string description, IReadOnlyList<SourceRow> rows)
        : this(description, rows, () => rows)
    {
    }

    public string Description { get; }

    /// <summary>The first rows (at least the header search and its sample, or all when fewer).</summary>
    public IReadOnlyList<SourceRow> Head { get; }

    /// <summary>Why the file's last line looks cut off (no line end, inside a number or quoted field), or null.</summary>
    public string? Truncation { get; }

    public IEnumerable<SourceRow> ReadAll() => _all();
}

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
