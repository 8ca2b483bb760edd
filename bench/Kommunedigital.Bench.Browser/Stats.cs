namespace Kommunedigital.Bench.Browser;

/// <summary>Order statistics for repeated measurements.</summary>
public static class Stats
{
    /// <summary>The median (mean of the two middle values for an even count); null for no values.</summary>
    public static double? Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
