using System.Globalization;

namespace Kommunedigital.Core.Survey;

/// <summary>
/// The columns <see cref="HeaderFinder"/> settled on for one header row: where the municipality number, name, year
/// and indicator are, and the score columns.
/// </summary>
internal sealed class SurveyColumns
{
    public SurveyColumns(IReadOnlyList<string> headers, int code, int? name, int? year, int? indicator, IReadOnlyList<ValueColumn> values)
    {
        Headers = headers;
        Code = code;
        Name = name;
        Year = year;
        Indicator = indicator;
        Values = values;
    }

    /// <summary>The header text of each column, for messages.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>The column whose cells are municipality numbers (possibly "0301 Oslo").</summary>
    public int Code { get; }

    /// <summary>A separate column of municipality names, if any.</summary>
    public int? Name { get; }

    /// <summary>The column of years, or null when every score column's header names its year.</summary>
    public int? Year { get; }

    /// <summary>Long layout: the column naming each row's indicator.</summary>
    public int? Indicator { get; }

    public IReadOnlyList<ValueColumn> Values { get; }

    /// <summary>Every column a data row must fill or leave empty; used to tell notes from data.</summary>
    public IEnumerable<int> DataColumns =>
        Values.Select(v => v.Index).Concat(Values.Where(v => v.Status is not null).Select(v => v.Status!.Value))
            .Concat(new[] { Year, Indicator }.Where(c => c is not null).Select(c => c!.Value));

    /// <summary>How the table is laid out, in bokmål for the report.</summary>
    public string Layout => (Indicator, Year, Values.Any(v => v.Year is not null)) switch
    {
        (not null, null, true) => "bred tabell (én kolonne per år)",
        (not null, _, _) => "lang tabell (én rad per kommune, år og indikator)",
        (null, null, _) => "bred tabell (én kolonne per indikator og år)",
        _ => "bred tabell (én kolonne per indikator)",
    };

    /// <summary>The header of a column on one line, or "kolonne 3" when it has none.</summary>
    public string HeaderOf(int column) =>
        column < Headers.Count && !string.IsNullOrWhiteSpace(Headers[column])
            ? CellParsers.OneLine(Headers[column])
            : "kolonne " + (column + 1).ToString(CultureInfo.InvariantCulture);
}
