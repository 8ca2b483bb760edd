namespace Kommunedigital.Core.Classification;

/// <summary>
/// The diverging colours of a change map: ColorBrewer's PuOr with 7 classes (Cynthia Brewer, Apache 2.0), orange for
/// a fall, purple for a rise and a near-white middle class centred on 0. PuOr is one of ColorBrewer's schemes marked
/// safe for the common colour-vision deficiencies. The classes are symmetric: the middle one is [−h, h] and the six
/// others are 2h wide, so the outermost end at ±7h, with h a round number chosen so that 7h reaches the largest change
/// either way.
/// </summary>
public static class DivergingPalette
{
    /// <summary>Falls first (darkest orange), then the middle class, then rises (darkest purple).</summary>
    public static IReadOnlyList<string> Colours { get; } =
        Array.AsReadOnly(["#b35806", "#f1a340", "#fee0b6", "#f7f7f7", "#d8daeb", "#998ec3", "#542788"]);

    // Half-widths h whose odd multiples print exactly with one decimal; 7 · 15 = 105 covers any change on 0–100.
    private static readonly double[] Halves = [0.1, 0.2, 0.5, 1, 1.5, 2, 2.5, 3, 4, 5, 7.5, 10, 15];

    /// <summary>
    /// The six class limits, ascending and symmetric around 0 (−5h, −3h, −h, h, 3h, 5h), for differences whose largest
    /// absolute value is <paramref name="largestChange"/> (points): h is the smallest of 0.1, 0.2, 0.5, 1, 1.5, 2, 2.5,
    /// 3, 4, 5, 7.5, 10, 15 with 7h at least that large, so the outer classes (5h, 7h] reach it; 0.1 when nothing changed.
    /// </summary>
    public static IReadOnlyList<double> Limits(double largestChange)
    {
        var largest = Math.Abs(largestChange);
        var half = Halves.FirstOrDefault(h => 7 * h >= largest, Halves[^1]);
        return [-5 * half, -3 * half, -half, half, 3 * half, 5 * half];
    }

    /// <summary>
    /// The eight class edges of <paramref name="limits"/> from <see cref="Limits"/>: −7h, −5h, −3h, −h, h, 3h, 5h, 7h.
    /// Class i spans edges i and i + 1 (the legend's ranges).
    /// </summary>
    public static IReadOnlyList<double> Edges(IReadOnlyList<double> limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var half = limits[3];
        return [-7 * half, -5 * half, -3 * half, -half, half, 3 * half, 5 * half, 7 * half];
    }

    /// <summary>
    /// The class of <paramref name="difference"/> (0 = the largest falls, 3 = the middle, 6 = the largest rises) for
    /// <paramref name="limits"/> from <see cref="Limits"/>: a difference on a limit goes to the class nearer 0, so the
    /// classes stay symmetric; a difference beyond the outer limits goes to the outer class.
    /// </summary>
    public static int ClassOf(double difference, IReadOnlyList<double> limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (difference < 0)
        {
            var below = limits.Take(3).Count(l => difference < l);
            return 3 - below;
        }

        var above = limits.Skip(3).Count(l => difference > l);
        return 3 + above;
    }
}
