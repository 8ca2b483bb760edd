namespace Kommunedigital.Core.Klass;

/// <summary>
/// One municipality of the later year of a <see cref="YearCorrespondence"/>, how it relates to the earlier year, and
/// its predecessors there.
/// </summary>
/// <param name="Later">Its number, shape code and name in the later year.</param>
/// <param name="Relation">The relation; only <see cref="TerritoryRelation.SameTerritory"/> is comparable.</param>
/// <param name="Predecessors">
/// The earlier municipalities it came from, ordered by earlier number: exactly one for
/// <see cref="TerritoryRelation.SameTerritory"/> and <see cref="TerritoryRelation.ChangedTerritory"/>, two or more
/// for <see cref="TerritoryRelation.Merged"/>, possibly none for <see cref="TerritoryRelation.New"/>.
/// </param>
public sealed record Succession(ValidNumber Later, TerritoryRelation Relation, IReadOnlyList<Predecessor> Predecessors)
{
    /// <summary>True when the later municipality has the same territory as its single predecessor.</summary>
    public bool IsComparable => Relation == TerritoryRelation.SameTerritory;

    /// <summary>The single predecessor with the same territory, or null when not comparable.</summary>
    public ValidNumber? SameTerritoryPredecessor => IsComparable ? Predecessors[0].Number : null;
}
