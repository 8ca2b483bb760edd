using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Survey;

namespace Kommunedigital.Core.Data;

/// <summary>
/// The loaded data the app serves: boundaries and one survey dataset. Immutable; a reload builds a
/// new snapshot and swaps it in whole only when it succeeded.
/// </summary>
public sealed record DataSnapshot(BoundaryCatalog Boundaries, SurveyDataset Dataset, DateTimeOffset LoadedAt);
