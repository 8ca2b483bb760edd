using ClosedXML.Excel;
using Kommunedigital.Core.Resources;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Core.Export;

/// <summary>
/// Writes <see cref="DatasetRow"/>s as an Excel workbook: sheet "Data" (the columns of
/// <see cref="DatasetColumns"/>; kommunenummer and fylkesnummer as text with leading zeros, år as a
/// whole number, scores as numbers shown with one decimal, a missing score empty with its
/// <see cref="ScoreStatus.Code(Score?, ReaderLanguage)"/> in the status column, frozen header row, autofilter) and sheet "Om dataene" (the caller's entries).
/// </summary>
/// <remarks>
/// Every text cell is stored as text, so a name beginning with "=" stays data and never becomes a formula.
/// Column widths are set explicitly: ClosedXML's AdjustToContents needs GDI+, absent on Linux servers.
/// </remarks>
public static class DatasetXlsxWriter
{
    public const string DataSheet = "Data";
    public const string AboutSheet = "Om dataene";

    /// <summary>The data sheet's name in <paramref name="language"/>: "Data" in both.</summary>
    public static string DataSheetIn(ReaderLanguage language) => ReaderText.Get(language, "Xlsx.DataSheet");

    /// <summary>The about sheet's name in <paramref name="language"/>: "Om dataene", "About the data".</summary>
    public static string AboutSheetIn(ReaderLanguage language) => ReaderText.Get(language, "Xlsx.AboutSheet");

    private static readonly double[] DataWidths = [15, 28, 13, 24, 7, 21, 21, 19, 19, 19, 17];
    private static readonly double[] ChangeWidths = [15, 28, 13, 24, 13, 8, 22, 36, 10, 11, 8, 10, 11, 10, 10, 18, 90];

    /// <summary>Writes the workbook to <paramref name="output"/>, which is left open.</summary>
    /// <param name="rows">Rows in the order they are written, e.g. from <see cref="DatasetTable.Build"/>.</param>
    /// <param name="about">Lines for "Om dataene", e.g. from <see cref="AboutEntry.Standard"/>.</param>
    /// <param name="output">Receives the .xlsx bytes.</param>
    /// <param name="language">The language of the sheet names, headers and status words (the rows' names are official names).</param>
    public static void Write(IReadOnlyList<DatasetRow> rows, IEnumerable<AboutEntry> about, Stream output, ReaderLanguage language = ReaderLanguage.Bokmal)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(about);
        ArgumentNullException.ThrowIfNull(output);
        using var workbook = new XLWorkbook();
        WriteData(workbook.AddWorksheet(DataSheetIn(language)), rows, language);
        WriteAbout(workbook.AddWorksheet(AboutSheetIn(language)), about);
        workbook.SaveAs(output);
    }

    /// <summary>
    /// Writes a change view's workbook: sheet "Data" with the columns of <see cref="ChangeColumns"/> (numbers as text
    /// with leading zeros, years and rank as whole numbers, scores and the difference as numbers with one decimal, the
    /// difference signed, a missing one empty with its status beside it), and "Om dataene".
    /// </summary>
    public static void WriteChange(IReadOnlyList<ChangeRow> rows, IEnumerable<AboutEntry> about, Stream output, ReaderLanguage language = ReaderLanguage.Bokmal)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(about);
        ArgumentNullException.ThrowIfNull(output);
        using var workbook = new XLWorkbook();
        WriteChangeData(workbook.AddWorksheet(DataSheetIn(language)), rows, language);
        WriteAbout(workbook.AddWorksheet(AboutSheetIn(language)), about);
        workbook.SaveAs(output);
    }

    private static void WriteChangeData(IXLWorksheet sheet, IReadOnlyList<ChangeRow> rows, ReaderLanguage language)
    {
        var headers = ChangeColumns.For(language);
        for (var c = 0; c < headers.Count; c++)
        {
            SetText(sheet.Cell(1, c + 1), headers[c]);
            sheet.Column(c + 1).Width = ChangeWidths[c];
        }

        sheet.Row(1).Style.Font.Bold = true;
        foreach (var text in new[] { 1, 3, 7, 10, 13 })
        {
            sheet.Column(text).Style.NumberFormat.Format = "@";
        }

        foreach (var whole in new[] { 6, 11, 15 })
        {
            sheet.Column(whole).Style.NumberFormat.Format = "0";
        }

        sheet.Column(9).Style.NumberFormat.Format = "0.0";
        sheet.Column(12).Style.NumberFormat.Format = "0.0";
        sheet.Column(14).Style.NumberFormat.Format = "+0.0;-0.0;0.0";
        var r = 2;
        foreach (var row in rows)
        {
            SetText(sheet.Cell(r, 1), row.Municipality.Value);
            SetText(sheet.Cell(r, 2), row.MunicipalityName);
            SetText(sheet.Cell(r, 3), row.County.Value);
            SetText(sheet.Cell(r, 4), row.CountyName);
            SetText(sheet.Cell(r, 5), DatasetColumns.IndicatorWord(row.Indicator, language));
            sheet.Cell(r, 6).SetValue(row.EarlierYear);
            SetTextUnlessEmpty(sheet.Cell(r, 7), row.EarlierMunicipalities);
            SetTextUnlessEmpty(sheet.Cell(r, 8), row.EarlierNames);
            if (row.EarlierScore?.Value is { } earlier)
            {
                sheet.Cell(r, 9).SetValue(earlier);
            }

            SetTextUnlessEmpty(sheet.Cell(r, 10), row.EarlierStatus);
            sheet.Cell(r, 11).SetValue(row.LaterYear);
            if (row.LaterScore?.Value is { } later)
            {
                sheet.Cell(r, 12).SetValue(later);
            }

            SetTextUnlessEmpty(sheet.Cell(r, 13), row.LaterStatus);
            if (row.Difference is { } difference)
            {
                sheet.Cell(r, 14).SetValue(difference);
            }

            if (row.Rank is { } rank)
            {
                sheet.Cell(r, 15).SetValue(rank);
            }

            SetText(sheet.Cell(r, 16), row.Comparability);
            SetText(sheet.Cell(r, 17), row.Explanation);
            r++;
        }

        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, Math.Max(1, r - 1), headers.Count).SetAutoFilter();
    }

    private static void SetTextUnlessEmpty(IXLCell cell, string text)
    {
        if (text.Length > 0)
        {
            SetText(cell, text);
        }
    }

    private static void WriteData(IXLWorksheet sheet, IReadOnlyList<DatasetRow> rows, ReaderLanguage language)
    {
        var headers = DatasetColumns.For(language);
        for (var c = 0; c < headers.Count; c++)
        {
            SetText(sheet.Cell(1, c + 1), headers[c]);
            sheet.Column(c + 1).Width = DataWidths[c];
        }

        sheet.Row(1).Style.Font.Bold = true;
        sheet.Column(1).Style.NumberFormat.Format = "@";
        sheet.Column(3).Style.NumberFormat.Format = "@";
        sheet.Column(5).Style.NumberFormat.Format = "0";
        for (var i = 0; i < IndicatorText.All.Count; i++)
        {
            sheet.Column(6 + i).Style.NumberFormat.Format = "0.0";
            sheet.Column(9 + i).Style.NumberFormat.Format = "@";
        }

        var r = 2;
        foreach (var row in rows)
        {
            SetText(sheet.Cell(r, 1), row.Municipality.Value);
            SetText(sheet.Cell(r, 2), row.MunicipalityName);
            SetText(sheet.Cell(r, 3), row.County.Value);
            SetText(sheet.Cell(r, 4), row.CountyName);
            sheet.Cell(r, 5).SetValue(row.Year);
            for (var i = 0; i < IndicatorText.All.Count; i++)
            {
                var score = row.ScoreOf(IndicatorText.All[i]);
                if (score?.Value is { } value)
                {
                    sheet.Cell(r, 6 + i).SetValue(value);
                }

                var status = ScoreStatus.Code(score, language);
                if (status.Length > 0)
                {
                    SetText(sheet.Cell(r, 9 + i), status);
                }
            }

            r++;
        }

        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, Math.Max(1, r - 1), headers.Count).SetAutoFilter();
    }

    private static void WriteAbout(IXLWorksheet sheet, IEnumerable<AboutEntry> about)
    {
        sheet.Column(1).Width = 24;
        sheet.Column(2).Width = 100;
        sheet.Column(1).Style.Font.Bold = true;
        sheet.Column(2).Style.Alignment.WrapText = true;
        var r = 1;
        foreach (var entry in about)
        {
            SetText(sheet.Cell(r, 1), entry.Label);
            SetText(sheet.Cell(r, 2), entry.Value);
            r++;
        }
    }

    private static void SetText(IXLCell cell, string text)
    {
        // SetValue<string> stores a string as a shared-string text cell in ClosedXML 0.95 ("=1+2" stays text,
        // "0301" keeps its zero); the tests read both back to hold it to that.
        cell.SetValue(text);
        cell.DataType = XLDataType.Text;
    }
}
