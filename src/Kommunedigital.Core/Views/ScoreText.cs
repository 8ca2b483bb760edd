using System.Globalization;
using Kommunedigital.Core.Resources;

namespace Kommunedigital.Core.Views;

/// <summary>
/// How a score is rounded and written, everywhere: the page, the tooltip, the table, the legend, every drawn
/// export and every data download. One decimal, halves rounded up as SSB rounds (58.25 → 58.3).
/// </summary>
/// <remarks>
/// The rounding works on the decimal value the source wrote, not on the binary double: 1.15 is stored as
/// 1.149999…, so the "F1" format gives 1.1 where SSB prints 1.2, and "F1" rounds an exact binary half to even
/// (58.25 → 58.2). Converting to
/// <see cref="decimal"/> first keeps 15 significant digits, which recovers the source's decimals exactly for
/// any score on 0–100 with up to 13 decimals. Scores are never negative, so "half up" and "half away from
/// zero" are the same rule; away from zero is used so that a negative (only possible in hand-built data)
/// rounds symmetrically.
/// </remarks>
public static class ScoreText
{
    /// <summary>The nb-NO culture of the UI and the drawn exports (its minus sign is U+2212, read as "minus").</summary>
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("nb-NO");

    /// <summary>The score rounded to one decimal, halves up: 58.25 → 58.3, 1.15 → 1.2, 99.95 → 100.0.</summary>
    public static decimal Round(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A score must be a finite number.");
        }

        return Math.Round((decimal)value, 1, MidpointRounding.AwayFromZero);
    }

    /// <summary>"58,3": nb-NO, one decimal, decimal comma (page, tooltip, table, legend, PNG/PDF/SVG/PPTX).</summary>
    public static string Norwegian(double value) => Round(value).ToString("0.0", Culture);

    /// <summary>"58.3": invariant, one decimal, decimal point (RFC 4180 CSV and other machine formats).</summary>
    public static string Invariant(double value) => Round(value).ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>"40,0–52,3" (en dash): a legend class's range in the nb-NO form.</summary>
    public static string Range(double lower, double upper) => $"{Norwegian(lower)}–{Norwegian(upper)}";

    /// <summary>The score as a reader of <paramref name="language"/> reads it: "58,3" in bokmål, "58.3" in English.</summary>
    public static string Format(double value, ReaderLanguage language) => Round(value).ToString("0.0", ReaderText.Culture(language));

    /// <summary>A legend class's range in <paramref name="language"/>: "40,0–52,3", "40.0–52.3".</summary>
    public static string Range(double lower, double upper, ReaderLanguage language) => $"{Format(lower, language)}–{Format(upper, language)}";
}
