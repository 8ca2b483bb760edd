using Kommunedigital.Core.Views;

namespace Kommunedigital.Core.Tests.Views;

public class ScoreTextTests
{
    // Expected strings are written out by hand: SSB rounds half up on the decimal the source wrote.
    [Theory]
    [InlineData(54.3, "54,3", "54.3")]
    [InlineData(58.25, "58,3", "58.3")]
    [InlineData(58.24, "58,2", "58.2")]
    [InlineData(1.15, "1,2", "1.2")] // 1.15 is 1.149999… as a double: "F1" gives 1.1
    [InlineData(2.65, "2,7", "2.7")] // 2.649999… as a double
    [InlineData(12.35, "12,4", "12.4")] // 12.349999… as a double
    [InlineData(0.05, "0,1", "0.1")]
    [InlineData(0.04999, "0,0", "0.0")]
    [InlineData(99.95, "100,0", "100.0")]
    [InlineData(0, "0,0", "0.0")]
    [InlineData(100, "100,0", "100.0")]
    [InlineData(45.25, "45,3", "45.3")]
    public void RoundsHalfUpToOneDecimalInBothForms(double value, string norwegian, string invariant)
    {
        Assert.Equal(norwegian, ScoreText.Norwegian(value));
        Assert.Equal(invariant, ScoreText.Invariant(value));
    }

    [Fact]
    public void TheBinaryMidpointsThatFloatingPointRoundsDownAreRoundedUp()
    {
        // What the page printed before: "F1" rounds the exact binary value half to even (58.25 → 58.2) and 1.15, stored
        // just below the midpoint, down to 1.1.
        Assert.Equal("58.2", 58.25.ToString("F1", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("1.1", 1.15.ToString("F1", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1.2m, ScoreText.Round(1.15));
        Assert.Equal(58.3m, ScoreText.Round(58.25));
    }

    [Fact]
    public void ARangeIsTwoNorwegianScoresWithAnEnDash() =>
        Assert.Equal("40,0–52,3", ScoreText.Range(40, 52.25));

    [Fact]
    public void ANonFiniteScoreIsAProgrammingError()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ScoreText.Norwegian(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => ScoreText.Invariant(double.PositiveInfinity));
    }
}
