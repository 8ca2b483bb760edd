using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Kommunedigital.Core.Boundaries;

/// <summary>
/// A kommunenummer: always four digits as text ("0301"), never an integer, because SSB and
/// Kartverket files store it as a number (301) as often as as text. The first two digits are the
/// county (fylke) number in the structure the code belongs to.
/// </summary>
public readonly record struct MunicipalityCode : IComparable<MunicipalityCode>
{
    private MunicipalityCode(string value) => Value = value;

    /// <summary>Four ASCII digits, leading zeros kept.</summary>
    public string Value { get; }

    /// <summary>The county number: the first two digits.</summary>
    public CountyCode County => CountyCode.Parse(Value[..2]);

    /// <summary>
    /// Accepts 1 to 4 digits (leading zeros restored: "301" and "0301" both give "0301"),
    /// surrounding white space allowed. Anything else, including "0000", is rejected.
    /// </summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out MunicipalityCode code)
    {
        code = default;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 4 || !trimmed.All(char.IsAsciiDigit))
        {
            return false;
        }

        var padded = trimmed.PadLeft(4, '0');
        if (padded == "0000")
        {
            return false;
        }

        code = new MunicipalityCode(padded);
        return true;
    }

    /// <summary>Parses like <see cref="TryParse"/>; throws <see cref="FormatException"/> on bad input.</summary>
    public static MunicipalityCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"'{text}' is not a municipality number (1-4 digits).");

    /// <summary>From a number as stored by spreadsheets and GeoJSON files: 301 → "0301".</summary>
    public static MunicipalityCode FromNumber(int number) =>
        number is > 0 and <= 9999
            ? new MunicipalityCode(number.ToString("D4", CultureInfo.InvariantCulture))
            : throw new ArgumentOutOfRangeException(nameof(number), number, "A municipality number is 1-9999.");

    public int CompareTo(MunicipalityCode other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value ?? string.Empty;
}
