namespace Kommunedigital.Core.Klass;

/// <summary>
/// How a municipality of a later survey year relates to the municipalities of an earlier one. Only
/// <see cref="SameTerritory"/> makes the two years' values comparable as one municipality's change.
/// </summary>
public enum TerritoryRelation
{
    /// <summary>One predecessor with the same territory, possibly under another number (Bærum 0219 → 3024 → 3201).</summary>
    SameTerritory,

    /// <summary>Formed by the merger of several whole predecessors (Indre Østfold 3014 from 0122, 0123, 0124, 0125, 0138).</summary>
    Merged,

    /// <summary>
    /// Received part of a municipality that was split between several successors (SSB's <c>K.Rest</c>: Snillfjord,
    /// Tysfjord, Ballangen …), so no predecessor's territory matches.
    /// </summary>
    SplitSuccessor,

    /// <summary>
    /// SSB's grouping gives one predecessor, but that predecessor's territory changed: part of it became a new
    /// municipality (Ålesund 1507 of 2020–2023 still included Haram; Ålesund 1508 of 2024 does not).
    /// </summary>
    ChangedTerritory,

    /// <summary>
    /// No predecessor of its own in the earlier year (Haram 1580 in 2024 against 2020–2023); the predecessors listed
    /// are the municipalities its territory was part of.
    /// </summary>
    New,
}
