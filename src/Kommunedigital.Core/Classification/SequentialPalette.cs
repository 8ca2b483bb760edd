namespace Kommunedigital.Core.Classification;

/// <summary>
/// The sequential colours of the choropleth: matplotlib's viridis (van der Walt and Smith, CC0), reversed so
/// that the lowest class is the lightest (yellow) and the highest the darkest (purple). Viridis stays ordered
/// in lightness for the common colour-vision deficiencies and in greyscale print. Its lightest end is a
/// saturated yellow, so the lowest class never looks like white, the missing grey
/// (<c>ChoroplethModel.MissingColour</c>) or the outside grey (<c>ChoroplethModel.OutsideColour</c>).
/// </summary>
public static class SequentialPalette
{
    // viridis sampled at k evenly spaced points, as R's viridisLite::viridis(k) gives them, darkest first.
    // One class gets the middle colour: a single value is neither low nor high.
    private static readonly string[][] ViridisDarkFirst =
    [
        ["#21908c"],
        ["#440154", "#fde725"],
        ["#440154", "#21908c", "#fde725"],
        ["#440154", "#31688e", "#35b779", "#fde725"],
        ["#440154", "#3b528b", "#21908c", "#5dc863", "#fde725"],
        ["#440154", "#414487", "#2a788e", "#22a884", "#7ad151", "#fde725"],
        ["#440154", "#443a83", "#31688e", "#21908c", "#35b779", "#8fd744", "#fde725"],
    ];

    private static readonly IReadOnlyList<string>[] LightFirst =
        [.. ViridisDarkFirst.Select(colours => Array.AsReadOnly(colours.Reverse().ToArray()))];

    /// <summary>The most classes the palette has colours for.</summary>
    public const int MaxClassCount = 7;

    /// <summary>
    /// <paramref name="classCount"/> colours "#rrggbb" (lower case), lightest (lowest class) first.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="classCount"/> is outside 1-7.</exception>
    public static IReadOnlyList<string> Colours(int classCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classCount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(classCount, MaxClassCount);
        return LightFirst[classCount - 1];
    }
}
