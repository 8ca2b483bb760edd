using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Survey;

namespace Kommunedigital.Core.Views;

/// <summary>
/// One municipality as a <see cref="ChoroplethModel"/> shows it, with every text a reader sees already written:
/// the map, its tooltip, the table, the legend counts and every download read these and derive nothing again.
/// </summary>
/// <param name="Municipality">
/// The municipality, in the view year's structure: its shape, county and <see cref="Municipality.Code"/>, the key
/// every lookup, URL selection and geometry feature uses. Its number and name are the boundary set's; a reader that
/// shows them to a person or in a download uses <paramref name="Number"/> and <paramref name="Name"/> instead.
/// </param>
/// <param name="CountyName">Name of its county in the same structure.</param>
/// <param name="Score">Its score (in a change view: in the later year); null when the dataset has no record at all (<see cref="EntryStatus.NotInDataset"/>).</param>
/// <param name="Status">Value, which kind of missing, or outside the county filter; in a change view value (a change) or <see cref="EntryStatus.NotComparable"/>.</param>
/// <param name="ClassIndex">Index into <see cref="ChoroplethModel.Legend"/>; null when missing or outside the selection.</param>
/// <param name="Fill">Fill colour "#rrggbb": class colour, <see cref="MapPalette.MissingColour"/> or <see cref="MapPalette.OutsideColour"/>.</param>
/// <param name="Rank">1 = highest value (in a change view: largest rise) in the whole country for this indicator and year; null when missing.</param>
/// <param name="ValueText">
/// "58,3" (<see cref="ScoreText"/>) or the missing reason (<see cref="ScoreStatus.Reason(Score?, ReaderLanguage)"/>), also outside the selection;
/// in a change view the change "+7,2" / "−3,1" (<see cref="ChangeComparison.Signed(decimal, ReaderLanguage)"/>) or "Ikke sammenlignbar".
/// </param>
/// <param name="RankText">"nr. 12 av 356", or null without a rank.</param>
/// <param name="Number">
/// The municipality number valid on 1 January of the view's year (2019: Rindal is 5061, drawn on the 2018 shape
/// 1567); the boundary set's code when the data has no KLASS numbering.
/// </param>
/// <param name="Name">
/// The name valid that year: the boundary set's official name, unless a KLASS change list renamed the municipality
/// after the set took effect and no later than the year ("Nordreisa - Ráisa - Raisi" in 2019 on the 2018 set,
/// "Nordreisa" in 2018).
/// </param>
/// <param name="Change">In a change view, the municipality's change (both years' scores, the difference, why not); null in a level view.</param>
public sealed record ChoroplethEntry(
    Municipality Municipality,
    string CountyName,
    Score? Score,
    EntryStatus Status,
    int? ClassIndex,
    string Fill,
    int? Rank,
    string ValueText,
    string? RankText,
    MunicipalityCode Number,
    string Name,
    ChangeEntry? Change = null)
{
    /// <summary>
    /// The tooltip of a change view, shown instead of value and rank: "Fra 44,1 (2018) til 51,3 (2022): +7,2 poeng,
    /// nr. 5 av 310", or why there is no change with the predecessors' own values (<see cref="ChangeEntry.Tooltip"/>).
    /// Null in a level view.
    /// </summary>
    public string? Tooltip => Change?.Tooltip;

    /// <summary>The number the map colours and the table sorts by: the score's value, in a change view the difference; null without one.</summary>
    public double? MappedValue => Change is { } change ? (double?)change.Difference : Score?.Value;

    /// <summary>False when a county filter is set and the municipality is in another county.</summary>
    public bool InSelection => Status != EntryStatus.OutsideSelection;

    /// <summary>In the selection without a value: drawn hatched (<see cref="MapPalette.HatchAngle"/>).</summary>
    public bool IsMissing => Status is EntryStatus.SsbSymbol or EntryStatus.NotStated or EntryStatus.NotInDataset;
}
