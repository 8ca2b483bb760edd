using Kommunedigital.Core.Boundaries;

namespace Kommunedigital.Core.Survey;

/// <summary>
/// Decides the role of each column under one candidate header from the header's hints and the cells below.
/// For each role the candidates are the columns whose content fits; among them a column whose header names the
/// role ranks first; two candidates of the same rank that disagree make the header ambiguous.
/// </summary>
internal sealed class ColumnChoice
{
    private const double HintedShare = 0.5;
    private const double UnhintedShare = 0.9;

    private readonly SourceRow _header;
    private readonly HeaderHint[] _hints;
    private readonly ColumnProfile[] _profiles;
    private readonly bool _noSample;
    private readonly HashSet<int> _taken = [];

    private ColumnChoice(SourceRow header, HeaderHint[] hints, ColumnProfile[] profiles, bool noSample)
    {
        _header = header;
        _hints = hints;
        _profiles = profiles;
        _noSample = noSample;
    }

    /// <summary>The columns when the header is usable, else null (see <see cref="Missing"/> and <see cref="Ambiguity"/>).</summary>
    public SurveyColumns? Columns { get; private set; }

    /// <summary>How many columns got a role; the best header row and separator have the most.</summary>
    public int Recognised => _taken.Count;

    /// <summary>What the header lacks, in bokmål, for the rejection message.</summary>
    public List<string> Missing { get; } = [];

    /// <summary>Two columns that both fit one role, named, or null.</summary>
    public string? Ambiguity { get; private set; }

    public static ColumnChoice Decide(SourceRow header, HeaderHint[] hints, IReadOnlyList<SourceRow> sample, Func<MunicipalityCode, bool> isKnown, Func<SourceCell, CellFacts>? factsOf = null)
    {
        var width = Math.Max(header.Cells.Count, sample.Count == 0 ? 0 : sample.Max(r => r.Cells.Count));
        var profiles = Enumerable.Range(0, width).Select(c => ColumnProfile.Of(sample, c, isKnown, factsOf)).ToArray();
        var allHints = Enumerable.Range(0, width).Select(c => c < hints.Length ? hints[c] : default).ToArray();
        var choice = new ColumnChoice(header, allHints, profiles, sample.Count == 0);
        choice.Run();
        return choice;
    }

    private void Run()
    {
        var year = Pick("år", p => p.YearShare, (a, b) => a.SameYearsAs(b), (ColumnRole.Year, 1));
        var code = Pick("kommunenummer", p => p.CodeShare, (a, b) => a.SameCodesAs(b), (ColumnRole.Code, 2), (ColumnRole.Name, 1));
        int? name = Enumerable.Range(0, _hints.Length).Where(c => _hints[c].Role == ColumnRole.Name && !_taken.Contains(c)).Select(c => (int?)c).FirstOrDefault();
        if (name is { } n)
        {
            _taken.Add(n);
        }

        var indicator = Pick("indikator", p => p.IndicatorShare, (_, _) => false, (ColumnRole.Indicator, 1));
        var values = ScoreColumns(indicator);
        if (Ambiguity is not null)
        {
            return;
        }

        if (code is null)
        {
            Missing.Add("kommunenummer (kommunenummer, knr, region, eller en kolonne med numre som 0301 eller «0301 Oslo»)");
        }

        if (values.Count == 0)
        {
            Missing.Add(indicator is null
                ? "skårer (digital prioritering, digital kompetanse, digital aktivitet; eller indikator og verdi)"
                : "en verdikolonne (verdi, skår eller tabelltittelen) ved siden av indikatorkolonnen");
        }
        else if (year is null && values.Any(v => v.Year is null))
        {
            Missing.Add("år (år, year, tid, eller året i hver skårkolonne som «Digital prioritering 2022»)");
        }

        if (Missing.Count == 0)
        {
            Columns = new SurveyColumns(_header.Cells.Select(c => c.Text).ToArray(), code!.Value, name, year, indicator, values);
        }
    }

    private List<ValueColumn> ScoreColumns(int? indicator)
    {
        var values = new List<ValueColumn>();
        for (var c = 0; c < _hints.Length; c++)
        {
            var hint = _hints[c];
            if (hint.Role == ColumnRole.Value && !_taken.Contains(c) && (hint.Indicator is not null || (hint.Year is not null && indicator is not null)))
            {
                values.Add(new ValueColumn(c, hint.Indicator, hint.Year, StatusFor(hint.Indicator, hint.Year)));
                _taken.Add(c);
            }
        }

        if (values.Count > 0 || indicator is null)
        {
            return values;
        }

        // Long layout: one value column beside the indicator column, named or found by its numbers.
        var generic = Pick(
            "verdi",
            p => p.ScoreShare,
            (_, _) => false,
            (ColumnRole.Value, 1));
        if (generic is { } g)
        {
            values.Add(new ValueColumn(g, null, null, StatusFor(null, null)));
        }

        return values;
    }

    private int? StatusFor(Indicator? indicator, int? year)
    {
        for (var c = 0; c < _hints.Length; c++)
        {
            var hint = _hints[c];
            if (hint.Role == ColumnRole.Status && hint.Indicator == indicator && year is null && !_taken.Contains(c) &&
                (_noSample || _profiles[c].NonEmpty == 0 || _profiles[c].SymbolShare >= HintedShare))
            {
                _taken.Add(c);
                return c;
            }
        }

        return null;
    }

    /// <summary>
    /// The column for one role: the best-ranked header hint among columns whose content fits, else an unnamed
    /// column whose content fits well, else a named column whose cells are all wrong (each row then says why).
    /// </summary>
    private int? Pick(string what, Func<ColumnProfile, double> share, Func<ColumnProfile, ColumnProfile, bool> agree, params (ColumnRole Role, int Rank)[] hinted)
    {
        int RankOf(int c) => hinted.Where(h => h.Role == _hints[c].Role).Select(h => h.Rank).DefaultIfEmpty(0).Max();

        var free = Enumerable.Range(0, _hints.Length).Where(c => !_taken.Contains(c)).ToArray();
        var fitting = free.Where(c => RankOf(c) > 0
                ? _noSample || share(_profiles[c]) >= HintedShare
                : _hints[c].Role == ColumnRole.None && _profiles[c].NonEmpty > 0 && share(_profiles[c]) >= UnhintedShare)
            .ToArray();
        if (fitting.Length == 0)
        {
            var named = free.Where(c => RankOf(c) == hinted[0].Rank).ToArray();
            return Take(named.Length > 0 ? named[0] : null);
        }

        var top = fitting.Max(RankOf);
        var best = fitting.Where(c => RankOf(c) == top).ToArray();
        if (best.Length > 1 && !agree(_profiles[best[0]], _profiles[best[1]]))
        {
            Ambiguity ??= $"To kolonner kan være {what}: {Named(best[0])} og {Named(best[1])}. Gi den ene en annen overskrift, eller fjern den.";
            return null;
        }

        return Take(best[0]);
    }

    private int? Take(int? column)
    {
        if (column is { } c)
        {
            _taken.Add(c);
        }

        return column;
    }

    private string Named(int column)
    {
        var text = column < _header.Cells.Count ? _header.Cells[column].Text : string.Empty;
        var position = $"kolonne {(column + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        return string.IsNullOrWhiteSpace(text) ? position : $"{CellParsers.Quote(text)} ({position})";
    }
}
