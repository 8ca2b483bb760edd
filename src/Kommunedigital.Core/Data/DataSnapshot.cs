using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Klass;
using Kommunedigital.Core.Survey;

namespace Kommunedigital.Core.Data;

/// <summary>
/// The loaded data the app serves: boundaries and one survey dataset. Immutable; a reload builds a
/// new snapshot and swaps it in whole only when it succeeded.
/// </summary>
public sealed record DataSnapshot(BoundaryCatalog Boundaries, SurveyDataset Dataset, DateTimeOffset LoadedAt)
{
    /// <summary>
    /// The numbering and the correspondence between every pair of survey years (SSB KLASS on these boundaries), built
    /// once at load. The loader always sets it; null only in a snapshot made without KLASS (tests of other parts).
    /// </summary>
    public MunicipalCorrespondence? Correspondence { get; init; }

    /// <summary>
    /// The published release this dataset is (number, date, note), or null when the data do not come from the release
    /// database (the sample, or a file named by <see cref="DataOptions.Dataset"/>).
    /// </summary>
    public ReleaseStamp? Release { get; init; }
}
