using Kommunedigital.Core.Klass;

namespace Kommunedigital.Core.Views;

/// <summary>
/// One survey year in a municipality's history, as seen from the profile's year: the municipality or
/// municipalities that year that correspond to it, each with its own values (never one value made up from several).
/// </summary>
/// <param name="Year">The survey year.</param>
/// <param name="Relation">
/// For an earlier year, how the profile's municipality relates to it; for a later year, how the later municipality
/// relates to the profile's. <see cref="TerritoryRelation.SameTerritory"/> for the profile's own year.
/// </param>
/// <param name="Entries">The corresponding municipalities of that year, ordered by number: exactly one when comparable.</param>
/// <param name="NationalMedians">The year's national median per indicator (<c>IndicatorText.All</c> order); null when no value.</param>
/// <param name="Note">
/// A bokmål sentence saying why the year is not comparable ("Indre Østfold ble dannet 1. januar 2020 av Trøgstad,
/// Spydeberg, Askim, Eidsberg og Hobøl."), or that the number or name was different; null when nothing needs saying.
/// </param>
public sealed record HistoryYear(
    int Year,
    TerritoryRelation Relation,
    IReadOnlyList<HistoryEntry> Entries,
    IReadOnlyList<double?> NationalMedians,
    string? Note)
{
    /// <summary>True when the year shows the same territory as the profile's municipality: one entry, one value per indicator.</summary>
    public bool IsComparable => Relation == TerritoryRelation.SameTerritory && Entries.Count == 1;
}
