namespace Kommunedigital.Core.Survey;

/// <summary>
/// What an import found: counts, the faults of the rows it skipped, notes skipped, coverage per year and indicator,
/// warnings, and — when the file could not be used at all — one message saying why. Text is bokmål.
/// </summary>
public sealed class ImportReport
{
    public required string FileName { get; init; }

    /// <summary>How the file was read, e.g. "CSV (Windows-1252, semikolonseparert), bred tabell (én kolonne per indikator), overskrift på rad 3".</summary>
    public string? Format { get; init; }

    /// <summary>Data rows below the header (blank lines, title rows, repeated headers and notes not counted).</summary>
    public int RowsRead { get; init; }

    /// <summary>Rows that became records.</summary>
    public int RowsAccepted { get; init; }

    public int RowsRejected => RowsRead - RowsAccepted;

    /// <summary>The faults of the skipped rows, in file order (a row may have several).</summary>
    public IReadOnlyList<ImportProblem> Problems { get; init; } = [];

    /// <summary>Accepted rows whose municipality name is not the official name of their number (a warning, not a fault).</summary>
    public IReadOnlyList<ImportProblem> NameWarnings { get; init; } = [];

    /// <summary>Row numbers of notes skipped (Kilde, Merknad, Symbolforklaring, "1) …").</summary>
    public IReadOnlyList<int> NoteRows { get; init; } = [];

    /// <summary>True when every note row lies below the last data row.</summary>
    public bool NotesBelowTable { get; init; } = true;

    /// <summary>Years of the accepted records, ascending.</summary>
    public IReadOnlyList<int> Years { get; init; } = [];

    /// <summary>Indicators of the accepted records, in display order.</summary>
    public IReadOnlyList<Indicator> Indicators { get; init; } = [];

    /// <summary>Accepted records, missing ones included.</summary>
    public int ScoreCount { get; init; }

    /// <summary>How many accepted records carry each SSB symbol.</summary>
    public IReadOnlyDictionary<SsbSymbol, int> SymbolCounts { get; init; } = new Dictionary<SsbSymbol, int>();

    /// <summary>Accepted records from an empty cell (<see cref="Score.NotStated"/>).</summary>
    public int NotStatedCount { get; init; }

    /// <summary>Per year and indicator: municipalities with a record against the structure's count.</summary>
    public IReadOnlyList<YearCoverage> Coverage { get; init; } = [];

    /// <summary>The share of a year's structure below which a year's coverage blocks publishing.</summary>
    public double MinimumCoverage { get; init; }

    /// <summary>Warnings, blocking ones first.</summary>
    public IReadOnlyList<ImportWarning> Warnings { get; init; } = [];

    /// <summary>True when blocking warnings were overridden (<see cref="Data.DataOptions.PublishDespiteWarnings"/>).</summary>
    public bool WarningsOverridden { get; init; }

    /// <summary>Why the whole file was rejected, or null when it was read.</summary>
    public string? Rejection { get; init; }

    public bool IsRejected => Rejection is not null;

    public ImportVerdict Verdict =>
        IsRejected ? ImportVerdict.Rejected
        : Warnings.Any(w => w.BlocksPublishing) ? ImportVerdict.AcceptedWithBlockingWarnings
        : ImportVerdict.Accepted;

    /// <summary>Why the file is not served: the rejection, or its blocking warnings when not overridden; null when it is served.</summary>
    public string? Refusal => Verdict switch
    {
        ImportVerdict.Rejected => Rejection,
        ImportVerdict.AcceptedWithBlockingWarnings when !WarningsOverridden =>
            "advarsler stopper publisering: " + string.Join(" ", Warnings.Where(w => w.BlocksPublishing).Select(w => w.Text)),
        _ => null,
    };

    /// <summary>The report as the <c>check</c> command prints it.</summary>
    public void WriteTo(TextWriter output) => ImportReportWriter.Write(this, output);

    /// <summary>Every fault and name warning, one per line, as CSV (<c>check FILE --problems rows.csv</c>).</summary>
    public void WriteProblemList(Stream output) => ProblemListWriter.Write(this, output);

    public override string ToString()
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        WriteTo(writer);
        return writer.ToString();
    }
}
