using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Klass;

namespace Kommunedigital.Core.Survey;

/// <summary>
/// The publisher's <c>check FILE [--problems ROWS.csv]</c> command: imports the file exactly as the app would and
/// prints the report. The exit code is the <see cref="ImportVerdict"/>: 0 accepted (skipped rows and warnings are
/// listed but do not fail it), 1 rejected — including a file whose every data row was skipped —, 2 accepted with
/// warnings that block publishing unless overridden.
/// </summary>
public sealed class SurveyFileCheck
{
    public const int Accepted = (int)ImportVerdict.Accepted;
    public const int Rejected = (int)ImportVerdict.Rejected;
    public const int BlockingWarnings = (int)ImportVerdict.AcceptedWithBlockingWarnings;

    private readonly SurveyImporter _importer;

    public SurveyFileCheck()
        : this(new SurveyImporter())
    {
    }

    public SurveyFileCheck(SurveyImporter importer) => _importer = importer;

    /// <summary>Checks <paramref name="path"/> and writes the report to <paramref name="output"/>.</summary>
    /// <param name="path">The survey file.</param>
    /// <param name="catalog">The boundary structures.</param>
    /// <param name="output">Where the report goes.</param>
    /// <param name="problemList">When set, every fault and name warning is written there as CSV.</param>
    /// <returns>0, 1 or 2 as the class summary says.</returns>
    public int Run(string path, BoundaryCatalog catalog, TextWriter output, string? problemList = null) =>
        Report(_importer.ImportFile(path, catalog), output, problemList);

    /// <summary>Checks <paramref name="path"/> with the numbers valid on 1 January of each year (KLASS).</summary>
    /// <returns>0, 1 or 2 as the class summary says.</returns>
    public int Run(string path, MunicipalNumbering numbering, TextWriter output, string? problemList = null) =>
        Report(_importer.ImportFile(path, numbering), output, problemList);

    private static int Report(ImportResult result, TextWriter output, string? problemList)
    {
        ArgumentNullException.ThrowIfNull(output);
        result.Report.WriteTo(output);
        if (problemList is not null)
        {
            try
            {
                using var file = File.Create(problemList);
                result.Report.WriteProblemList(file);
                output.WriteLine($"Alle {result.Report.Problems.Count + result.Report.NameWarnings.Count} feil og navneadvarsler er skrevet til {problemList}.");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                output.WriteLine($"Listen over feil kunne ikke skrives til {problemList}: {e.Message}");
            }
        }

        return (int)result.Report.Verdict;
    }
}
