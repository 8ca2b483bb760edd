using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Kommunedigital.Core.Survey;

/// <summary>
/// Header texts in Norwegian and English as SSB, Digdir and our own downloads write them. Headers are matched after
/// normalising case, line breaks, spacing, '_' '-' '.' and a trailing parenthesis ("Digital kompetanse (indeks)").
/// </summary>
internal static partial class HeaderNames
{
    private static readonly string[] CodeNames =
        ["kommunenummer", "kommunenr", "kommune nr", "kommunekode", "knr", "region", "region code", "regionkode", "municipality number", "municipality code", "municipality no", "kommune nummer", "kode"];

    private static readonly string[] NameNames = ["kommune", "kommunenavn", "navn", "name", "municipality", "municipality name", "regionnavn"];

    private static readonly string[] YearNames = ["år", "aar", "ar", "year", "tid", "årgang", "time", "periode"];

    private static readonly string[] IndicatorNames = ["indikator", "indicator", "statistikkvariabel", "contents", "contentscode", "statistic", "variabel"];

    private static readonly string[] ValueNames = ["verdi", "value", "score", "skår", "skar", "poeng", "indeks", "index", "tall"];

    private static readonly string[] StatusNames = ["status", "symbol", "merknad", "flagg"];

    /// <summary>The hint for one header cell; <see cref="ColumnRole.None"/> when the text suggests nothing.</summary>
    public static HeaderHint Hint(string? text)
    {
        var key = Normalise(text);
        if (key.Length == 0)
        {
            return default;
        }

        if (TryMatchStatus(key, out var statusOf))
        {
            return new HeaderHint(ColumnRole.Status, statusOf);
        }

        if (TryMatchIndicatorAndYear(key, out var indicator, out var year))
        {
            return new HeaderHint(ColumnRole.Value, indicator, year);
        }

        if (key.Length == 4 && key.All(char.IsAsciiDigit) && int.Parse(key, CultureInfo.InvariantCulture) is var y and >= 1900 and <= 2100)
        {
            return new HeaderHint(ColumnRole.Value, null, y);
        }

        return key switch
        {
            _ when CodeNames.Contains(key) => new HeaderHint(ColumnRole.Code),
            _ when NameNames.Contains(key) => new HeaderHint(ColumnRole.Name),
            _ when YearNames.Contains(key) => new HeaderHint(ColumnRole.Year),
            _ when IndicatorNames.Contains(key) => new HeaderHint(ColumnRole.Indicator),
            _ when StatusNames.Contains(key) => new HeaderHint(ColumnRole.Status),
            _ when ValueNames.Contains(key) || TableTitle().IsMatch(key) || key.StartsWith("skår for ", StringComparison.Ordinal) => new HeaderHint(ColumnRole.Value),
            _ => default,
        };
    }

    /// <summary>"Digital kompetanse", "kompetanse", "Digital competence", "digital_kompetanse" → Kompetanse.</summary>
    public static bool TryMatchIndicator(string? text, out Indicator indicator) =>
        TryMatchIndicatorAndYear(Normalise(text), out indicator, out var year) && year is null;

    private static bool TryMatchIndicatorAndYear(string key, out Indicator indicator, out int? year)
    {
        year = null;
        var yearMatch = YearAtEnd().Match(key);
        if (yearMatch.Success)
        {
            year = int.Parse(yearMatch.Groups["year"].Value, CultureInfo.InvariantCulture);
            key = Normalise(key[..yearMatch.Index]);
        }

        foreach (var prefix in (ReadOnlySpan<string>)["skår for ", "indeks for ", "score for ", "digital ", "digitalisering "])
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal))
            {
                key = key[prefix.Length..];
            }
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

    /// <summary>Lower case, '_' '-' '.' and line breaks as spaces, single spaces, no trailing "(...)" unit note.</summary>
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

    // Statbank heads the value column with the table's number and title: "13xxx: Digitalisering i kommunene".
    [GeneratedRegex(@"^\d{2}[\dx]{2,3}[a-z]?\s*:\s*\S")]
    private static partial Regex TableTitle();

    [GeneratedRegex(@"\s(?<year>(19|20)\d\d)$")]
    private static partial Regex YearAtEnd();
}
