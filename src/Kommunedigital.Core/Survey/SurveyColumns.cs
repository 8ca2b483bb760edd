using System.Text;
using System.Text.RegularExpressions;

namespace Kommunedigital.Core.Survey;

/// <summary>
/// Where each understood column sits in a header row. Headers are matched after normalising case,
/// spacing, '_' and '-', and a trailing parenthesis ("Digital kompetanse (indeks)"), in Norwegian or English.
/// </summary>
internal sealed partial class SurveyColumns
{
    private static readonly string[] CodeNames =
        ["kommunenummer", "kommunenr", "kommune nr", "kommunekode", "knr", "region", "region code", "municipality number", "municipality code", "municipality no", "kommune nummer"];

    private static readonly string[] NameNames = ["kommune", "kommunenavn", "navn", "name", "municipality", "municipality name"];

    private static readonly string[] YearNames = ["år", "aar", "ar", "year", "tid", "årgang", "time"];

    private static readonly string[] IndicatorNames = ["indikator", "indicator", "statistikkvariabel", "contents", "statistic"];

    private static readonly string[] ValueNames = ["verdi", "value", "score", "poeng", "indeks", "index"];

    private static readonly string[] StatusNames = ["status", "symbol", "merknad"];

    public int? Code { get; private set; }

    public int? Name { get; private set; }

    public int? Year { get; private set; }

    /// <summary>Long layout: the column naming the indicator.</summary>
    public int? IndicatorName { get; private set; }

    /// <summary>Long layout: the score column.</summary>
    public int? Value { get; private set; }

    /// <summary>Long layout: an optional status column with SSB symbols.</summary>
    public int? Status { get; private set; }

    /// <summary>Wide layout: one score column per indicator.</summary>
    public Dictionary<Indicator, int> Scores { get; } = [];

    /// <summary>Wide layout: optional status columns (as written by <c>DatasetCsvWriter</c>).</summary>
    public Dictionary<Indicator, int> Statuses { get; } = [];

    /// <summary>The header text of each column, for problem messages.</summary>
    public IReadOnlyList<string> Headers { get; private init; } = [];

    public bool IsWide => Scores.Count > 0;

    public bool IsLong => !IsWide && IndicatorName is not null && Value is not null;

    /// <summary>A usable header: a municipality column, a year column and scores in either layout.</summary>
    public bool IsComplete => (Code ?? Name) is not null && Year is not null && (IsWide || IsLong);

    /// <summary>How many columns were understood; the best header row and separator have the most.</summary>
    public int Recognised =>
        new[] { Code, Name, Year, IndicatorName, Value, Status }.Count(c => c is not null) + Scores.Count + Statuses.Count;

    /// <summary>The column that holds municipality numbers: a number column, else a name column holding "0301 Oslo".</summary>
    public int? CodeColumn => Code ?? Name;

    public string HeaderOf(int column) =>
        column < Headers.Count && !string.IsNullOrWhiteSpace(Headers[column]) ? Headers[column].Trim() : $"column {column + 1}";

    public static SurveyColumns Match(SourceRow row)
    {
        var columns = new SurveyColumns { Headers = row.Cells.Select(c => c.Text).ToArray() };
        for (var i = 0; i < row.Cells.Count; i++)
        {
            var key = Normalise(row.Cells[i].Text);
            if (key.Length == 0)
            {
                continue;
            }

            if (TryMatchStatus(key, out var statusOf))
            {
                columns.Statuses.TryAdd(statusOf, i);
            }
            else if (TryMatchIndicator(key, out var indicator))
            {
                columns.Scores.TryAdd(indicator, i);
            }
            else if (CodeNames.Contains(key))
            {
                columns.Code ??= i;
            }
            else if (NameNames.Contains(key))
            {
                columns.Name ??= i;
            }
            else if (YearNames.Contains(key))
            {
                columns.Year ??= i;
            }
            else if (IndicatorNames.Contains(key))
            {
                columns.IndicatorName ??= i;
            }
            else if (ValueNames.Contains(key))
            {
                columns.Value ??= i;
            }
            else if (StatusNames.Contains(key))
            {
                columns.Status ??= i;
            }
        }

        return columns;
    }

    /// <summary>"Digital kompetanse", "kompetanse", "Digital competence", "digital_kompetanse" → Kompetanse.</summary>
    public static bool TryMatchIndicator(string? text, out Indicator indicator)
    {
        var key = Normalise(text);
        if (key.StartsWith("digital ", StringComparison.Ordinal))
        {
            key = key["digital ".Length..];
        }

        (indicator, var found) = key switch
        {
            "prioritering" or "priority" or "prioritisation" or "prioritization" => (Indicator.Prioritering, true),
            "kompetanse" or "competence" => (Indicator.Kompetanse, true),
            "aktivitet" or "activity" => (Indicator.Aktivitet, true),
            _ => (default, false),
        };
        return found;
    }

    private static bool TryMatchStatus(string key, out Indicator indicator)
    {
        indicator = default;
        foreach (var prefix in StatusNames)
        {
            if (key.StartsWith(prefix + " ", StringComparison.Ordinal) && TryMatchIndicator(key[(prefix.Length + 1)..], out indicator))
            {
                return true;
            }

            if (key.EndsWith(" " + prefix, StringComparison.Ordinal) && TryMatchIndicator(key[..^(prefix.Length + 1)], out indicator))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lower case, '_' '-' '.' as spaces, single spaces, no trailing "(...)" unit note.</summary>
    public static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var lowered = text.Trim().Trim('"').ToLowerInvariant().Normalize(NormalizationForm.FormC);
        lowered = TrailingParenthesis().Replace(lowered, string.Empty);
        lowered = Separators().Replace(lowered, " ");
        return lowered.Trim();
    }

    [GeneratedRegex(@"\s*\([^)]*\)\s*$")]
    private static partial Regex TrailingParenthesis();

    [GeneratedRegex(@"[\s_\-.]+")]
    private static partial Regex Separators();
}
