using System.Text.RegularExpressions;

namespace Kommunedigital.Core.Survey;

/// <summary>
/// Recognises the notes SSB and municipalities put below a table — "Kilde: …", "Merknad", "Symbolforklaring",
/// "1) …", "..: Tall mangler", "Sist endret …" — so a block of them is skipped as notes, never read as data.
/// </summary>
internal static partial class NoteRows
{
    /// <summary>True when the row's first non-empty cell opens a note.</summary>
    public static bool StartsNotes(SourceRow row)
    {
        var first = row.Cells.FirstOrDefault(c => !c.IsEmpty);
        return first is { Number: null } && NoteStart().IsMatch(first.Text.Trim());
    }

    [GeneratedRegex(
        @"^(?:(?:kilder?|merknad(?:er)?|fotnoter?|noter?|notes?|footnotes?|sources?|symbolforklaring|tegnforklaring|forklaring|standardtegn|sist\s+(?:endret|oppdatert)|oppdatert|publisert|last\s+(?:modified|updated)|kontakt|copyright|statistisk\s+sentralbyr[åa]|statistics\s+norway)\b|©|\*+\s*\p{L}|\(?\d{1,2}\)\s|(?:\.\.|\.|:|-)\s*[:=]?\s+\p{L}|(?:\.\.|\.|:|-)\s*[:=]\s*\p{L})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoteStart();
}
