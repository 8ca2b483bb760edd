using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Survey;

namespace Kommunedigital.Core.Views;

/// <summary>One municipality as a <see cref="ChoroplethModel"/> colours it.</summary>
/// <param name="Municipality">The municipality, in the view year's structure.</param>
/// <param name="Score">Its score; null when the dataset has no record at all (drawn as missing, status "..").</param>
/// <param name="ClassIndex">Index into <see cref="ChoroplethModel.Legend"/>; null when missing or outside the selection.</param>
/// <param name="Fill">Fill colour "#rrggbb": class colour, the missing colour, or the outside-selection grey.</param>
/// <param name="InSelection">False when a county filter is set and the municipality is in another county.</param>
/// <param name="Rank">1 = highest value in the whole country for this indicator and year; null when missing.</param>
public sealed record ChoroplethEntry(
    Municipality Municipality,
    Score? Score,
    int? ClassIndex,
    string Fill,
    bool InSelection,
    int? Rank);
