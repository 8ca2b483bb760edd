using System.Globalization;
using ClosedXML.Excel;

namespace Kommunedigital.Core.Survey;

/// <summary>
/// Reads every worksheet of an .xlsx workbook into a <see cref="SourceTable"/>. Numbers stay numbers,
/// text stays text, and a formula gives its computed value (or the value Excel cached when ClosedXML
/// cannot compute it).
/// </summary>
internal static class XlsxSourceReader
{
    // Guards against a sheet whose "used range" was stretched by formatting to a million rows.
    private const int MaxColumns = 200;

    /// <exception cref="Exception">Whatever ClosedXML or the ZIP reader throws for a damaged file; the importer turns it into a message.</exception>
    public static IReadOnlyList<SourceTable> Read(Stream content)
    {
        using var workbook = new XLWorkbook(content);
        var tables = new List<SourceTable>();
        foreach (var sheet in workbook.Worksheets)
        {
            var lastRow = sheet.LastRowUsed()?.RowNumber() ?? 0;
            var lastColumn = Math.Min(sheet.LastColumnUsed()?.ColumnNumber() ?? 0, MaxColumns);
            var rows = new List<SourceRow>(lastRow);
            for (var r = 1; r <= lastRow; r++)
            {
                var cells = new SourceCell[lastColumn];
                for (var c = 1; c <= lastColumn; c++)
                {
                    cells[c - 1] = ReadCell(sheet.Cell(r, c));
                }

                rows.Add(new SourceRow(r, cells));
            }

            tables.Add(new SourceTable($"Excel-arbeidsbok, ark «{sheet.Name}»", rows));
        }

        return tables;
    }

    private static SourceCell ReadCell(IXLCell cell)
    {
        object? value;
        if (cell.HasFormula)
        {
            try
            {
                value = cell.Value;
            }
            catch (Exception)
            {
                // ClosedXML 0.95 cannot evaluate every Excel function; Excel stored the last result.
                value = cell.CachedValue;
            }
        }
        else
        {
            value = cell.Value;
        }

        return value switch
        {
            null => SourceCell.Empty,
            double d => new SourceCell(d.ToString("R", CultureInfo.InvariantCulture), d),
            int i => new SourceCell(i.ToString(CultureInfo.InvariantCulture), i),
            decimal m => new SourceCell(m.ToString(CultureInfo.InvariantCulture), (double)m),
            DateTime t => SourceCell.FromText(t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            bool b => SourceCell.FromText(b ? "TRUE" : "FALSE"),
            _ => SourceCell.FromText(Convert.ToString(value, CultureInfo.InvariantCulture)),
        };
    }
}
