using Kommunedigital.Core.Survey;

namespace Kommunedigital.Core.Views;

/// <summary>One indicator of a <see cref="MunicipalityProfile"/>. Medians are over non-missing values of the year ("-" counts as 0).</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Score">The municipality's score; null when the dataset has no record (show "..").</param>
/// <param name="Rank">Competition rank in the whole country, 1 = highest; null when missing.</param>
/// <param name="RankedCount">How many municipalities in the country have a value (the "av 356").</param>
/// <param name="NationalMedian">Median of the country; null when no municipality has a value.</param>
/// <param name="CountyMedian">Median of the municipality's own county; null when none there has a value.</param>
public sealed record IndicatorProfile(
    Indicator Indicator,
    Score? Score,
    int? Rank,
    int RankedCount,
    double? NationalMedian,
    double? CountyMedian);
