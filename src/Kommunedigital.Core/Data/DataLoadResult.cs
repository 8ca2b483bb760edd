using Kommunedigital.Core.Survey;

namespace Kommunedigital.Core.Data;

/// <summary>The outcome of loading boundaries and the dataset.</summary>
/// <param name="Snapshot">The loaded data; null when the load failed.</param>
/// <param name="Error">Why it failed, as a message an operator can act on; null on success.</param>
/// <param name="Report">The dataset's import report, when the boundaries loaded and the file was read.</param>
public sealed record DataLoadResult(DataSnapshot? Snapshot, string? Error, ImportReport? Report)
{
    public bool Succeeded => Snapshot is not null;
}
