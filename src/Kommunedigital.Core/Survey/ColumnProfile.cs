using Kommunedigital.Core.Boundaries;

namespace Kommunedigital.Core.Survey;

/// <summary>What the cells of one column below a candidate header look like: the content half of column finding.</summary>
internal sealed class ColumnProfile
{
    private readonly List<MunicipalityCode?> _codes = [];
    private readonly List<int?> _years = [];

    public int NonEmpty { get; private set; }

    public int KnownCodes { get; private set; }

    public int YearCells { get; private set; }

    public int IndicatorCells { get; private set; }

    public int ScoreCells { get; private set; }

    public int SymbolCells { get; private set; }

    public double CodeShare => Share(KnownCodes);

    public double YearShare => Share(YearCells);

    public double IndicatorShare => Share(IndicatorCells);

    public double ScoreShare => Share(ScoreCells);

    public double SymbolShare => Share(SymbolCells);

    /// <summary>Profiles column <paramref name="column"/> of <paramref name="rows"/>.</summary>
    /// <param name="rows">The sampled rows below a candidate header.</param>
    /// <param name="column">Zero-based column.</param>
    /// <param name="isKnown">True for a number valid in some structure the file can be checked against.</param>
    /// <param name="factsOf">What a cell can be read as (<see cref="CellFacts.Of"/>, or a memo of it).</param>
    public static ColumnProfile Of(IReadOnlyList<SourceRow> rows, int column, Func<MunicipalityCode, bool> isKnown, Func<SourceCell, CellFacts>? factsOf = null)
    {
        factsOf ??= CellFacts.Of;
        var profile = new ColumnProfile();
        foreach (var row in rows)
        {
            var cell = row[column];
            if (cell.IsEmpty)
            {
                profile._codes.Add(null);
                profile._years.Add(null);
                continue;
            }

            profile.NonEmpty++;
            var facts = factsOf(cell);
            profile._codes.Add(facts.Code);
            if (facts.Code is { } c && isKnown(c))
            {
                profile.KnownCodes++;
            }

            profile._years.Add(facts.Year);
            if (facts.Year is not null)
            {
                profile.YearCells++;
            }

            if (facts.IsIndicator)
            {
                profile.IndicatorCells++;
            }

            if (facts.IsSymbol)
            {
                profile.SymbolCells++;
            }

            if (facts.IsScore)
            {
                profile.ScoreCells++;
            }
        }

        return profile;
    }

    /// <summary>True when both columns give the same municipality number on every sampled row.</summary>
    public bool SameCodesAs(ColumnProfile other) => _codes.SequenceEqual(other._codes);

    /// <summary>True when both columns give the same year on every sampled row.</summary>
    public bool SameYearsAs(ColumnProfile other) => _years.SequenceEqual(other._years);

    private double Share(int count) => NonEmpty == 0 ? 0 : (double)count / NonEmpty;
}
