using System.Globalization;
using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Klass;

namespace Kommunedigital.Core.Survey;

/// <summary>
/// Imports an SSB/Digdir survey file — .xlsx, CSV (including PxWeb's download) or JSON-stat 2.0 from PxWebApi v2;
/// long or wide, with the year in a column or in the score headers — into a <see cref="SurveyDataset"/>, and
/// reports what it found in bokmål.
/// </summary>
/// <remarks>
/// <para>Guarantees: the format is decided by the bytes, never the file name. Columns are found by header name
/// and by content (<see cref="HeaderFinder"/>). Municipality numbers become four-digit text ("301", 301,
/// "0301 Oslo", "K-0301" all give "0301") and must be valid on 1 January of the row's year. SSB's "..", "." and
/// ":" become missing scores that keep the symbol, "-" is 0 with the nil symbol, and an empty cell is
/// <see cref="Score.NotStated"/>; a missing score is never 0. A municipality the file does not give is simply not
/// in the dataset.</para>
/// <para>A row with any fault is skipped whole and reported; notes below the table are skipped and counted. The
/// file is rejected whole when it cannot be read as a table, has no data rows, no usable header, or when every data
/// row was skipped. A year covering less than <see cref="DataOptions.MinimumCoverage"/> of its structure, and a last
/// line that looks cut off, are warnings that block publishing: <see cref="ImportResult.Dataset"/> is then null
/// unless <see cref="DataOptions.PublishDespiteWarnings"/> is set. No exception escapes.</para>
/// </remarks>
public sealed class SurveyImporter
{
    /// <summary>Larger files are rejected unread: a 100,000-row download is about 6 MB.</summary>
    public const int MaxFileBytes = 50 * 1024 * 1024;

    private readonly DataOptions _options;

    /// <summary>An importer with the default options (scores 0-100, 95 % coverage, no override).</summary>
    public SurveyImporter()
        : this(new DataOptions())
    {
    }

    /// <param name="options">Score range, minimum coverage and whether blocking warnings are overridden.</param>
    public SurveyImporter(DataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>Imports the file at <paramref name="path"/>; a missing or unreadable file is a rejection, not an exception.</summary>
    /// <param name="path">An .xlsx, CSV or JSON-stat file.</param>
    /// <param name="boundaries">The structures each row's year is checked against.</param>
    /// <param name="isSample">True for the generated sample data: the dataset is named "sample" and flagged.</param>
    public ImportResult ImportFile(string path, BoundaryCatalog boundaries, bool isSample = false) =>
        ImportFile(path, new SurveyNumbering(boundaries), isSample);

    /// <summary>
    /// Imports the file at <paramref name="path"/> with the numbers valid on 1 January of each year (KLASS), so a 2019
    /// file may write Rindal as 5061 and it is drawn as 1567 of the 2018 set.
    /// </summary>
    public ImportResult ImportFile(string path, MunicipalNumbering numbering, bool isSample = false) =>
        ImportFile(path, new SurveyNumbering(numbering), isSample);

    /// <summary>Reads the file asynchronously, then imports it like <see cref="ImportFile(string, BoundaryCatalog, bool)"/>.</summary>
    public Task<ImportResult> ImportFileAsync(string path, BoundaryCatalog boundaries, bool isSample, CancellationToken cancellationToken) =>
        ImportFileAsync(path, new SurveyNumbering(boundaries), isSample, cancellationToken);

    /// <summary>Reads the file asynchronously, then imports it like <see cref="ImportFile(string, MunicipalNumbering, bool)"/>.</summary>
    public Task<ImportResult> ImportFileAsync(string path, MunicipalNumbering numbering, bool isSample, CancellationToken cancellationToken) =>
        ImportFileAsync(path, new SurveyNumbering(numbering), isSample, cancellationToken);

    /// <summary>Imports <paramref name="content"/> (read to the end, not disposed).</summary>
    /// <param name="content">The file's bytes; any stream, seekable or not.</param>
    /// <param name="fileName">The name shown in the report and used as the dataset's name.</param>
    /// <param name="boundaries">The structures each row's year is checked against.</param>
    /// <param name="isSample">True for the generated sample data: the dataset is named "sample" and flagged.</param>
    public ImportResult Import(Stream content, string fileName, BoundaryCatalog boundaries, bool isSample = false) =>
        Import(content, fileName, new SurveyNumbering(boundaries), isSample);

    /// <summary>Imports <paramref name="content"/> with the numbers valid on 1 January of each year (KLASS).</summary>
    public ImportResult Import(Stream content, string fileName, MunicipalNumbering numbering, bool isSample = false) =>
        Import(content, fileName, new SurveyNumbering(numbering), isSample);

    private ImportResult ImportFile(string path, SurveyNumbering numbering, bool isSample)
    {
        var fileName = Path.GetFileName(path);
        try
        {
            using var stream = File.OpenRead(path);
            return Import(stream, fileName, numbering, isSample);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Reject(fileName, null, $"Filen kunne ikke åpnes: {ex.Message}");
        }
    }

    private async Task<ImportResult> ImportFileAsync(string path, SurveyNumbering numbering, bool isSample, CancellationToken cancellationToken)
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
            return Reject(fileName, null, $"Filen kunne ikke åpnes: {ex.Message}");
        }

        return Import(bytes, fileName, numbering, isSample);
    }

    private ImportResult Import(Stream content, string fileName, SurveyNumbering numbering, bool isSample)
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
            return Reject(fileName, null, $"Filen kunne ikke leses: {ex.Message}");
        }

        return Import(bytes, fileName, numbering, isSample);
    }

    private ImportResult Import(byte[] bytes, string fileName, SurveyNumbering numbering, bool isSample)
    {
        try
        {
            return ImportContent(bytes, fileName, numbering, isSample);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The readers catch what their libraries throw; this is the promise that a bad file never surfaces as
            // a stack trace, whatever slipped through.
            return Reject(fileName, null, $"Filen kunne ikke leses: {ex.Message}");
        }
    }

    private ImportResult ImportContent(byte[] bytes, string fileName, SurveyNumbering numbering, bool isSample)
    {
        var (tables, failure) = SourceTables.Read(bytes);
        if (failure is not null)
        {
            return Reject(fileName, failure.Value.Format, failure.Value.Message);
        }

        var match = HeaderFinder.Find(tables!, numbering.IsKnown, out var headerError);
        if (match is null)
        {
            return Reject(fileName, tables!.Count > 0 ? tables[0].Description : null, headerError);
        }

        var headerRow = match.Table.Head[match.HeaderIndex];
        var format = headerRow.Number > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{match.Table.Description}, {match.Columns.Layout}, overskrift på rad {headerRow.Number}")
            : $"{match.Table.Description}, {match.Columns.Layout}, observasjoner nummerert fra 1";
        var rows = new RowReader(match.Columns, numbering, _options.ScoreMinimum, _options.ScoreMaximum).Read(match);
        if (rows.RowsRead == 0)
        {
            return Reject(fileName, format, headerRow.Number > 0
                ? string.Create(CultureInfo.InvariantCulture, $"Filen har en overskrift (rad {headerRow.Number}), men ingen datarader under den.")
                : "Datasettet har ingen observasjoner.");
        }

        var dataset = new SurveyDataset(isSample ? DataOptions.SampleDataset : fileName, isSample, rows.Records);
        var coverage = ImportCoverage.Of(dataset, numbering);
        var warnings = ImportCoverage.Warnings(coverage, _options.MinimumCoverage).ToList();
        if (match.Table.Truncation is { } truncation)
        {
            warnings.Insert(0, new ImportWarning(string.Create(CultureInfo.InvariantCulture, $"Rad {rows.LastDataRow}: {truncation}"), BlocksPublishing: true, [rows.LastDataRow]));
        }

        var report = new ImportReport
        {
            FileName = fileName,
            Format = format,
            RowsRead = rows.RowsRead,
            RowsAccepted = rows.RowsAccepted,
            Problems = rows.Problems,
            NameWarnings = rows.NameMismatches
                .Select(m => new ImportProblem(m.Row, null, "Navnet i filen er ikke det offisielle navnet for nummeret", $"rad {m.Row.ToString(CultureInfo.InvariantCulture)}: «{m.FileName}» for {m.Code} {m.Official}"))
                .ToArray(),
            NoteRows = rows.NoteRows,
            NotesBelowTable = rows.NoteRows.All(r => r > rows.LastDataRow),
            Years = dataset.Years,
            Indicators = IndicatorText.All.Where(i => dataset.Records.Any(r => r.Indicator == i)).ToArray(),
            ScoreCount = dataset.Records.Count,
            SymbolCounts = dataset.Records.Where(r => r.Score.Symbol is not null).GroupBy(r => r.Score.Symbol!.Value).ToDictionary(g => g.Key, g => g.Count()),
            NotStatedCount = dataset.Records.Count(r => r.Score.IsNotStated),
            Coverage = coverage,
            MinimumCoverage = _options.MinimumCoverage,
            Warnings = warnings,
            WarningsOverridden = _options.PublishDespiteWarnings,
            Rejection = rows.RowsAccepted == 0
                ? string.Create(CultureInfo.InvariantCulture, $"Ingen av de {rows.RowsRead} dataradene kunne brukes; se feilene over.")
                : null,
        };
        return new ImportResult(report.Refusal is null ? dataset : null, report);
    }

    private static ImportResult TooLarge(string fileName) =>
        Reject(fileName, null, string.Create(CultureInfo.InvariantCulture, $"Filen er større enn {MaxFileBytes / (1024 * 1024)} MB; et uttak fra undersøkelsen er langt mindre. Er det riktig fil?"));

    private static ImportResult Reject(string fileName, string? format, string message) =>
        new(null, new ImportReport { FileName = fileName, Format = format, Rejection = message });
}
