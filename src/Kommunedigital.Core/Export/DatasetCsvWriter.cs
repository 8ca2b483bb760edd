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
/// <see cref="ScoreStatus.Code"/> in the status column: the SSB symbol, "ikke med i datasettet" without a record,
/// and empty for an empty source cell (nil is 0 with status "-"). Kommunenummer keeps its leading zero.
/// </summary>
/// <remarks>
/// Spreadsheet formula injection (OWASP "CSV Injection"): a name beginning with = + - @, tab or CR is
/// prefixed with a single quote so Excel shows it as text. Only free text (names) is touched; numbers,
/// codes and the fixed status symbols ("-" is SSB's nil) are written as they are.
/// </remarks>
public static class DatasetCsvWriter
{
    /// <summary>Writes the rows to <paramref name="output"/>, which is left open.</summary>
    public static void Write(IEnumerable<DatasetRow> rows, Stream output, DatasetCsvFormat format = DatasetCsvFormat.Excel)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(output);
        var excel = format == DatasetCsvFormat.Excel;
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: excel);
        var culture = excel ? CultureInfo.GetCultureInfo("nb-NO") : CultureInfo.InvariantCulture;
        var configuration = new CsvConfiguration(culture)
        {
            Delimiter = excel ? ";" : ",",
            NewLine = "\r\n",
            HasHeaderRecord = false,
            InjectionOptions = InjectionOptions.None,
        };

        using var writer = new StreamWriter(output, encoding, bufferSize: 65536, leaveOpen: true);
        using var csv = new CsvWriter(writer, configuration);
        foreach (var header in DatasetColumns.All)
        {
            csv.WriteField(header);
        }

        csv.NextRecord();
        foreach (var row in rows)
        {
            csv.WriteField(row.Municipality.Value);
            csv.WriteField(Neutralise(row.MunicipalityName));
            csv.WriteField(row.County.Value);
            csv.WriteField(Neutralise(row.CountyName));
            csv.WriteField(row.Year.ToString(CultureInfo.InvariantCulture));
            foreach (var indicator in IndicatorText.All)
            {
                csv.WriteField(FormatScore(row.ScoreOf(indicator), excel));
            }

            foreach (var indicator in IndicatorText.All)
            {
                csv.WriteField(ScoreStatus.Code(row.ScoreOf(indicator)));
            }

            csv.NextRecord();
        }

        csv.Flush();
    }

    /// <summary>OWASP's neutralisation: a leading single quote before = + - @ tab CR.</summary>
    public static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

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
