using System.Globalization;
using Kommunedigital.Core.Boundaries;

namespace Kommunedigital.Core.Survey;

/// <summary>
/// Reads the rows below a header into records, for any layout <see cref="SurveyColumns"/> describes: each value
/// column takes its indicator and year from its header or from the row. A row with any fault is skipped whole and
/// its faults listed; notes below (or between) the data are counted, never listed as faults.
/// </summary>
internal sealed class RowReader
{
    private readonly SurveyColumns _columns;
    private readonly SurveyNumbering _numbering;
    private readonly double _minimum;
    private readonly double _maximum;
    private readonly Dictionary<(MunicipalityCode, int, Indicator), int> _seen = [];
    private readonly RowReadResult _result = new();

    // A large file repeats a few hundred codes, three indicators and their names: parse each text once.
    private readonly Dictionary<string, (MunicipalityCode? Code, CellProblem? Problem)> _codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Indicator?> _indicators = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, MunicipalityCode, string), bool> _names = [];

    public RowReader(SurveyColumns columns, SurveyNumbering numbering, double minimum, double maximum)
    {
        _columns = columns;
        _numbering = numbering;
        _minimum = minimum;
        _maximum = maximum;
    }

    public RowReadResult Read(HeaderMatch match)
    {
        var header = match.Table.Head[match.HeaderIndex];
        var inNotes = false;
        var index = -1;
        foreach (var row in match.Table.ReadAll())
        {
            index++;
            if (index <= match.HeaderIndex || row.IsBlank)
            {
                continue;
            }

            var codeCell = row[_columns.Code];
            var hasCode = Code(codeCell, out _) is not null;
            if ((inNotes && !hasCode) || (!hasCode && NoteRows.StartsNotes(row)))
            {
                inNotes = true;
                _result.NoteRows.Add(row.Number);
                continue;
            }

            inNotes = false;
            if (!hasCode && IsRepeatedHeader(row, header))
            {
                continue;
            }

            if (!hasCode && _columns.DataColumns.All(c => row[c].IsEmpty))
            {
                _result.NoteRows.Add(row.Number);
                continue;
            }

            ReadRow(row);
        }

        return _result;
    }

    private bool IsRepeatedHeader(SourceRow row, SourceRow header) =>
        HeaderNames.Normalise(row[_columns.Code].Text) == HeaderNames.Normalise(header[_columns.Code].Text) &&
        HeaderNames.Normalise(row[_columns.Values[0].Index].Text) == HeaderNames.Normalise(header[_columns.Values[0].Index].Text);

    private void ReadRow(SourceRow row)
    {
        _result.RowsRead++;
        _result.LastDataRow = row.Number;
        var problems = new List<ImportProblem>();
        void Problem(int? column, CellProblem problem) =>
            problems.Add(new ImportProblem(row.Number, column is { } c ? _columns.HeaderOf(c) : null, problem.Reason, problem.Detail));

        var code = Code(row[_columns.Code], out var codeProblem);
        if (codeProblem is { } cp)
        {
            Problem(_columns.Code, cp);
        }

        int? rowYear = null;
        if (_columns.Year is { } yearColumn)
        {
            rowYear = CellParsers.ParseYear(row[yearColumn], out var yearProblem);
            if (yearProblem is { } yp)
            {
                Problem(yearColumn, yp);
            }
        }

        Indicator? rowIndicator = null;
        if (_columns.Indicator is { } indicatorColumn)
        {
            var cell = row[indicatorColumn];
            if (!_indicators.TryGetValue(cell.Text, out var known))
            {
                known = HeaderNames.TryMatchIndicator(cell.Text, out var parsed) ? parsed : null;
                _indicators[cell.Text] = known;
            }

            if (known is { } parsedIndicator)
            {
                rowIndicator = parsedIndicator;
            }
            else
            {
                Problem(indicatorColumn, cell.IsEmpty
                    ? new CellProblem("Indikatoren er tom", "tom indikator")
                    : new CellProblem("Ukjent indikator (Digital prioritering, Digital kompetanse, Digital aktivitet)", CellParsers.Quote(cell.Text)));
            }
        }

        var scores = new List<SurveyRecord>();
        var checkedYears = new Dictionary<int, NumberInYear?>();
        foreach (var value in _columns.Values)
        {
            // A CSV row that stops before this column (a line cut short) has no cell here: not even an empty one.
            if (value.Index >= row.Cells.Count)
            {
                continue;
            }

            var year = value.Year ?? rowYear;
            var indicator = value.Indicator ?? rowIndicator;
            var score = CellParsers.ParseScore(row[value.Index], value.Status is { } s ? row[s] : null, _minimum, _maximum, out var scoreProblem);
            if (scoreProblem is { } sp)
            {
                Problem(value.Index, sp);
            }

            if (code is not { } c || year is not { } y || indicator is not { } i)
            {
                continue;
            }

            // PxWeb writes every selected region for every year: where a number did not exist that year the cell is
            // empty (or "." / ".."). Such a cell says nothing about a municipality and is not a fault.
            if (score is { IsMissing: true } && !_numbering.TryGet(y, c, out _))
            {
                continue;
            }

            if (!checkedYears.TryGetValue(y, out var number))
            {
                number = Resolve(c, y, value.Year is null ? _columns.Year : value.Index, Problem);
                checkedYears[y] = number;
            }

            if (number is { } n && score is { } sc)
            {
                scores.Add(new SurveyRecord(n.ShapeCode, y, i, sc));
            }
        }

        foreach (var duplicate in scores.Where(s => _seen.ContainsKey((s.Municipality, s.Year, s.Indicator))).Take(1))
        {
            var first = _seen[(duplicate.Municipality, duplicate.Year, duplicate.Indicator)];
            Problem(_columns.Code, new CellProblem(
                "Duplikat: kommunen, året og indikatoren står allerede på en tidligere rad",
                string.Create(CultureInfo.InvariantCulture, $"{code}, {duplicate.Year}, {IndicatorText.Label(duplicate.Indicator)} står også på rad {first}")));
        }

        if (problems.Count > 0)
        {
            _result.Problems.AddRange(problems);
            return;
        }

        _result.RowsAccepted++;
        foreach (var record in scores)
        {
            _seen[(record.Municipality, record.Year, record.Indicator)] = row.Number;
            _result.Records.Add(record);
        }

        if (checkedYears.FirstOrDefault() is { Value: { } official } firstYear)
        {
            CheckName(row, firstYear.Key, official);
        }
    }

    private NumberInYear? Resolve(MunicipalityCode code, int year, int? yearColumn, Action<int?, CellProblem> problem)
    {
        if (_numbering.SetFor(year) is not { } set)
        {
            var oldest = _numbering.Boundaries.Sets[0];
            problem(yearColumn, new CellProblem(
                "Ingen kommuneinndeling dekker året",
                string.Create(CellParsers.Norwegian, $"{year}: den eldste inndelingen er {oldest.Id}, gjeldende fra {oldest.ValidFrom:d. MMMM yyyy}")));
            return null;
        }

        if (_numbering.TryGet(year, code, out var number))
        {
            return number;
        }

        problem(_columns.Code, new CellProblem(
            "Kommunenummeret gjaldt ikke 1. januar i året",
            string.Create(CultureInfo.InvariantCulture, $"{code} i {year} (året tegnes på {set.Id}-inndelingen)")));
        return null;
    }

    /// <summary>A name in the file that is not the official name of the number: commonly a wrong number, so say both.</summary>
    private void CheckName(SourceRow row, int year, NumberInYear number)
    {
        string? name = null;
        if (_columns.Name is { } nameColumn && !row[nameColumn].IsEmpty)
        {
            name = row[nameColumn].Text;
            if (CellParsers.TryParseCodeText(name, out _, out var afterCode))
            {
                name = afterCode;
            }
        }
        else if (row[_columns.Code].Number is null && CellParsers.TryParseCodeText(row[_columns.Code].Text, out _, out var inCodeCell))
        {
            name = inCodeCell;
        }

        if (name is null)
        {
            return;
        }

        var boundaryName = _numbering.SetFor(year) is { } set && set.TryGetMunicipality(number.ShapeCode, out var drawn) ? drawn.Name : number.Name;
        if (!_names.TryGetValue((name, number.Code, number.Name), out var agree))
        {
            agree = MunicipalityNames.Agree(name, number.Name) || MunicipalityNames.Agree(name, boundaryName);
            _names[(name, number.Code, number.Name)] = agree;
        }

        if (agree)
        {
            return;
        }

        _result.NameMismatches.Add((row.Number, CellParsers.OneLine(name), number.Code.Value, boundaryName));
    }

    private MunicipalityCode? Code(SourceCell cell, out CellProblem? problem)
    {
        if (cell.Number is not null)
        {
            return CellParsers.ParseCode(cell, out problem);
        }

        if (!_codes.TryGetValue(cell.Text, out var parsed))
        {
            parsed = (CellParsers.ParseCode(cell, out var p), p);
            _codes[cell.Text] = parsed;
        }

        problem = parsed.Problem;
        return parsed.Code;
    }
}
