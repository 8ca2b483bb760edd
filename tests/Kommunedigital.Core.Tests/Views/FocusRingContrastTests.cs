using System.Globalization;
using Kommunedigital.Core.Classification;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Core.Tests.Views;

public class FocusRingContrastTests
{
    /// <summary>Every colour a focused municipality's ring can lie on: each class palette, the fixed map colours and the page.</summary>
    public static TheoryData<string> Grounds()
    {
        var grounds = new TheoryData<string>();
        foreach (var colour in Enumerable.Range(1, SequentialPalette.MaxClassCount).SelectMany(SequentialPalette.Colours).Distinct())
        {
            grounds.Add(colour);
        }

        foreach (var colour in new[] { MapPalette.MissingColour, MapPalette.HatchColour, MapPalette.OutsideColour, MapPalette.BorderColour, MapPalette.CountyOutlineColour, MapPalette.HighlightColour })
        {
            grounds.Add(colour);
        }

        return grounds;
    }

    [Theory]
    [MemberData(nameof(Grounds))]
    public void OneOfTheTwoRingsHasAtLeastThreeToOneContrastWithTheGround(string ground)
    {
        var best = Math.Max(Contrast(MapPalette.FocusInnerColour, ground), Contrast(MapPalette.FocusOuterColour, ground));

        Assert.True(best >= 3, $"The focus ring has contrast {best:0.00} on {ground}.");
    }

    [Fact]
    public void TheTwoRingsContrastWithEachOther()
    {
        Assert.True(Contrast(MapPalette.FocusInnerColour, MapPalette.FocusOuterColour) >= 3);
    }

    // WCAG 2.1 relative luminance and contrast ratio, written out here as the oracle.
    private static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(1 + offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(0)) + (0.7152 * Channel(2)) + (0.0722 * Channel(4));
    }
}
