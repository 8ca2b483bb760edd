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
    public static ColumnProfile Of(IReadOnlyList<SourceRow> rows, int column, Func<MunicipalityCode, bool> isKnown)
    {
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
            var code = CellParsers.ParseCode(cell, out _);
            profile._codes.Add(code);
            if (code is { } c && isKnown(c))
            {
                profile.KnownCodes++;
            }

            var year = CellParsers.TryYear(cell);
            profile._years.Add(year);
            if (year is not null)
            {
                profile.YearCells++;
            }

            if (HeaderNames.TryMatchIndicator(cell.Text, out _))
            {
                profile.IndicatorCells++;
            }

            if (SsbSymbolText.TryParse(cell.Text, out _))
            {
                profile.SymbolCells++;
                profile.ScoreCells++;
            }
            else if (cell.Number is not null || CellParsers.TryParseNumber(cell.Text, out _))
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
