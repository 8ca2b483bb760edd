namespace Kommunedigital.Core.Classification;

/// <summary>
/// The diverging colours of a change map: ColorBrewer's PuOr with 7 classes (Cynthia Brewer, Apache 2.0), orange for
/// a fall, purple for a rise and a near-white middle class centred on 0. PuOr is one of ColorBrewer's schemes marked
/// safe for the common colour-vision deficiencies. The classes are symmetric: the middle one is (−h, h) and the others
/// are 2h wide, with 2h a round step chosen so that the outermost classes reach the largest change either way.
/// </summary>
public static class DivergingPalette
{
    /// <summary>Falls first (darkest orange), then the middle class, then rises (darkest purple).</summary>
    public static IReadOnlyList<string> Colours { get; } =
        Array.AsReadOnly(["#b35806", "#f1a340", "#fee0b6", "#f7f7f7", "#d8daeb", "#998ec3", "#542788"]);

    private static readonly double[] RoundSteps = [0.2, 0.5, 1, 2, 2.5, 5, 10, 20, 25, 50];

    /// <summary>
    /// The six class limits, ascending and symmetric around 0 (−5h, −3h, −h, h, 3h, 5h), for differences whose largest
    /// absolute value is <paramref name="largestChange"/> (points). The step 2h is the smallest round step with 5h at least
    /// that large; 0.2 (h = 0.1) when nothing changed.
    /// </summary>
    public static IReadOnlyList<double> Limits(double largestChange)
    {
        var largest = Math.Abs(largestChange);
        var step = RoundSteps.FirstOrDefault(s => 2.5 * s >= largest, RoundSteps[^1]);
        var half = step / 2;
        return [-5 * half, -3 * half, -half, half, 3 * half, 5 * half];
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
