using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Survey;

namespace Kommunedigital.Core.Views;

/// <summary>
/// One municipality as a <see cref="ChoroplethModel"/> shows it, with every text a reader sees already written:
/// the map, its tooltip, the table, the legend counts and every download read these and derive nothing again.
/// </summary>
/// <param name="Municipality">The municipality, in the view year's structure.</param>
/// <param name="CountyName">Name of its county in the same structure.</param>
/// <param name="Score">Its score; null when the dataset has no record at all (<see cref="EntryStatus.NotInDataset"/>).</param>
/// <param name="Status">Value, which kind of missing, or outside the county filter.</param>
/// <param name="ClassIndex">Index into <see cref="ChoroplethModel.Legend"/>; null when missing or outside the selection.</param>
/// <param name="Fill">Fill colour "#rrggbb": class colour, <see cref="MapPalette.MissingColour"/> or <see cref="MapPalette.OutsideColour"/>.</param>
/// <param name="Rank">1 = highest value in the whole country for this indicator and year; null when missing.</param>
/// <param name="ValueText">"58,3" (<see cref="ScoreText"/>) or the missing reason (<see cref="ScoreStatus.Reason"/>), also outside the selection.</param>
/// <param name="RankText">"nr. 12 av 356", or null without a rank.</param>
public sealed record ChoroplethEntry(
    Municipality Municipality,
    string CountyName,
    Score? Score,
    EntryStatus Status,
    int? ClassIndex,
    string Fill,
    int? Rank,
    string ValueText,
    string? RankText)
{
    /// <summary>False when a county filter is set and the municipality is in another county.</summary>
    public bool InSelection => Status != EntryStatus.OutsideSelection;

    /// <summary>In the selection without a value: drawn hatched (<see cref="MapPalette.HatchAngle"/>).</summary>
    public bool IsMissing => Status is EntryStatus.SsbSymbol or EntryStatus.NotStated or EntryStatus.NotInDataset;
}
