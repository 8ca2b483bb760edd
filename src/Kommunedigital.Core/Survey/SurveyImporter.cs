using System.Globalization;
using System.Text.RegularExpressions;
using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Data;

namespace Kommunedigital.Core.Survey;

/// <summary>
/// Imports an SSB/Digdir survey download (.xlsx or CSV, wide or long layout) into a
/// <see cref="SurveyDataset"/> and reports every problem with file, row and column.
/// </summary>
/// <remarks>
/// <para>Guarantees: the format is decided by the bytes, never the file name; municipality numbers become
/// four-digit text ("301", 301, "0301 Oslo", "K-0301" all give "0301") checked against the structure of
/// the row's year; SSB's "..", "." and ":" become missing scores that keep the symbol, "-" becomes 0 with
/// the nil symbol, and an empty score cell counts as ".." — a missing score is never 0.</para>
/// <para>A row with any problem is skipped whole and listed; the rest import. The file is rejected whole
/// (<see cref="ImportResult.Dataset"/> null) when it cannot be read as a table, has no data rows, lacks a
/// required column, or when every data row was skipped. No exception escapes: library errors become the
/// rejection message. Messages are English: they are read by the publisher running <c>check</c>.</para>
/// </remarks>
public sealed partial class SurveyImporter
{
    /// <summary>Larger files are rejected unread: a real download is well under a megabyte.</summary>
    public const int MaxFileBytes = 50 * 1024 * 1024;

    // Title rows above the header: SSB puts two or three; allow generous room without scanning a whole file.
    private const int HeaderSearchRows = 50;

    private readonly double _minimum;
    private readonly double _maximum;

    /// <summary>An importer with the default score range 0-100.</summary>
    public SurveyImporter()
        : this(new DataOptions())
    {
    }

    /// <param name="options">Supplies <see cref="DataOptions.ScoreMinimum"/> and <see cref="DataOptions.ScoreMaximum"/>.</param>
    public SurveyImporter(DataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _minimum = options.ScoreMinimum;
        _maximum = options.ScoreMaximum;
    }

    /// <summary>Imports the file at <paramref name="path"/>; a missing or unreadable file is a rejection, not an exception.</summary>
    /// <param name="path">An .xlsx or CSV file.</param>
    /// <param name="boundaries">The structures each row's year is checked against.</param>
    /// <param name="isSample">True for the generated sample data: the dataset is named "sample" and flagged.</param>
    public ImportResult ImportFile(string path, BoundaryCatalog boundaries, bool isSample = false)
    {
        var fileName = Path.GetFileName(path);
        try
        {
            using var stream = File.OpenRead(path);
            return Import(stream, fileName, boundaries, isSample);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Reject(fileName, null, $"The file could not be opened: {ex.Message}");
        }
    }

    /// <summary>Reads the file asynchronously, then imports it like <see cref="ImportFile"/>.</summary>
    public async Task<ImportResult> ImportFileAsync(string path, BoundaryCatalog boundaries, bool isSample, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(path);
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > MaxFileBytes)
            {
                return TooLarge(fileName);
            }

            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Reject(fileName, null, $"The file could not be opened: {ex.Message}");
        }

        return Import(bytes, fileName, boundaries, isSample);
    }

    /// <summary>Imports <paramref name="content"/> (read to the end, not disposed).</summary>
    /// <param name="content">The file's bytes; any stream, seekable or not.</param>
    /// <param name="fileName">The name shown in the report and used as the dataset's name.</param>
    /// <param name="boundaries">The structures each row's year is checked against.</param>
    /// <param name="isSample">True for the generated sample data: the dataset is named "sample" and flagged.</param>
    public ImportResult Import(Stream content, string fileName, BoundaryCatalog boundaries, bool isSample = false)
    {
        ArgumentNullException.ThrowIfNull(content);
        byte[] bytes;
        try
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > MaxFileBytes)
                {
                    return TooLarge(fileName);
                }

                buffer.Write(chunk, 0, read);
            }

            bytes = buffer.ToArray();
        }
        catch (IOException ex)
        {
            return Reject(fileName, null, $"The file could not be read: {ex.Message}");
        }

        return Import(bytes, fileName, boundaries, isSample);
    }

    private ImportResult Import(byte[] bytes, string fileName, BoundaryCatalog boundaries, bool isSample)
    {
        ArgumentNullException.ThrowIfNull(boundaries);
        try
        {
            return ImportContent(bytes, fileName, boundaries, isSample);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The readers below catch what their libraries throw; this is the promise that a bad file can never
            // surface as a stack trace, whatever slipped through.
            return Reject(fileName, null, $"The file could not be read: {ex.Message}");
        }
    }

    private ImportResult ImportContent(byte[] bytes, string fileName, BoundaryCatalog boundaries, bool isSample)
    {
        IReadOnlyList<SourceTable> tables;
        switch (SourceSniffer.Detect(bytes, out var binaryName))
        {
            case SourceFileKind.Empty:
                return Reject(fileName, null, "The file is empty.");
            case SourceFileKind.OldExcel:
                return Reject(fileName, null, "The file is saved as old Excel 97-2003 (.xls); save it as .xlsx or CSV and try again.");
            case SourceFileKind.Binary:
                return Reject(fileName, null, $"The file is not a spreadsheet or CSV file{(binaryName is null ? string.Empty : $" (it looks like {binaryName})")}; expected an Excel workbook (.xlsx) or a CSV file.");
            case SourceFileKind.Xlsx:
                try
                {
                    using var stream = new MemoryStream(bytes, writable: false);
                    tables = XlsxSourceReader.Read(stream);
                }
                catch (Exception)
                {
                    // ClosedXML, System.IO.Packaging and the ZIP reader throw a dozen exception types for a
                    // damaged file; none of their messages helps a publisher, so this one replaces them all.
                    return Reject(fileName, "Excel workbook", "The file could not be opened as an Excel workbook (.xlsx): it is damaged, incomplete (for example cut short by a failed download) or not a workbook. Open it in Excel and save it again, or export it as CSV.");
                }

                break;
            default:
                var (text, encodingName) = TextDecoding.Decode(bytes);
                try
                {
                    tables = CsvSourceReader.Separators.Select(s => CsvSourceReader.Read(text, s, encodingName)).ToArray();
                }
                catch (Exception ex) when (ex is CsvHelper.CsvHelperException)
                {
                    return Reject(fileName, "CSV", "The file could not be read as CSV: " + ex.Message);
                }

                break;
        }

        var header = FindHeader(tables);
        if (header is null)
        {
            return Reject(fileName, tables.Count > 0 ? tables[0].Description : null, DescribeMissingColumns(tables));
        }

        return ReadRows(header.Value.Table, header.Value.Index, header.Value.Columns, fileName, boundaries, isSample);
    }

    private static (SourceTable Table, int Index, SurveyColumns Columns)? FindHeader(IReadOnlyList<SourceTable> tables)
    {
        (SourceTable, int, SurveyColumns)? best = null;
        foreach (var table in tables)
        {
            for (var i = 0; i < Math.Min(table.Rows.Count, HeaderSearchRows); i++)
            {
                var columns = SurveyColumns.Match(table.Rows[i]);
                if (columns.IsComplete)
                {
                    if (best is null || columns.Recognised > best.Value.Item3.Recognised)
                    {
                        best = (table, i, columns);
                    }

                    break;
                }
            }
        }

        return best;
    }

    private static string DescribeMissingColumns(IReadOnlyList<SourceTable> tables)
    {
        // Show the row that came closest to a header: most recognised columns, else the widest early row.
        SourceRow? shown = null;
        SurveyColumns? closest = null;
        foreach (var table in tables)
        {
            foreach (var row in table.Rows.Take(HeaderSearchRows).Where(r => !r.IsBlank))
            {
                var columns = SurveyColumns.Match(row);
                if (closest is null || columns.Recognised > closest.Recognised ||
                    (columns.Recognised == closest.Recognised && row.NonEmptyCount > shown!.NonEmptyCount))
                {
                    closest = columns;
                    shown = row;
                }
            }
        }

        if (shown is null || closest is null)
        {
            return "The file has no rows with content.";
        }

        var missing = new List<string>();
        if (closest.CodeColumn is null)
        {
            missing.Add("municipality number (kommunenummer, knr, region or kommune)");
        }

        if (closest.Year is null)
        {
            missing.Add("year (år, year or tid)");
        }

        if (!closest.IsWide && !closest.IsLong)
        {
            missing.Add(closest.IndicatorName is not null
                ? "score (verdi, value or score) beside the indicator column"
                : "scores (digital prioritering, digital kompetanse, digital aktivitet; or indikator and verdi)");
        }

        var found = shown.Cells.Where(c => !c.IsEmpty).Take(12)
            .Select(c => "'" + (c.Text.Length > 40 ? c.Text[..40] + "…" : c.Text.Trim()) + "'");
        return $"No recognisable table header. Missing: {string.Join("; ", missing)}. Headers found (row {shown.Number.ToString(CultureInfo.InvariantCulture)}): {string.Join(", ", found)}.";
    }

    private ImportResult ReadRows(SourceTable table, int headerIndex, SurveyColumns columns, string fileName, BoundaryCatalog boundaries, bool isSample)
    {
        var headerRow = table.Rows[headerIndex];
        var format = $"{table.Description}, {(columns.IsWide ? "wide" : "long")} layout, header on row {headerRow.Number.ToString(CultureInfo.InvariantCulture)}";
        var problems = new List<ImportProblem>();
        var records = new List<SurveyRecord>();
        var seen = new Dictionary<(MunicipalityCode, int, Indicator), int>();
        var rowsRead = 0;
        var rowsAccepted = 0;

        foreach (var row in table.Rows.Skip(headerIndex + 1))
        {
            if (row.IsBlank || IsNote(row, columns) || SurveyColumns.Match(row).IsComplete)
            {
                continue;
            }

            rowsRead++;
            var rowProblems = new List<ImportProblem>();
            void Problem(int? column, string message) =>
                rowProblems.Add(new ImportProblem(fileName, row.Number, column is null ? null : columns.HeaderOf(column.Value), message));

            var codeColumn = columns.CodeColumn!.Value;
            var yearColumn = columns.Year!.Value;
            var code = ParseCode(row[codeColumn], out var codeError);
            if (codeError is not null)
            {
                Problem(codeColumn, codeError);
            }

            var year = ParseYear(row[yearColumn], out var yearError);
            if (yearError is not null)
            {
                Problem(yearColumn, yearError);
            }

            if (code is { } c && year is { } y)
            {
                var set = boundaries.ForYear(y);
                if (set is null)
                {
                    Problem(yearColumn, $"No boundary structure covers {y.ToString(CultureInfo.InvariantCulture)}: the oldest structure is {boundaries.Sets[0].Id}, in force from {boundaries.Sets[0].ValidFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.");
                }
                else if (!set.Contains(c))
                {
                    Problem(codeColumn, $"Municipality number {c} does not exist in the {set.Id} structure (the one in force on 1 January {y.ToString(CultureInfo.InvariantCulture)}).");
                }
            }

            var scores = new List<(Indicator, Score)>();
            if (columns.IsWide)
            {
                foreach (var indicator in IndicatorText.All)
                {
                    if (!columns.Scores.TryGetValue(indicator, out var scoreColumn))
                    {
                        continue;
                    }

                    SourceCell? status = columns.Statuses.TryGetValue(indicator, out var statusColumn) ? row[statusColumn] : null;
                    var score = ParseScore(row[scoreColumn], status, out var scoreError);
                    if (scoreError is not null)
                    {
                        Problem(scoreColumn, scoreError);
                    }
                    else
                    {
                        scores.Add((indicator, score));
                    }
                }
            }
            else
            {
                var nameColumn = columns.IndicatorName!.Value;
                var valueColumn = columns.Value!.Value;
                var nameCell = row[nameColumn];
                if (!SurveyColumns.TryMatchIndicator(nameCell.Text, out var indicator))
                {
                    Problem(nameColumn, nameCell.IsEmpty
                        ? "The indicator is empty."
                        : $"'{nameCell.Text.Trim()}' is not one of the indicators (Digital prioritering, Digital kompetanse, Digital aktivitet).");
                }

                SourceCell? status = columns.Status is { } statusColumn ? row[statusColumn] : null;
                var score = ParseScore(row[valueColumn], status, out var scoreError);
                if (scoreError is not null)
                {
                    Problem(valueColumn, scoreError);
                }
                else if (rowProblems.Count == 0)
                {
                    scores.Add((indicator, score));
                }
            }

            if (rowProblems.Count == 0 && code is { } municipality && year is { } rowYear)
            {
                var duplicates = scores.Where(s => seen.ContainsKey((municipality, rowYear, s.Item1))).ToArray();
                if (duplicates.Length > 0)
                {
                    var first = seen[(municipality, rowYear, duplicates[0].Item1)];
                    var which = string.Join(", ", duplicates.Select(d => IndicatorText.Label(d.Item1)));
                    Problem(codeColumn, $"Duplicate: municipality {municipality}, year {rowYear.ToString(CultureInfo.InvariantCulture)} ({which}) was already given on row {first.ToString(CultureInfo.InvariantCulture)}.");
                }
            }

            if (rowProblems.Count > 0)
            {
                problems.AddRange(rowProblems);
                continue;
            }

            rowsAccepted++;
            foreach (var (indicator, score) in scores)
            {
                seen[(code!.Value, year!.Value, indicator)] = row.Number;
                records.Add(new SurveyRecord(code.Value, year.Value, indicator, score));
            }
        }

        if (rowsRead == 0)
        {
            return Reject(fileName, format, $"The file has a header (row {headerRow.Number.ToString(CultureInfo.InvariantCulture)}) but no data rows below it.");
        }

        var dataset = new SurveyDataset(isSample ? DataOptions.SampleDataset : fileName, isSample, records);
        var symbolCounts = records.Where(r => r.Score.Symbol is not null)
            .GroupBy(r => r.Score.Symbol!.Value)
            .ToDictionary(g => g.Key, g => g.Count());
        var indicators = IndicatorText.All.Where(i => records.Any(r => r.Indicator == i)).ToArray();
        var rejection = rowsAccepted == 0
            ? $"None of the {rowsRead.ToString(CultureInfo.InvariantCulture)} data rows could be used; see the problems listed."
            : null;
        var report = new ImportReport(fileName, format, rowsRead, rowsAccepted, problems, dataset.Years, indicators, records.Count, symbolCounts, rejection);
        return new ImportResult(rejection is null ? dataset : null, report);
    }

    /// <summary>
    /// A footnote, source line or remark below (or between) the data: no municipality number and nothing
    /// in the year and score columns — "Kilde: Statistisk sentralbyrå", "Merknad: ...".
    /// </summary>
    private static bool IsNote(SourceRow row, SurveyColumns columns)
    {
        if (ParseCode(row[columns.CodeColumn!.Value], out _) is not null)
        {
            return false;
        }

        var dataColumns = new List<int> { columns.Year!.Value };
        dataColumns.AddRange(columns.Scores.Values);
        dataColumns.AddRange(columns.Statuses.Values);
        if (columns.IsLong)
        {
            dataColumns.Add(columns.IndicatorName!.Value);
            dataColumns.Add(columns.Value!.Value);
            if (columns.Status is { } status)
            {
                dataColumns.Add(status);
            }
        }

        return dataColumns.All(c => row[c].IsEmpty);
    }

    private static MunicipalityCode? ParseCode(SourceCell cell, out string? error)
    {
        error = null;
        if (cell.Number is { } number)
        {
            if (number == Math.Floor(number) && number is >= 1 and <= 9999)
            {
                return MunicipalityCode.FromNumber((int)number);
            }

            error = $"{cell.Text} is not a municipality number (expected four digits such as 0301).";
            return null;
        }

        var text = cell.Text.Trim();
        if (text.Length == 0)
        {
            error = "The municipality number is empty.";
            return null;
        }

        var match = CodePattern().Match(text);
        if (match.Success && MunicipalityCode.TryParse(match.Groups["code"].Value, out var code))
        {
            return code;
        }

        error = $"'{text}' is not a municipality number (expected four digits such as 0301, or SSB's \"0301 Oslo\").";
        return null;
    }

    private static int? ParseYear(SourceCell cell, out string? error)
    {
        error = null;
        var text = cell.Text.Trim();
        if (cell.Number is { } number && number == Math.Floor(number) && number is >= 1900 and <= 2100)
        {
            return (int)number;
        }

        if (cell.Number is null && text.Length == 4 && text.All(char.IsAsciiDigit))
        {
            var year = int.Parse(text, CultureInfo.InvariantCulture);
            if (year is >= 1900 and <= 2100)
            {
                return year;
            }
        }

        error = text.Length == 0 ? "The year is empty." : $"'{text}' is not a year (expected four digits such as 2022).";
        return null;
    }

    private Score ParseScore(SourceCell cell, SourceCell? statusCell, out string? error)
    {
        error = null;
        SsbSymbol? status = null;
        if (statusCell is { IsEmpty: false })
        {
            if (!SsbSymbolText.TryParse(statusCell.Text, out var parsed))
            {
                error = $"The status '{statusCell.Text.Trim()}' is not one of SSB's symbols (.., ., :, -).";
                return default;
            }

            status = parsed;
        }

        double value;
        if (cell.Number is { } number)
        {
            value = number;
        }
        else
        {
            var text = cell.Text.Trim();
            if (text.Length == 0)
            {
                // An empty cell means the figure is not there: SSB's "..", never 0.
                return Score.FromSymbol(status ?? SsbSymbol.Missing);
            }

            if (SsbSymbolText.TryParse(text, out var symbol))
            {
                return Score.FromSymbol(symbol);
            }

            if (!TryParseNumber(text, out value))
            {
                error = $"'{text}' is not a number or one of SSB's symbols (.., ., :, -).";
                return default;
            }
        }

        var shown = value.ToString("0.###", CultureInfo.InvariantCulture);
        if (status is { } s)
        {
            if (s == SsbSymbol.Nil && value == 0)
            {
                return Score.FromSymbol(SsbSymbol.Nil);
            }

            error = $"The score {shown} contradicts the status symbol '{SsbSymbolText.Symbol(s)}'.";
            return default;
        }

        if (!double.IsFinite(value) || value < _minimum || value > _maximum)
        {
            error = $"The score {shown} is outside the allowed range {_minimum.ToString(CultureInfo.InvariantCulture)}-{_maximum.ToString(CultureInfo.InvariantCulture)}.";
            return default;
        }

        return Score.Of(value);
    }

    /// <summary>"55,3" and "55.3" (and "1 234,5") as numbers; thousands separators only with a decimal part after them.</summary>
    internal static bool TryParseNumber(string text, out double value)
    {
        var cleaned = text.Replace("\u00A0", string.Empty, StringComparison.Ordinal)
            .Replace("\u202F", string.Empty, StringComparison.Ordinal)
            .Replace(" ", string.Empty, StringComparison.Ordinal)
            .Replace('\u2212', '-');
        var comma = cleaned.LastIndexOf(',');
        var point = cleaned.LastIndexOf('.');
        if (comma >= 0 && point >= 0)
        {
            cleaned = comma > point
                ? cleaned.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.')
                : cleaned.Replace(",", string.Empty, StringComparison.Ordinal);
        }
        else if (comma >= 0)
        {
            cleaned = cleaned.Replace(',', '.');
        }

        return double.TryParse(cleaned, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    private static ImportResult TooLarge(string fileName) =>
        Reject(fileName, null, $"The file is larger than {(MaxFileBytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture)} MB; a survey download is far smaller. Is it the right file?");

    private static ImportResult Reject(string fileName, string? format, string message) =>
        new(null, new ImportReport(fileName, format, 0, 0, [], [], [], 0, new Dictionary<SsbSymbol, int>(), message));

    [GeneratedRegex(@"^(?:K\s*-?\s*)?(?<code>\d{1,4})(?:\s*[-–:]?\s*\p{L}.*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
