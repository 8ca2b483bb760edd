using Kommunedigital.Core.Klass;
using Kommunedigital.Core.Survey;

namespace Kommunedigital.Core.Views;

/// <summary>One municipality of the later year in a <see cref="ChangeComparison"/>.</summary>
/// <param name="Succession">The municipality of the later year, its relation to the earlier year and its predecessors.</param>
/// <param name="Earlier">The single same-territory predecessor's score in the earlier year; null when not comparable or no record.</param>
/// <param name="Later">The municipality's score in the later year; null when the dataset has no record.</param>
/// <param name="Difference">
/// Later minus earlier in points, computed from the source values and rounded once by <see cref="ScoreText.Round"/>;
/// null unless <see cref="Status"/> is <see cref="ChangeStatus.Comparable"/>.
/// </param>
/// <param name="Rank">Competition rank of the rounded difference among the comparable ones, 1 = the largest rise; null when not comparable.</param>
/// <param name="ClassIndex">The diverging class (<see cref="Classification.DivergingPalette.ClassOf"/>); null when not comparable.</param>
/// <param name="Status">Comparable, or why not.</param>
/// <param name="Tooltip">
/// The bokmål tooltip: "Fra 44,1 (2018) til 51,3 (2022): +7,2 poeng, nr. 5 av 310", or why it is not comparable with the
/// predecessors' own values ("Ikke sammenlignbar: Indre Østfold ble dannet av … Trøgstad 2018: 40,1; …").
/// </param>
public sealed record ChangeEntry(
    Succession Succession,
    Score? Earlier,
    Score? Later,
    decimal? Difference,
    int? Rank,
    int? ClassIndex,
    ChangeStatus Status,
    string Tooltip);
