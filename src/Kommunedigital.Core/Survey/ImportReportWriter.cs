using System.Globalization;

namespace Kommunedigital.Core.Survey;

/// <summary>
/// Prints an <see cref="ImportReport"/> for the publisher, in bokmål. Faults are grouped by reason and column: one
/// line each with the count, the first five row numbers and the first value, so a file with 100,000 faulty rows
/// prints a handful of lines; the full list is <c>--problems FILE</c>.
/// </summary>
internal static class ImportReportWriter
{
    private const int RowsShown = 5;

    public static void Write(ImportReport report, TextWriter output)
    {
        var nb = CellParsers.Norwegian;
        output.WriteLine($"Fil: {report.FileName}");
        if (report.Format is not null)
        {
            output.WriteLine($"Lest som: {report.Format}");
        }

        if (!report.IsRejected || report.RowsRead > 0)
        {
            output.WriteLine(string.Create(nb, $"Rader: {report.RowsRead} datarader lest, {report.RowsAccepted} tatt inn, {report.RowsRejected} avvist"));
            if (report.NoteRows.Count > 0)
            {
                var where = report.NotesBelowTable ? "under tabellen " : string.Empty;
                output.WriteLine(string.Create(nb, $"Merknader: {report.NoteRows.Count} {(report.NoteRows.Count == 1 ? "merknadsrad" : "merknadsrader")} {where}hoppet over ({Rows(report.NoteRows)})"));
            }

            output.WriteLine($"År: {(report.Years.Count == 0 ? "ingen" : string.Join(", ", report.Years.Select(y => y.ToString(CultureInfo.InvariantCulture))))}");
            output.WriteLine($"Indikatorer: {(report.Indicators.Count == 0 ? "ingen" : string.Join(", ", report.Indicators.Select(IndicatorText.Label)))}");
            output.WriteLine($"Skårer: {Scores(report)}");
            WriteCoverage(report, output);
        }

        WriteProblems(report, output);
        WriteWarnings(report, output);
        output.WriteLine(report.Verdict switch
        {
            ImportVerdict.Rejected => $"Resultat: AVVIST. {report.Rejection}",
            ImportVerdict.AcceptedWithBlockingWarnings when report.WarningsOverridden =>
                "Resultat: GODKJENT MED ADVARSLER SOM STOPPER PUBLISERING – overstyrt (Data:PublishDespiteWarnings), filen publiseres.",
            ImportVerdict.AcceptedWithBlockingWarnings =>
                "Resultat: GODKJENT MED ADVARSLER SOM STOPPER PUBLISERING. Rett filen, eller overstyr med Data__PublishDespiteWarnings=true.",
            _ => "Resultat: GODKJENT",
        });
    }

    private static string Scores(ImportReport report)
    {
        var nb = CellParsers.Norwegian;
        var numbers = report.ScoreCount - report.SymbolCounts.Where(p => p.Key != SsbSymbol.Nil).Sum(p => p.Value) - report.NotStatedCount;
        var parts = new List<string> { string.Create(nb, $"{numbers} med tall") };
        var symbols = report.SymbolCounts.Where(p => p.Value > 0).OrderBy(p => p.Key)
            .Select(p => string.Create(nb, $"{p.Value} «{SsbSymbolText.Symbol(p.Key)}» ({SsbSymbolText.Reason(p.Key).ToLower(nb)})"))
            .ToArray();
        if (symbols.Length > 0)
        {
            parts.Add("SSB-symboler: " + string.Join(", ", symbols));
        }

        if (report.NotStatedCount > 0)
        {
            parts.Add(string.Create(nb, $"{report.NotStatedCount} ikke oppgitt (tom celle)"));
        }

        return string.Create(nb, $"{report.ScoreCount} ({string.Join("; ", parts)})");
    }

    private static void WriteCoverage(ImportReport report, TextWriter output)
    {
        if (report.Coverage.Count == 0)
        {
            return;
        }

        output.WriteLine("Dekning (kommuner i filen av kommunene i inndelingen året tegnes på):");
        foreach (var year in report.Coverage.GroupBy(c => c.Year))
        {
            output.WriteLine("  " + CoverageText(year.ToArray()));
        }
    }

    /// <summary>"2022: 171 av 356 kommuner (48 %)", or per indicator when they differ.</summary>
    public static string CoverageText(IReadOnlyList<YearCoverage> year)
    {
        var nb = CellParsers.Norwegian;
        var first = year[0];
        var of = string.Create(nb, $"av {first.StructureMunicipalities} kommuner ({first.StructureId}-inndelingen)");
        if (year.All(c => c.Municipalities == first.Municipalities))
        {
            return string.Create(nb, $"{first.Year}: {first.Municipalities} {of}, {Percent(first.Share)}");
        }

        var each = year.Select(c => string.Create(nb, $"{IndicatorText.Label(c.Indicator)} {c.Municipalities} ({Percent(c.Share)})"));
        return string.Create(nb, $"{first.Year}: {string.Join(", ", each)} {of}");
    }

    public static string Percent(double share) => (Math.Floor(share * 1000) / 10).ToString("0.#", CellParsers.Norwegian) + " %";

    private static void WriteProblems(ImportReport report, TextWriter output)
    {
        if (report.Problems.Count == 0)
        {
            return;
        }

        var nb = CellParsers.Norwegian;
        output.WriteLine(string.Create(nb, $"Avviste rader etter årsak ({report.RowsRejected} rader, {report.Problems.Count} feil):"));
        foreach (var group in report.Problems.GroupBy(p => (p.Reason, p.Column)))
        {
            output.WriteLine("  " + GroupLine(group.Key.Reason, group.Key.Column, group.ToArray(), examples: 1));
        }

        output.WriteLine($"  Hele listen: check {report.FileName} --problems rader.csv");
    }

    private static void WriteWarnings(ImportReport report, TextWriter output)
    {
        var nb = CellParsers.Norwegian;
        var blocking = report.Warnings.Where(w => w.BlocksPublishing).ToArray();
        if (blocking.Length > 0)
        {
            output.WriteLine(string.Create(nb, $"Advarsler som stopper publisering ({blocking.Length}):"));
            foreach (var warning in blocking)
            {
                output.WriteLine("  " + warning.Text);
            }
        }

        var other = report.Warnings.Where(w => !w.BlocksPublishing).ToArray();
        if (other.Length > 0 || report.NameWarnings.Count > 0)
        {
            output.WriteLine(string.Create(nb, $"Advarsler ({other.Length + (report.NameWarnings.Count > 0 ? 1 : 0)}):"));
            foreach (var warning in other)
            {
                output.WriteLine("  " + warning.Text);
            }

            if (report.NameWarnings.Count > 0)
            {
                output.WriteLine("  " + GroupLine(report.NameWarnings[0].Reason, null, report.NameWarnings, examples: RowsShown) + "; navnene som vises er de offisielle");
            }
        }
    }

    /// <summary>"Ikke et tall … (kolonne «x»): 3 rader – rad 7, 9, 12; første: «mye»".</summary>
    private static string GroupLine(string reason, string? column, IReadOnlyList<ImportProblem> problems, int examples)
    {
        var nb = CellParsers.Norwegian;
        var rows = problems.Select(p => p.Row).Distinct().ToArray();
        var where = column is null ? string.Empty : $" (kolonne «{column}»)";
        var shown = problems.Take(examples).Select(p => p.Detail);
        var label = examples == 1 ? "første" : "f.eks.";
        return string.Create(nb, $"{reason}{where}: {rows.Length} {(rows.Length == 1 ? "rad" : "rader")} – {Rows(rows)}; {label}: {string.Join("; ", shown)}");
    }

    /// <summary>"rad 3, 4, 9, 12, 15 og 20 til" — the first five row numbers.</summary>
    private static string Rows(IReadOnlyList<int> rows)
    {
        var nb = CellParsers.Norwegian;
        var first = string.Join(", ", rows.Take(RowsShown).Select(r => r.ToString(CultureInfo.InvariantCulture)));
        return rows.Count > RowsShown ? string.Create(nb, $"rad {first} og {rows.Count - RowsShown} til") : $"rad {first}";
    }
}
