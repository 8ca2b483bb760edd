namespace Kommunedigital.Core.Views;

/// <summary>Whether a municipality of a change view has a change, and if not, why.</summary>
public enum ChangeStatus
{
    /// <summary>Same territory in both years and a value in both: the change is shown.</summary>
    Comparable,

    /// <summary>Formed by a merger after the earlier year.</summary>
    Merged,

    /// <summary>Received part of a municipality that was split.</summary>
    SplitSuccessor,

    /// <summary>SSB groups it with one earlier municipality, but the territory changed.</summary>
    ChangedTerritory,

    /// <summary>No earlier municipality of its own.</summary>
    New,

    /// <summary>Same territory, but no value in the earlier year (SSB symbol, empty cell or not in the dataset).</summary>
    MissingEarlier,

    /// <summary>Same territory, but no value in the later year.</summary>
    MissingLater,
}
