using System.Collections.Concurrent;
using Kommunedigital.Core.Data;
using Kommunedigital.Releases;

namespace Kommunedigital.Web.Publishing;

/// <summary>
/// The snapshot of a draft, for the publisher's preview only: built from the draft's stored bytes on the foundation
/// the app serves, never handed to <see cref="DataStore"/>. The last few are kept by number and SHA-256, so the
/// preview page, its map and its downloads read one import.
/// </summary>
public sealed class DraftPreviews(ReleaseCatalog catalog, DataSnapshotLoader loader, DataStore store)
{
    private const int Kept = 4;
    private readonly ConcurrentDictionary<(int Number, string Sha256), DataSnapshot> _built = new();

    /// <summary>The draft <paramref name="number"/> and its snapshot; null when it is not a draft or nothing is served yet.</summary>
    public async Task<(ReleaseSummary Draft, Release Release, DataSnapshot? Snapshot)?> FindAsync(int number, CancellationToken cancellationToken)
    {
        if (await catalog.FindAsync(number, cancellationToken) is not { Status: ReleaseStatus.Draft } release)
        {
            return null;
        }

        var summary = ReleaseSummary.Of(release);
        if (store.Current is not { Correspondence: { } correspondence } current)
        {
            return (summary, release, null);
        }

        var key = (release.Number, release.Sha256);
        if (_built.TryGetValue(key, out var snapshot) && ReferenceEquals(snapshot.Boundaries, current.Boundaries))
        {
            return (summary, release, snapshot);
        }

        var result = loader.Load(new DataFoundation(current.Boundaries, correspondence.Numbering), release.Content, release.FileName, release: null);
        if (result.Snapshot is { } built)
        {
            if (_built.Count >= Kept)
            {
                _built.Clear();
            }

            _built[key] = built;
        }

        return (summary, release, result.Snapshot);
    }
}
