using Kommunedigital.Core.Boundaries;

namespace Kommunedigital.Core.Survey;

/// <summary>
/// What one cell can be read as, for <see cref="ColumnProfile"/>: worked out once per cell text and kept for the whole
/// header search (<see cref="HeaderFinder"/> tries up to 50 header rows per table, and the 200 rows below each overlap,
/// so without the memo every cell is parsed up to 50 times per separator).
/// </summary>
internal readonly record struct CellFacts(MunicipalityCode? Code, int? Year, bool IsIndicator, bool IsSymbol, bool IsScore)
{
    public static CellFacts Of(SourceCell cell)
    {
        var isSymbol = SsbSymbolText.TryParse(cell.Text, out _);
        return new CellFacts(
            CellParsers.ParseCode(cell, out _),
            CellParsers.TryYear(cell),
            HeaderNames.TryMatchIndicator(cell.Text, out _),
            isSymbol,
            isSymbol || cell.Number is not null || CellParsers.TryParseNumber(cell.Text, out _));
    }

    /// <summary>A memo of <see cref="Of"/> for one search: the same text and number give the same facts.</summary>
    public static Func<SourceCell, CellFacts> Memo()
    {
        var known = new Dictionary<SourceCell, CellFacts>();
        return cell =>
        {
            if (!known.TryGetValue(cell, out var facts))
            {
                facts = Of(cell);
                known[cell] = facts;
            }

            return facts;
        };
    }
}
