namespace Kommunedigital.Core.Survey;

/// <summary>
/// One row the importer skipped, and why. Messages are English, written for the publisher who runs
/// the <c>check</c> command.
/// </summary>
/// <param name="FileName">The file as the user named it.</param>
/// <param name="Row">The row number as a spreadsheet or text editor shows it (1-based, title rows included).</param>
/// <param name="Column">The header of the offending column, or null when the problem is the row as a whole.</param>
/// <param name="Message">What is wrong, naming the value.</param>
public sealed record ImportProblem(string FileName, int Row, string? Column, string Message)
{
    public override string ToString() =>
        Column is null ? $"{FileName}, row {Row}: {Message}" : $"{FileName}, row {Row}, column '{Column}': {Message}";
}
