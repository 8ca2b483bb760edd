using Kommunedigital.Core.Classification;

namespace Kommunedigital.Core.Tests.Classification;

public sealed class DivergingPaletteTests
{
    // h is the smallest of 0.1, 0.2, 0.5, 1, 1.5, 2, 2.5, 3, 4, 5, 7.5, 10, 15 with 7h >= the largest change:
    // 7.2 → 1.5 (7 · 1 = 7 is short), 4.0 → 1 (7 · 0.5 = 3.5 is short), 25 → 4 (7 · 3 = 21 is short).
    [Theory]
    [InlineData(7.2, new[] { -7.5, -4.5, -1.5, 1.5, 4.5, 7.5 })]
    [InlineData(-4.0, new[] { -5.0, -3.0, -1.0, 1.0, 3.0, 5.0 })]
    [InlineData(0.0, new[] { -0.5, -0.3, -0.1, 0.1, 0.3, 0.5 })]
    [InlineData(0.7, new[] { -0.5, -0.3, -0.1, 0.1, 0.3, 0.5 })]
    [InlineData(25.0, new[] { -20.0, -12.0, -4.0, 4.0, 12.0, 20.0 })]
    [InlineData(100.0, new[] { -75.0, -45.0, -15.0, 15.0, 45.0, 75.0 })]
    public void LimitsAreSymmetricAroundZeroAndTheOuterClassesReachTheLargestChange(double largest, double[] expected)
    {
        var limits = DivergingPalette.Limits(largest);

        Assert.Equal(expected, limits.Select(l => Math.Round(l, 10)));
    }

    [Fact]
    public void TheEdgesAddTheOuterEndsAtSevenHalves()
    {
        Assert.Equal(new[] { -10.5, -7.5, -4.5, -1.5, 1.5, 4.5, 7.5, 10.5 }, DivergingPalette.Edges(DivergingPalette.Limits(7.2)));
    }

    [Theory]
    [InlineData(0.0, 3)]
    [InlineData(1.5, 3)]
    [InlineData(1.6, 4)]
    [InlineData(-1.6, 2)]
    [InlineData(4.5, 4)]
    [InlineData(-4.6, 1)]
    [InlineData(7.2, 5)]
    [InlineData(7.6, 6)]
    [InlineData(-13.0, 0)]
    public void ADifferenceFallsInItsClassAndOnALimitInTheClassNearerZero(double difference, int expected)
    {
        Assert.Equal(expected, DivergingPalette.ClassOf(difference, DivergingPalette.Limits(7.6)));
        Assert.Equal(6 - expected, DivergingPalette.ClassOf(-difference, DivergingPalette.Limits(7.6)));
    }

    [Fact]
    public void SevenColoursWithANearWhiteMiddle()
    {
        Assert.Equal(7, DivergingPalette.Colours.Count);
        Assert.Equal("#f7f7f7", DivergingPalette.Colours[3]);
    }
}
