using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Core.Export;

/// <summary>
/// Writes <see cref="DatasetRow"/>s as CSV with the columns of <see cref="DatasetColumns"/>, CRLF line ends.
/// Scores have one decimal, rounded by <see cref="ScoreText"/>; a missing score is an empty cell with its
/// <see cref="ScoreStatus.Code(Score?, ReaderLanguage)"/> in the status column: the SSB symbol, "ikke med i datasettet" without a record,
/// and empty for an empty source cell (nil is 0 with status "-"). Kommunenummer keeps its leading zero.
/// </summary>
/// <remarks>
/// <para>In English the headers are <see cref="DatasetColumns.For"/>'s English ones and "not in the dataset" is the status
/// without a record. The default dialect stays "excel" in both languages, and means what Excel in the reader's own
/// locale opens by a double click: a Norwegian Excel lists with ';' and a decimal comma, an English (en-GB/en-US)
/// Excel with ',' and a decimal point, so the English "excel" file is RFC 4180's ',' and '.' with the UTF-8 byte-order
/// mark (without it Excel shows "Tromsø" and the Sámi names garbled). "rfc4180" is the same without the mark, in both
/// languages.</para>
/// Spreadsheet formula injection (OWASP "CSV Injection"): a name beginning with = + - @, tab or CR is
/// prefixed with a single quote so Excel shows it as text. Only free text (names) is touched; numbers,
/// codes and the fixed status symbols ("-" is SSB's nil) are written as they are.
/// </remarks>
public static class DatasetCsvWriter
{
    /// <summary>Writes the rows to <paramref name="output"/>, which is left open.</summary>
    public static void Write(IEnumerable<DatasetRow> rows, Stream output, DatasetCsvFormat format = DatasetCsvFormat.Excel, ReaderLanguage language = ReaderLanguage.Bokmal)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(output);
        var decimalComma = DecimalComma(format, language);
        using var csv = Open(output, format, language, DatasetColumns.For(language));
        foreach (var row in rows)
        {
            csv.WriteField(row.Municipality.Value);
            csv.WriteField(Neutralise(row.MunicipalityName));
            csv.WriteField(row.County.Value);
            csv.WriteField(Neutralise(row.CountyName));
            csv.WriteField(row.Year.ToString(CultureInfo.InvariantCulture));
            foreach (var indicator in IndicatorText.All)
            {
                csv.WriteField(FormatScore(row.ScoreOf(indicator), decimalComma));
            }

            foreach (var indicator in IndicatorText.All)
            {
                csv.WriteField(ScoreStatus.Code(row.ScoreOf(indicator), language));
            }

            csv.NextRecord();
        }

        csv.Flush();
    }

    /// <summary>
    /// Writes a change view's rows with the columns of <see cref="ChangeColumns"/>, in the same dialect, quoting and
    /// neutralisation as <see cref="Write"/>: scores and the difference with one decimal (a fall with '-', which Excel
    /// parses), a missing one empty with its status beside it; names and explanations neutralised.
    /// </summary>
    public static void WriteChange(IEnumerable<ChangeRow> rows, Stream output, DatasetCsvFormat format = DatasetCsvFormat.Excel, ReaderLanguage language = ReaderLanguage.Bokmal)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(output);
        var excel = DecimalComma(format, language);
        using var csv = Open(output, format, language, ChangeColumns.For(language));
        foreach (var row in rows)
        {
            csv.WriteField(row.Municipality.Value);
            csv.WriteField(Neutralise(row.MunicipalityName));
            csv.WriteField(row.County.Value);
            csv.WriteField(Neutralise(row.CountyName));
            csv.WriteField(DatasetColumns.IndicatorWord(row.Indicator, language));
            csv.WriteField(row.EarlierYear.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(row.EarlierMunicipalities);
            csv.WriteField(Neutralise(row.EarlierNames));
            csv.WriteField(FormatScore(row.EarlierScore, excel));
            csv.WriteField(row.EarlierStatus);
            csv.WriteField(row.LaterYear.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(FormatScore(row.LaterScore, excel));
            csv.WriteField(row.LaterStatus);
            csv.WriteField(FormatDifference(row.Difference, excel));
            csv.WriteField(row.Rank?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
            csv.WriteField(row.Comparability);
            csv.WriteField(Neutralise(row.Explanation));
            csv.NextRecord();
        }

        csv.Flush();
    }

    /// <summary>"7.2", "-3.1", "0.0" (excel: "7,2", "-3,1"); empty for no difference.</summary>
    internal static string FormatDifference(decimal? difference, bool decimalComma)
    {
        if (difference is not { } d)
        {
            return string.Empty;
        }

        var text = d.ToString("0.0", CultureInfo.InvariantCulture);
        return decimalComma ? text.Replace('.', ',') : text;
    }

    /// <summary>OWASP's neutralisation: a leading single quote before = + - @ tab CR.</summary>
    public static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    /// <summary>True for the one dialect with a decimal comma: bokmål "excel".</summary>
    internal static bool DecimalComma(DatasetCsvFormat format, ReaderLanguage language) =>
        format == DatasetCsvFormat.Excel && language == ReaderLanguage.Bokmal;

    // Both files' dialect: Excel's in the reader's locale (BOM; bokmål ';' and decimal comma, English ',' and '.') or RFC
    // 4180's (',', '.'), CRLF, our own header row and our own neutralisation instead of CsvHelper's. Disposing the
    // CsvWriter flushes and leaves the stream open.
    private static CsvWriter Open(Stream output, DatasetCsvFormat format, ReaderLanguage language, IReadOnlyList<string> headers)
    {
        var excel = format == DatasetCsvFormat.Excel;
        var decimalComma = DecimalComma(format, language);
        var configuration = new CsvConfiguration(decimalComma ? CultureInfo.GetCultureInfo("nb-NO") : CultureInfo.InvariantCulture)
        {
            Delimiter = decimalComma ? ";" : ",",
            NewLine = "\r\n",
            HasHeaderRecord = false,
            InjectionOptions = InjectionOptions.None,
        };
        var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: excel), bufferSize: 65536, leaveOpen: true);
        var csv = new CsvWriter(writer, configuration);
        foreach (var header in headers)
        {
            csv.WriteField(header);
        }

        csv.NextRecord();
        return csv;
    }

    private static string FormatScore(Score? score, bool decimalComma)
    {
        if (score?.Value is not { } value)
        {
            return string.Empty;
        }

        // Invariant then swap: nb-NO's own format would write a negative with U+2212, which Excel does not parse.
        var text = ScoreText.Invariant(value);
        return decimalComma ? text.Replace('.', ',') : text;
    }
}
