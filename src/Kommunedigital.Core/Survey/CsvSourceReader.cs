using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Kommunedigital.Core.Survey;

/// <summary>
/// Reads CSV text into a <see cref="SourceTable"/> for each plausible separator (';', tab, ','). The
/// importer keeps the one whose header it recognises best: counting separators alone is fooled by decimal
/// commas in a ';' file and by title rows.
/// </summary>
internal static class CsvSourceReader
{
    public static readonly char[] Separators = [';', '\t', ','];

    public static SourceTable Read(string text, char separator, string encodingName)
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

        var rows = new List<SourceRow>();
        using var reader = new StringReader(text);
        using var parser = new CsvParser(reader, configuration);
        var lastLine = 0;
        while (parser.Read())
        {
            // A record starts on the line after the previous record ended (quoted fields may span lines).
            var number = lastLine + 1;
            lastLine = parser.RawRow;
            var fields = parser.Record ?? [];
            rows.Add(new SourceRow(number, fields.Select(SourceCell.FromText).ToArray()));
        }

        var name = separator switch { '\t' => "tab", _ => $"'{separator}'" };
        return new SourceTable($"CSV ({encodingName}, {name}-separated)", rows);
    }
}
