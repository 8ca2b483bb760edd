using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Kommunedigital.Core.Survey;

/// <summary>
/// Reads CSV text as a <see cref="SourceTable"/> for each plausible separator (';', tab, ','). The importer keeps
/// the one whose header it recognises best: counting separators alone is fooled by decimal commas in a ';' file
/// and by title rows. Only the head is parsed per separator; the rows are streamed once the separator is chosen.
/// </summary>
internal static class CsvSourceReader
{
    public static readonly char[] Separators = [';', '\t', ','];

    /// <summary>Rows parsed up front for the header search.</summary>
    public const int HeadRows = HeaderFinder.HeaderSearchRows + HeaderFinder.SampleRows;

    public static SourceTable Read(string text, char separator, string encodingName)
    {
        var head = Rows(text, separator).Take(HeadRows).ToArray();
        var name = separator switch { '\t' => "tabulatorseparert", ';' => "semikolonseparert", _ => "kommaseparert" };
        return new SourceTable($"CSV ({encodingName}, {name})", head, () => Rows(text, separator), Truncation(text, separator));
    }

    private static IEnumerable<SourceRow> Rows(string text, char separator)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = separator.ToString(),
            HasHeaderRecord = false,
            IgnoreBlankLines = false,
            DetectColumnCountChanges = false,
            BadDataFound = null,
            MissingFieldFound = null,
            TrimOptions = TrimOptions.None,
        };

        using var reader = new StringReader(text);
        using var parser = new CsvParser(reader, configuration);
        var lastLine = 0;
        while (parser.Read())
        {
            // A record starts on the line after the previous record ended (quoted fields may span lines).
            var number = lastLine + 1;
            lastLine = parser.RawRow;
            var fields = parser.Record ?? [];
            var cells = new SourceCell[fields.Length];
            for (var i = 0; i < fields.Length; i++)
            {
                cells[i] = SourceCell.FromText(fields[i]);
            }

            yield return new SourceRow(number, cells);
        }
    }

    /// <summary>
    /// A file whose last line has no line end and stops inside a quoted field or a number was probably cut short by
    /// a failed download or copy. A complete file may lack the final line end too, so this is a suspicion for the
    /// publisher to confirm, not a rejection.
    /// </summary>
    private static string? Truncation(string text, char separator)
    {
        if (text.Length == 0 || text[^1] is '\n' or '\r')
        {
            return null;
        }

        var quotes = text.AsSpan().Count('"');
        if (quotes % 2 == 1)
        {
            return "Siste linje mangler linjeskift og slutter inne i et felt i anførselstegn: filen ser avkuttet ut.";
        }

        var lineStart = text.LastIndexOfAny(['\n', '\r']) + 1;
        var lastLine = text[lineStart..];
        var lastField = lastLine[(lastLine.LastIndexOf(separator) + 1)..].Trim().Trim('"');
        return lastField.Length > 0 && (char.IsAsciiDigit(lastField[^1]) || lastField[^1] == ',')
            ? $"Siste linje mangler linjeskift og slutter i et tall ({CellParsers.Quote(lastField)}): filen kan være avkuttet midt i tallet."
            : null;
    }
}
