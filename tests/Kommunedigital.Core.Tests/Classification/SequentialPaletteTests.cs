using System.Globalization;
using Kommunedigital.Core.Classification;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Core.Tests.Classification;

public class SequentialPaletteTests
{
    [Fact]
    public void FiveClassesAreViridisLightestFirst()
    {
        Assert.Equal(["#fde725", "#5dc863", "#21908c", "#3b528b", "#440154"], SequentialPalette.Colours(5));
    }

    [Fact]
    public void EveryClassCountFromOneToSevenHasThatManyDistinctColours()
    {
        for (var k = 1; k <= 7; k++)
        {
            var colours = SequentialPalette.Colours(k);

            Assert.Equal(k, colours.Count);
            Assert.Equal(k, colours.Distinct().Count());
            Assert.All(colours, c => Assert.Matches("^#[0-9a-f]{6}$", c));
        }
    }

    [Fact]
    public void ColoursGetDarkerFromLowestToHighestClass()
    {
        for (var k = 2; k <= 7; k++)
        {
            var luminance = SequentialPalette.Colours(k).Select(RelativeLuminance).ToArray();

            for (var i = 1; i < k; i++)
            {
                Assert.True(luminance[i] < luminance[i - 1], $"{k} classes: class {i} is not darker than class {i - 1}");
            }
        }
    }

    [Fact]
    public void LightestClassStandsApartFromWhiteMissingAndOutsideGreys()
    {
        foreach (var other in new[] { "#ffffff", MapPalette.MissingColour, MapPalette.OutsideColour })
        {
            for (var k = 1; k <= 7; k++)
            {
                // The yellow end is far from every grey in chroma: its blue channel is at least 150 below the others.
                var lightest = SequentialPalette.Colours(k)[0];
                Assert.True(ChannelDistance(lightest, other) >= 150, $"{lightest} too close to {other}");
            }
        }
    }

    [Fact]
    public void RejectsClassCountsOutsideOneToSeven()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SequentialPalette.Colours(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => SequentialPalette.Colours(8));
    }

    private static (int R, int G, int B) Rgb(string hex) => (
        int.Parse(hex.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        int.Parse(hex.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
        int.Parse(hex.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));

    private static int ChannelDistance(string a, string b)
    {
        var (r1, g1, b1) = Rgb(a);
        var (r2, g2, b2) = Rgb(b);
        return Math.Max(Math.Abs(r1 - r2), Math.Max(Math.Abs(g1 - g2), Math.Abs(b1 - b2)));
    }

    // WCAG relative luminance.
    private static double RelativeLuminance(string hex)
    {
        static double Linear(int channel)
        {
            var c = channel / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        var (r, g, b) = Rgb(hex);
        return (0.2126 * Linear(r)) + (0.7152 * Linear(g)) + (0.0722 * Linear(b));
    }
}
