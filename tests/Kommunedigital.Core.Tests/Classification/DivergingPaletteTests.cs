using Kommunedigital.Core.Classification;

namespace Kommunedigital.Core.Tests.Classification;

public sealed class DivergingPaletteTests
{
    [Theory]
    [InlineData(7.2, new[] { -12.5, -7.5, -2.5, 2.5, 7.5, 12.5 })]
    [InlineData(-4.0, new[] { -5.0, -3.0, -1.0, 1.0, 3.0, 5.0 })]
    [InlineData(0.0, new[] { -0.5, -0.3, -0.1, 0.1, 0.3, 0.5 })]
    [InlineData(25.0, new[] { -25.0, -15.0, -5.0, 5.0, 15.0, 25.0 })]
    public void LimitsAreSymmetricAroundZeroAndReachTheLargestChange(double largest, double[] expected)
    {
        var limits = DivergingPalette.Limits(largest);

        Assert.Equal(expected, limits.Select(l => Math.Round(l, 10)));
    }

    [Theory]
    [InlineData(0.0, 3)]
    [InlineData(2.5, 3)]
    [InlineData(2.6, 4)]
    [InlineData(-2.6, 2)]
    [InlineData(7.5, 4)]
    [InlineData(-7.6, 1)]
    [InlineData(13.0, 6)]
    [InlineData(-13.0, 0)]
    public void ADifferenceFallsInItsClassAndOnALimitInTheClassNearerZero(double difference, int expected)
    {
        Assert.Equal(expected, DivergingPalette.ClassOf(difference, DivergingPalette.Limits(7.2)));
        Assert.Equal(6 - expected, DivergingPalette.ClassOf(-difference, DivergingPalette.Limits(7.2)));
    }

    [Fact]
    public void SevenColoursWithANearWhiteMiddle()
    {
        Assert.Equal(7, DivergingPalette.Colours.Count);
        Assert.Equal("#f7f7f7", DivergingPalette.Colours[3]);
    }
}
