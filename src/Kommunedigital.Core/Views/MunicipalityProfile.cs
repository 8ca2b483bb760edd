using Kommunedigital.Core.Boundaries;

namespace Kommunedigital.Core.Views;

/// <summary>What the detail panel shows for one municipality in one year: all three indicators in context.</summary>
/// <param name="Municipality">The municipality in the year's structure (its code is the shape's, the key of the selection).</param>
/// <param name="County">Its county in that structure; null only if the structure lacks it (a loader bug).</param>
/// <param name="Year">The survey year.</param>
/// <param name="Indicators">One per indicator, in <c>IndicatorText.All</c> order.</param>
/// <param name="History">
/// Every dataset year, oldest first, following the municipality through the reforms by SSB KLASS's correspondence
/// (<see cref="MunicipalityHistory"/>); empty when the snapshot has no correspondence.
/// </param>
/// <param name="Number">The number valid on 1 January of the year (<see cref="ChoroplethEntry.Number"/>: 5061 for Rindal in 2019).</param>
/// <param name="Name">The name valid that year (<see cref="ChoroplethEntry.Name"/>), the panel's heading.</param>
public sealed record MunicipalityProfile(
    Municipality Municipality,
    County? County,
    int Year,
    IReadOnlyList<IndicatorProfile> Indicators,
    IReadOnlyList<HistoryYear> History,
    MunicipalityCode Number,
    string Name);
