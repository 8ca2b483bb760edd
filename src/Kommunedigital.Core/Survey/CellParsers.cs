using System.Globalization;
using System.Text.RegularExpressions;
using Kommunedigital.Core.Boundaries;

namespace Kommunedigital.Core.Survey;

/// <summary>
/// Reads one cell as a municipality number, a year or a score. Problems come back as values, never exceptions;
/// their text is bokmål for the publisher running <c>check</c>.
/// </summary>
internal static partial class CellParsers
{
    /// <summary>Numbers in messages are written as a Norwegian reader expects them: 104,5.</summary>
    public static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");

    public const string SymbolList = "..  .  :  -";

    /// <summary>"301", 301, "0301 Oslo", "K-0301", "K-0301 Oslo" and "0301 - Oslo" all give 0301.</summary>
    public static MunicipalityCode? ParseCode(SourceCell cell, out CellProblem? problem)
    {
        problem = null;
        if (cell.Number is { } number)
        {
            if (number == Math.Floor(number) && number is >= 1 and <= 9999)
            {
                return MunicipalityCode.FromNumber((int)number);
            }

            problem = new CellProblem("Ikke et kommunenummer", $"{Quote(cell.Text)} (forventet fire sifre som 0301)");
            return null;
        }

        var text = cell.Text.Trim();
        if (text.Length == 0)
        {
            problem = new CellProblem("Kommunenummeret er tomt", "tomt kommunenummer");
            return null;
        }

        if (TryParseCodeText(text, out var code, out _))
        {
            return code;
        }

        problem = new CellProblem("Ikke et kommunenummer", $"{Quote(text)} (forventet fire sifre som 0301, eller «0301 Oslo»)");
        return null;
    }

    /// <summary>The code and any name after it ("0301 Oslo" → 0301, "Oslo").</summary>
    public static bool TryParseCodeText(string text, out MunicipalityCode code, out string? name)
    {
        name = null;
        var match = CodePattern().Match(text.Trim());
        if (match.Success && MunicipalityCode.TryParse(match.Groups["code"].Value, out code))
        {
            name = match.Groups["name"].Success && match.Groups["name"].Value.Length > 0 ? match.Groups["name"].Value.Trim() : null;
            return true;
        }

        code = default;
        return false;
    }

    public static int? ParseYear(SourceCell cell, out CellProblem? problem)
    {
        problem = null;
        if (TryYear(cell) is { } year)
        {
            return year;
        }

        var text = cell.Text.Trim();
        problem = text.Length == 0
            ? new CellProblem("Året er tomt", "tomt år")
            : new CellProblem("Ikke et årstall", $"{Quote(text)} (forventet fire sifre som 2022)");
        return null;
    }

    /// <summary>A four-digit year 1900-2100 stored as a number or as text, else null.</summary>
    public static int? TryYear(SourceCell cell)
    {
        if (cell.Number is { } number)
        {
            return number == Math.Floor(number) && number is >= 1900 and <= 2100 ? (int)number : null;
        }

        var text = cell.Text.Trim();
        return text.Length == 4 && text.All(char.IsAsciiDigit) && int.Parse(text, CultureInfo.InvariantCulture) is var year and >= 1900 and <= 2100
            ? year
            : null;
    }

    /// <summary>
    /// A score: a number within the range, an SSB symbol, or an empty cell (<see cref="Score.NotStated"/>). A status
    /// cell, when present, supplies the symbol for an empty score and must agree with a number ("-" with 0).
    /// </summary>
    public static Score? ParseScore(SourceCell cell, SourceCell? statusCell, double minimum, double maximum, out CellProblem? problem)
    {
        problem = null;
        SsbSymbol? status = null;
        if (statusCell is { IsEmpty: false })
        {
            if (!SsbSymbolText.TryParse(statusCell.Text, out var parsed))
            {
                problem = new CellProblem("Statusen er ikke et SSB-symbol (" + SymbolList + ")", Quote(statusCell.Text.Trim()));
                return null;
            }

            status = parsed;
        }

        double value;
        if (cell.Number is { } number)
        {
            value = number;
        }
        else
        {
            var text = cell.Text.Trim();
            if (text.Length == 0)
            {
                // An empty cell says nothing: not SSB's "..", which states that a figure exists and is missing.
                return status is { } s ? Score.FromSymbol(s) : Score.NotStated;
            }

            if (SsbSymbolText.TryParse(text, out var symbol))
            {
                if (status is { } other && other != symbol)
                {
                    problem = new CellProblem("Skår og status motsier hverandre", $"«{text}» med status «{SsbSymbolText.Symbol(other)}»");
                    return null;
                }

                return Score.FromSymbol(symbol);
            }

            if (!TryParseNumber(text, out value))
            {
                problem = new CellProblem("Ikke et tall eller et SSB-symbol (" + SymbolList + ")", Quote(text));
                return null;
            }
        }

        var shown = value.ToString("0.###", Norwegian);
        if (status is { } statusSymbol)
        {
            if (statusSymbol == SsbSymbol.Nil && value == 0)
            {
                return Score.FromSymbol(SsbSymbol.Nil);
            }

            problem = new CellProblem("Skår og status motsier hverandre", $"{shown} med status «{SsbSymbolText.Symbol(statusSymbol)}»");
            return null;
        }

        if (!double.IsFinite(value) || value < minimum || value > maximum)
        {
            var range = $"{minimum.ToString(Norwegian)}–{maximum.ToString(Norwegian)}";
            problem = new CellProblem($"Skår utenfor tillatt område {range}", shown);
            return null;
        }

        return Score.Of(value);
    }

    /// <summary>
    /// "55,3", "55.3", "1 234,5" as numbers; thousands separators only with a decimal part after them. A number
    /// ending in its decimal separator ("51,") is refused: it is what a file cut inside "51,9" leaves.
    /// </summary>
    public static bool TryParseNumber(string text, out double value)
    {
        var cleaned = text.Replace("\u00A0", string.Empty, StringComparison.Ordinal)
            .Replace("\u202F", string.Empty, StringComparison.Ordinal)
            .Replace(" ", string.Empty, StringComparison.Ordinal)
            .Replace('\u2212', '-');
        value = 0;
        if (cleaned.Length == 0 || cleaned[^1] is ',' or '.')
        {
            return false;
        }

        var comma = cleaned.LastIndexOf(',');
        var point = cleaned.LastIndexOf('.');
        if (comma >= 0 && point >= 0)
        {
            cleaned = comma > point
                ? cleaned.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.')
                : cleaned.Replace(",", string.Empty, StringComparison.Ordinal);
        }
        else if (comma >= 0)
        {
            cleaned = cleaned.Replace(',', '.');
        }

        return double.TryParse(cleaned, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    /// <summary>A cell's text in «», on one line and at most 40 characters.</summary>
    public static string Quote(string text)
    {
        var line = OneLine(text);
        return "«" + (line.Length > 40 ? line[..40] + "…" : line) + "»";
    }

    /// <summary>Line breaks and runs of white space inside a cell become one space.</summary>
    public static string OneLine(string text) => WhiteSpace().Replace(text, " ").Trim();

    [GeneratedRegex(@"^(?:K\s*-?\s*)?(?<code>\d{1,4})(?:\s*[-–:]?\s*(?<name>\p{L}.*))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
