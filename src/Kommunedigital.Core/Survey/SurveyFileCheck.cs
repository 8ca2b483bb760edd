using Kommunedigital.Core.Boundaries;

namespace Kommunedigital.Core.Survey;

/// <summary>
/// The publisher's <c>check FILE</c> command: imports the file exactly as the app would and prints the
/// report. Exit code 0 when the file would be accepted (skipped rows are listed but do not fail it),
/// 1 when it would be rejected whole — including a file whose every data row was skipped, since it
/// would leave the map empty.
/// </summary>
public sealed class SurveyFileCheck
{
    public const int Accepted = 0;
    public const int Rejected = 1;

    private readonly SurveyImporter _importer;

    public SurveyFileCheck()
        : this(new SurveyImporter())
    {
    }

    public SurveyFileCheck(SurveyImporter importer) => _importer = importer;

    /// <summary>Checks <paramref name="path"/> and writes the report to <paramref name="output"/>.</summary>
    /// <returns><see cref="Accepted"/> (0) or <see cref="Rejected"/> (1).</returns>
    public int Run(string path, BoundaryCatalog catalog, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var result = _importer.ImportFile(path, catalog);
        result.Report.WriteTo(output);
        return result.Dataset is null ? Rejected : Accepted;
    }
}
