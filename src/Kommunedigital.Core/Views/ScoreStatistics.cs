namespace Kommunedigital.Core.Views;

/// <summary>Rank and median over sorted scores, shared by the map model and the detail panel so they agree.</summary>
internal static class ScoreStatistics
{
    /// <summary>
    /// Competition rank of <paramref name="value"/> among <paramref name="ascending"/> ("1, 2, 2, 4"): 1 plus how
    /// many values are strictly higher.
    /// </summary>
    public static int Rank(double[] ascending, double value)
    {
        // First index whose value is > value: everything from there on ranks above.
        int low = 0, high = ascending.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (ascending[mid] > value)
            {
                high = mid;
            }
            else
            {
                low = mid + 1;
            }
        }

        return ascending.Length - low + 1;
    }

    /// <summary>The median of <paramref name="ascending"/> (mean of the middle two for an even count); null when empty.</summary>
    public static double? Median(double[] ascending)
    {
        var n = ascending.Length;
        if (n == 0)
        {
            return null;
        }

        return n % 2 == 1 ? ascending[n / 2] : (ascending[(n / 2) - 1] + ascending[n / 2]) / 2;
    }
}
