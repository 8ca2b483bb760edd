using Kommunedigital.Core.Survey;

namespace Kommunedigital.Core.Views;

/// <summary>
/// The layout of the details panel's small chart: one line per indicator over the comparable years of a history,
/// and one dashed line per indicator for the national median. Coordinates are SVG user units, y down, inside
/// <see cref="Width"/> × <see cref="Height"/>. Only comparable years are drawn; a missing value breaks no line but
/// leaves its point out.
/// </summary>
/// <param name="Width">Width of the drawing.</param>
/// <param name="Height">Height of the drawing.</param>
/// <param name="Series">One per indicator, <c>IndicatorText.All</c> order.</param>
/// <param name="YearTicks">The x position of each drawn year.</param>
/// <param name="ValueTicks">The y position of each value gridline (multiples of 10 between the axis ends).</param>
public sealed record HistoryChart(
    double Width,
    double Height,
    IReadOnlyList<HistoryChartSeries> Series,
    IReadOnlyList<(int Year, double X)> YearTicks,
    IReadOnlyList<(double Value, double Y)> ValueTicks)
{
    private const double Left = 34;
    private const double Right = 10;
    private const double Top = 8;
    private const double Bottom = 22;

    /// <summary>The chart of <paramref name="history"/>'s comparable years; null when fewer than two have values.</summary>
    public static HistoryChart? Build(IReadOnlyList<HistoryYear> history, double width = 320, double height = 170)
    {
        ArgumentNullException.ThrowIfNull(history);
        var years = history.Where(h => h.IsComparable && h.Entries[0].Scores.Any(s => s?.Value is not null)).ToArray();
        if (years.Length < 2)
        {
            return null;
        }

        var values = years.SelectMany(y => y.Entries[0].Scores.Select(s => s?.Value).Concat(y.NationalMedians)).OfType<double>().ToArray();
        var low = Math.Floor(values.Min() / 10) * 10;
        var high = Math.Ceiling(values.Max() / 10) * 10;
        if (high - low < 10)
        {
            high = low + 10;
        }

        var first = years[0].Year;
        var last = years[^1].Year;
        double X(int year) => Left + ((year - first) / (double)(last - first) * (width - Left - Right));
        double Y(double value) => Top + ((high - value) / (high - low) * (height - Top - Bottom));

        var series = IndicatorText.All.Select((indicator, i) => new HistoryChartSeries(
            indicator,
            years.Where(y => y.Entries[0].Scores[i]?.Value is not null)
                .Select(y => (y.Year, y.Entries[0].Scores[i]!.Value.Value!.Value, X(y.Year), Y(y.Entries[0].Scores[i]!.Value.Value!.Value)))
                .ToArray(),
            years.Where(y => y.NationalMedians[i] is not null)
                .Select(y => (y.Year, y.NationalMedians[i]!.Value, X(y.Year), Y(y.NationalMedians[i]!.Value)))
                .ToArray())).ToArray();
        var valueTicks = Enumerable.Range(0, (int)((high - low) / 10) + 1).Select(k => low + (k * 10)).Select(v => (v, Y(v))).ToArray();
        return new HistoryChart(width, height, series, years.Select(y => (y.Year, X(y.Year))).ToArray(), valueTicks);
    }
}
