using Kommunedigital.Core.Survey;

namespace Kommunedigital.Core.Views;

/// <summary>One indicator's line and its national median's line in a <see cref="HistoryChart"/>.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Points">The municipality's values: year, value, x and y.</param>
/// <param name="Medians">The national medians: year, value, x and y.</param>
public sealed record HistoryChartSeries(
    Indicator Indicator,
    IReadOnlyList<(int Year, double Value, double X, double Y)> Points,
    IReadOnlyList<(int Year, double Value, double X, double Y)> Medians);
