using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Kommunedigital.Core.Boundaries;

/// <summary>A fylkesnummer: always two digits as text ("03"), never an integer.</summary>
public readonly record struct CountyCode : IComparable<CountyCode>
{
    private CountyCode(string value) => Value = value;

    /// <summary>Two ASCII digits, leading zero kept.</summary>
    public string Value { get; }

    /// <summary>Accepts 1 or 2 digits ("3" and "03" both give "03"); "00" and anything else are rejected.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out CountyCode code)
    {
        code = default;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 2 || !trimmed.All(char.IsAsciiDigit))
        {
            return false;
        }

        var padded = trimmed.PadLeft(2, '0');
        if (padded == "00")
        {
            return false;
        }

        code = new CountyCode(padded);
        return true;
    }

    /// <summary>Parses like <see cref="TryParse"/>; throws <see cref="FormatException"/> on bad input.</summary>
    public static CountyCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"'{text}' is not a county number (1-2 digits).");

    /// <summary>From a number as stored in GeoJSON files: 3 → "03".</summary>
    public static CountyCode FromNumber(int number) =>
        number is > 0 and <= 99
            ? new CountyCode(number.ToString("D2", CultureInfo.InvariantCulture))
            : throw new ArgumentOutOfRangeException(nameof(number), number, "A county number is 1-99.");

    public int CompareTo(CountyCode other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value ?? string.Empty;
}
