using Kommunedigital.Core.Classification;

namespace Kommunedigital.Core.Tests.Classification;

public class ChoroplethClassifierTests
{
    private static readonly ClassificationMethod[] AllMethods =
        [ClassificationMethod.Quantile, ClassificationMethod.EqualInterval, ClassificationMethod.NaturalBreaks];

    [Fact]
    public void EmptyInputGivesNoClassesForEveryMethod()
    {
        foreach (var method in AllMethods)
        {
            Assert.Empty(ChoroplethClassifier.Breaks([], method));
        }
    }

    [Fact]
    public void AllEqualValuesGiveOneClassForEveryMethod()
    {
        foreach (var method in AllMethods)
        {
            Assert.Equal([42.5], ChoroplethClassifier.Breaks([42.5, 42.5, 42.5, 42.5], method));
        }
    }

    [Fact]
    public void FewerDistinctValuesThanClassesGiveOneClassPerValue()
    {
        foreach (var method in AllMethods)
        {
            Assert.Equal([10.0, 20.0, 30.0], ChoroplethClassifier.Breaks([30, 10, 20, 10, 30, 30], method, 5));
        }
    }

    [Fact]
    public void QuantileSplitsTenValuesIntoFourThreeThree()
    {
        double[] values = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];

        Assert.Equal([4.0, 7.0, 10.0], ChoroplethClassifier.Breaks(values, ClassificationMethod.Quantile, 3));
    }

    [Fact]
    public void QuantileGivesEachOfFiveClassesItsShareOfTwelveValues()
    {
        double[] values = [55.1, 12.0, 80.4, 33.3, 47.9, 61.0, 70.2, 25.5, 90.0, 5.2, 39.4, 66.6];

        // Sorted: 5.2 12.0 25.5 | 33.3 39.4 47.9 | 55.1 61.0 | 66.6 70.2 | 80.4 90.0 → sizes 3, 3, 2, 2, 2.
        Assert.Equal([25.5, 47.9, 61.0, 70.2, 90.0], ChoroplethClassifier.Breaks(values, ClassificationMethod.Quantile));
    }

    [Fact]
    public void QuantileNeverSplitsEqualValues()
    {
        // The first class's share is 4 values; the cut at the third 50 moves to the end of the run of 50s.
        double[] values = [10, 50, 50, 50, 50, 50, 60, 70, 80, 90];

        var breaks = ChoroplethClassifier.Breaks(values, ClassificationMethod.Quantile, 3);

        Assert.Equal([50.0, 70.0, 90.0], breaks);
        Assert.All(values.Where(v => v == 50), v => Assert.Equal(0, ChoroplethClassifier.ClassOf(v, breaks)));
    }

    [Fact]
    public void QuantileMovesACutBeforeALongRunWhenThatIsNearer()
    {
        // Share 4 ends inside the run 2,2,...; ending the class before the run (size 1) is nearer than after (size 9).
        double[] values = [1, 2, 2, 2, 2, 2, 2, 2, 2, 3, 4];

        Assert.Equal([1.0, 2.0, 3.0, 4.0], ChoroplethClassifier.Breaks(values, ClassificationMethod.Quantile, 4));
    }

    [Fact]
    public void EqualIntervalOnZeroToHundredBreaksAtTwenties()
    {
        double[] values = [0, 3, 17, 20, 21, 55, 100, 99, 64];

        Assert.Equal([20.0, 40.0, 60.0, 80.0, 100.0], ChoroplethClassifier.Breaks(values, ClassificationMethod.EqualInterval));
    }

    [Fact]
    public void EqualIntervalStartsAtTheMinimum()
    {
        double[] values = [10, 12, 30, 40, 50];

        Assert.Equal([20.0, 30.0, 40.0, 50.0], ChoroplethClassifier.Breaks(values, ClassificationMethod.EqualInterval, 4));
    }

    [Fact]
    public void NaturalBreaksMatchesSimpleStatisticsDocumentedExample()
    {
        double[] values = [1, 2, 4, 5, 7, 9, 10, 20];

        Assert.Equal([5.0, 10.0, 20.0], ChoroplethClassifier.Breaks(values, ClassificationMethod.NaturalBreaks, 3));
    }

    [Fact]
    public void NaturalBreaksFindsObviousClusters()
    {
        double[] values = [12.1, 11.8, 12.4, 48.0, 50.5, 49.2, 51.0, 88.9, 90.3, 87.5];

        Assert.Equal([12.4, 51.0, 90.3], ChoroplethClassifier.Breaks(values, ClassificationMethod.NaturalBreaks, 3));
    }

    [Fact]
    public void NaturalBreaksEqualsBruteForceOptimumOnSeededData()
    {
        var random = new Random(20240101);
        for (var round = 0; round < 25; round++)
        {
            var n = random.Next(6, 13);
            var values = Enumerable.Range(0, n).Select(_ => Math.Round(random.NextDouble() * 100, 1)).ToArray();
            var k = random.Next(2, 5);
            if (values.Distinct().Count() <= k)
            {
                continue;
            }

            var breaks = ChoroplethClassifier.Breaks(values, ClassificationMethod.NaturalBreaks, k);

            Assert.Equal(k, breaks.Count);
            Assert.Equal(BruteForceBestSsd(values, k), Ssd(values, breaks), 9);
        }
    }

    [Fact]
    public void NaturalBreaksNeverSplitsEqualValues()
    {
        double[] values = [1, 1, 1, 1, 2, 2, 2, 2, 9, 9];

        var breaks = ChoroplethClassifier.Breaks(values, ClassificationMethod.NaturalBreaks, 2);

        Assert.Equal([2.0, 9.0], breaks);
    }

    [Fact]
    public void ClassOfPutsABreakValueInItsOwnClassAndTheNextValueAbove()
    {
        double[] breaks = [20, 40, 60, 80, 100];

        Assert.Equal(0, ChoroplethClassifier.ClassOf(0, breaks));
        Assert.Equal(0, ChoroplethClassifier.ClassOf(20, breaks));
        Assert.Equal(1, ChoroplethClassifier.ClassOf(20.000001, breaks));
        Assert.Equal(2, ChoroplethClassifier.ClassOf(60, breaks));
        Assert.Equal(4, ChoroplethClassifier.ClassOf(100, breaks));
        Assert.Equal(4, ChoroplethClassifier.ClassOf(150, breaks));
    }

    [Fact]
    public void RejectsNaNBecauseMissingIsNotANumber()
    {
        Assert.Throws<ArgumentException>(() => ChoroplethClassifier.Breaks([1, double.NaN], ClassificationMethod.Quantile));
        Assert.Throws<ArgumentException>(() => ChoroplethClassifier.ClassOf(double.NaN, [1.0]));
        Assert.Throws<ArgumentException>(() => ChoroplethClassifier.ClassOf(1, []));
    }

    [Fact]
    public void RejectsClassCountsThePaletteCannotShow()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ChoroplethClassifier.Breaks([1, 2], ClassificationMethod.Quantile, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChoroplethClassifier.Breaks([1, 2], ClassificationMethod.Quantile, 8));
    }

    [Fact]
    public void BreaksAreStrictlyIncreasingAndEndAtTheMaximumOnSeededData()
    {
        var random = new Random(7);
        for (var round = 0; round < 50; round++)
        {
            var values = Enumerable.Range(0, random.Next(1, 400)).Select(_ => Math.Round(random.NextDouble() * 100, random.Next(0, 2))).ToArray();
            foreach (var method in AllMethods)
            {
                var breaks = ChoroplethClassifier.Breaks(values, method, random.Next(1, 8));

                Assert.Equal(values.Max(), breaks[^1]);
                for (var i = 1; i < breaks.Count; i++)
                {
                    Assert.True(breaks[i - 1] < breaks[i], $"{method}: break {i} not above break {i - 1}");
                }
            }
        }
    }

    private static double Ssd(double[] values, IReadOnlyList<double> breaks) =>
        values.GroupBy(v => ChoroplethClassifier.ClassOf(v, breaks)).Sum(g => SsdOf(g.ToArray()));

    private static double SsdOf(double[] group)
    {
        var mean = group.Average();
        return group.Sum(v => (v - mean) * (v - mean));
    }

    // Every way to cut the sorted distinct values into k non-empty runs.
    private static double BruteForceBestSsd(double[] values, int k)
    {
        var distinct = values.Distinct().Order().ToArray();
        var best = double.PositiveInfinity;
        foreach (var cuts in Combinations(Enumerable.Range(1, distinct.Length - 1).ToArray(), k - 1))
        {
            var breaks = cuts.Select(c => distinct[c - 1]).Append(distinct[^1]).ToArray();
            best = Math.Min(best, Ssd(values, breaks));
        }

        return best;
    }

    private static IEnumerable<int[]> Combinations(int[] items, int count)
    {
        if (count == 0)
        {
            yield return [];
            yield break;
        }

        for (var i = 0; i <= items.Length - count; i++)
        {
            foreach (var rest in Combinations(items[(i + 1)..], count - 1))
            {
                yield return [items[i], .. rest];
            }
        }
    }
}
