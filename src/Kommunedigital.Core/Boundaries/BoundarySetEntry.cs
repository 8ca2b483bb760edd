namespace Kommunedigital.Core.Boundaries;

/// <summary>One boundary structure as the manifest describes it.</summary>
/// <param name="Id">"2018", "2020", "2024": unique in the manifest.</param>
/// <param name="ValidFrom">First day the structure is in force.</param>
/// <param name="Municipalities">The municipality file.</param>
/// <param name="Counties">The county file, or null when county outlines are dissolved from the municipalities.</param>
/// <param name="CountyNames">Bokmål county names by fylkesnummer for this structure.</param>
public sealed record BoundarySetEntry(
    string Id,
    DateOnly ValidFrom,
    BoundaryLayerEntry Municipalities,
    BoundaryLayerEntry? Counties,
    IReadOnlyDictionary<CountyCode, string> CountyNames);
