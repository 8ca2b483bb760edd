using System.Globalization;

namespace Kommunedigital.Core.Survey;

/// <summary>
/// What an import found: counts, the rows it skipped with file, row and column, the years and
/// indicators present, and — when the file could not be used at all — one message saying why.
/// </summary>
public sealed class ImportReport
{
    public ImportReport(
        string fileName,
        string? format,
        int rowsRead,
        int rowsAccepted,
        IReadOnlyList<ImportProblem> problems,
        IReadOnlyList<int> years,
        IReadOnlyList<Indicator> indicators,
        int scoreCount,
        IReadOnlyDictionary<SsbSymbol, int> symbolCounts,
        string? rejection)
    {
        FileName = fileName;
        Format = format;
        RowsRead = rowsRead;
        RowsAccepted = rowsAccepted;
        Problems = problems;
        Years = years;
        Indicators = indicators;
        ScoreCount = scoreCount;
        SymbolCounts = symbolCounts;
        Rejection = rejection;
    }

    public string FileName { get; }

    /// <summary>How the file was read, e.g. "CSV (Windows-1252, ';'-separated), wide layout, header on row 3".</summary>
    public string? Format { get; }

    /// <summary>Data rows below the header (blank lines, title rows and footnotes not counted).</summary>
    public int RowsRead { get; }

    /// <summary>Rows that became records.</summary>
    public int RowsAccepted { get; }

    public int RowsRejected => RowsRead - RowsAccepted;

    /// <summary>Skipped rows with their reasons, in file order.</summary>
    public IReadOnlyList<ImportProblem> Problems { get; }

    /// <summary>Years of the accepted records, ascending.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>Indicators of the accepted records, in display order.</summary>
    public IReadOnlyList<Indicator> Indicators { get; }

    /// <summary>Accepted records, missing ones included (a missing score is a record carrying its SSB symbol).</summary>
    public int ScoreCount { get; }

    /// <summary>How many accepted records carry each SSB symbol.</summary>
    public IReadOnlyDictionary<SsbSymbol, int> SymbolCounts { get; }

    /// <summary>Why the whole file was rejected, or null when it was accepted.</summary>
    public string? Rejection { get; }

    public bool IsRejected => Rejection is not null;

    /// <summary>The report as the <c>check</c> command prints it.</summary>
    public void WriteTo(TextWriter output)
    {
        var culture = CultureInfo.InvariantCulture;
        output.WriteLine($"File: {FileName}");
        if (Format is not null)
        {
            output.WriteLine($"Read as: {Format}");
        }

        output.WriteLine(string.Create(culture, $"Rows read: {RowsRead}"));
        output.WriteLine(string.Create(culture, $"Rows accepted: {RowsAccepted}"));
        output.WriteLine(string.Create(culture, $"Rows rejected: {RowsRejected}"));
        output.WriteLine($"Years: {(Years.Count == 0 ? "none" : string.Join(", ", Years.Select(y => y.ToString(culture))))}");
        output.WriteLine($"Indicators: {(Indicators.Count == 0 ? "none" : string.Join(", ", Indicators.Select(IndicatorText.Label)))}");
        var symbols = SymbolCounts.Where(p => p.Value > 0).OrderBy(p => p.Key)
            .Select(p => string.Create(culture, $"{p.Value} \"{SsbSymbolText.Symbol(p.Key)}\""));
        var symbolText = string.Join(", ", symbols);
        output.WriteLine(string.Create(culture, $"Scores: {ScoreCount}{(symbolText.Length > 0 ? $" (SSB symbols: {symbolText})" : string.Empty)}"));
        if (Problems.Count > 0)
        {
            output.WriteLine(string.Create(culture, $"Problems ({Problems.Count}, each row skipped):"));
            foreach (var problem in Problems)
            {
                output.WriteLine($"  {problem}");
            }
        }

        output.WriteLine(IsRejected ? $"REJECTED: {Rejection}" : "ACCEPTED");
    }

    public override string ToString()
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteTo(writer);
        return writer.ToString();
    }
}
