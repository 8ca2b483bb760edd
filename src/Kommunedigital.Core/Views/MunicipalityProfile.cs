using Kommunedigital.Core.Boundaries;

namespace Kommunedigital.Core.Views;

/// <summary>What the detail panel shows for one municipality in one year: all three indicators in context.</summary>
/// <param name="Municipality">The municipality in the year's structure.</param>
/// <param name="County">Its county in that structure; null only if the structure lacks it (a loader bug).</param>
/// <param name="Year">The survey year.</param>
/// <param name="Indicators">One per indicator, in <c>IndicatorText.All</c> order.</param>
/// <param name="History">
/// Every dataset year, oldest first, following the municipality through the reforms by SSB KLASS's correspondence
/// (<see cref="MunicipalityHistory"/>); empty when the snapshot has no correspondence.
/// </param>
public sealed record MunicipalityProfile(
    Municipality Municipality,
    County? County,
    int Year,
    IReadOnlyList<IndicatorProfile> Indicators,
    IReadOnlyList<HistoryYear> History);
