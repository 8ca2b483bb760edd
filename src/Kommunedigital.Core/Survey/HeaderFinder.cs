using System.Globalization;
using Kommunedigital.Core.Boundaries;

namespace Kommunedigital.Core.Survey;

/// <summary>
/// Finds the header row and the role of each column. A header's name is the first hint; the cells below decide:
/// the code column is the one whose cells are known municipality numbers, the year column holds four-digit years,
/// the indicator column names indicators, a value column holds numbers or SSB symbols. When two columns remain
/// for one role and disagree, the file is refused with a message naming both.
/// </summary>
internal static class HeaderFinder
{
    /// <summary>Title rows above the header: SSB puts two or three; allow generous room.</summary>
    public const int HeaderSearchRows = 50;

    /// <summary>Rows below a candidate header whose cells are looked at.</summary>
    public const int SampleRows = 200;

    /// <summary>The best header over all tables, or null with the reason in <paramref name="error"/>.</summary>
    public static HeaderMatch? Find(IReadOnlyList<SourceTable> tables, Func<MunicipalityCode, bool> isKnown, out string error)
    {
        ColumnChoice? best = null;
        (SourceTable Table, int Index)? bestAt = null;
        ColumnChoice? closest = null;
        SourceRow? closestRow = null;
        var factsOf = CellFacts.Memo();
        foreach (var table in tables)
        {
            for (var i = 0; i < Math.Min(table.Head.Count, HeaderSearchRows); i++)
            {
                var row = table.Head[i];
                if (row.NonEmptyCount < 2)
                {
                    continue;
                }

                var hints = row.Cells.Select(c => HeaderNames.Hint(c.Text)).ToArray();
                var sample = SampleBelow(table.Head, i);
                var choice = ColumnChoice.Decide(row, hints, sample, isKnown, factsOf);
                if (choice.Columns is not null)
                {
                    if (best is null || choice.Recognised > best.Recognised)
                    {
                        best = choice;
                        bestAt = (table, i);
                    }

                    break;
                }

                if (closest is null || choice.Recognised > closest.Recognised ||
                    (choice.Recognised == closest.Recognised && row.NonEmptyCount > closestRow!.NonEmptyCount))
                {
                    closest = choice;
                    closestRow = row;
                }
            }
        }

        if (best is not null && bestAt is { } at)
        {
            error = string.Empty;
            return new HeaderMatch(at.Table, at.Index, best.Columns!);
        }

        error = Describe(closest, closestRow);
        return null;
    }

    private static List<SourceRow> SampleBelow(IReadOnlyList<SourceRow> head, int headerIndex)
    {
        var sample = new List<SourceRow>();
        for (var r = headerIndex + 1; r < head.Count && sample.Count < SampleRows; r++)
        {
            var row = head[r];
            if (row.IsBlank)
            {
                continue;
            }

            if (NoteRows.StartsNotes(row))
            {
                break;
            }

            sample.Add(row);
        }

        return sample;
    }

    private static string Describe(ColumnChoice? closest, SourceRow? row)
    {
        if (closest is null || row is null)
        {
            return "Filen har ingen rader med innhold som ligner en tabell.";
        }

        if (closest.Ambiguity is { } ambiguity)
        {
            return ambiguity;
        }

        var found = row.Cells.Where(c => !c.IsEmpty).Take(12).Select(c => CellParsers.Quote(c.Text));
        return $"Fant ingen tabelloverskrift som kan brukes. Mangler: {string.Join("; ", closest.Missing)}. " +
            $"Overskrifter funnet (rad {row.Number.ToString(CultureInfo.InvariantCulture)}): {string.Join(", ", found)}.";
    }
}
