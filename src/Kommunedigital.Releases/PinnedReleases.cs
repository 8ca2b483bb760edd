using Kommunedigital.Core.Data;
using Kommunedigital.Core.Views;
using Microsoft.Extensions.Logging;

namespace Kommunedigital.Releases;

/// <summary>
/// The snapshot a request reads when its link is pinned to a published release (<c>versjon=N</c>): the served
/// snapshot when it is that release, else release N loaded on demand from the catalog and imported on the served
/// snapshot's boundaries and numbering. The last <see cref="Capacity"/> pinned snapshots are kept, least recently
/// used evicted first. A draft, a withdrawn or an unknown number, a malformed value or an unreachable database gives
/// the served snapshot, so the caller's view parse (<see cref="MapViewQuery"/>) notes that the pin was not honoured;
/// a reader never sees a draft and never gets an error from here.
/// </summary>
/// <remarks>
/// The kept snapshots belong to the served snapshot they were loaded beside: when that changes (a publish, or a
/// rollback that withdraws releases), the kept ones are dropped, so a withdrawn release is not served from memory.
/// Loads run one at a time, so many readers of one pinned link import it once.
/// </remarks>
public sealed class PinnedReleases(ReleaseCatalog catalog, DataSnapshotLoader loader, ILogger<PinnedReleases> logger)
{
    /// <summary>How many pinned snapshots are kept in memory besides the served one.</summary>
    public const int Capacity = 3;

    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _loading = new(1, 1);

    // Most recently used last; a handful of entries, so a list is the simplest exact LRU.
    private readonly List<DataSnapshot> _kept = [];
    private DataSnapshot? _servedWhenKept;

    /// <summary>How many pinned snapshots are in memory now (for tests and diagnostics).</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _kept.Count;
            }
        }
    }

    /// <summary>
    /// The snapshot a request with the query <paramref name="query"/> reads, given the served snapshot
    /// <paramref name="served"/>: release N's for a <c>versjon=N</c> that is published, otherwise <paramref name="served"/>.
    /// </summary>
    public Task<DataSnapshot> ForQueryAsync(IReadOnlyDictionary<string, string?> query, DataSnapshot served, CancellationToken cancellationToken) =>
        MapViewQueryString.TryParseVersion(MapViewQueryString.Read(query).Version, out var number)
            ? ForNumberAsync(number, served, cancellationToken)
            : Task.FromResult(served);

    /// <summary>
    /// What a page's link shows, read the one way every page and the embed cache read it: the query string parsed, the
    /// snapshot it pins (<see cref="ForQueryAsync"/>) and the view parsed on that snapshot in the path's
    /// <paramref name="language"/> (the notes about the link are in it too).
    /// </summary>
    public async Task<(DataSnapshot Snapshot, MapViewParseResult Parsed)> ReadViewAsync(
        string? queryString, ReaderLanguage language, DataSnapshot served, CancellationToken cancellationToken)
    {
        var query = MapViewQueryString.ParseQueryString(queryString);
        var snapshot = await ForQueryAsync(query, served, cancellationToken);
        return (snapshot, MapViewQuery.Parse(query, snapshot, language));
    }

    /// <summary>Release <paramref name="number"/>'s snapshot when it is published, otherwise <paramref name="served"/>.</summary>
    public async Task<DataSnapshot> ForNumberAsync(int number, DataSnapshot served, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(served);
        if (served.Release?.Number == number || served.Correspondence is null)
        {
            return served;
        }

        if (Kept(number, served) is { } kept)
        {
            return kept;
        }

        await _loading.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Another request may have loaded it while this one waited.
            if (Kept(number, served) is { } loaded)
            {
                return loaded;
            }

            if (await LoadAsync(number, served, cancellationToken).ConfigureAwait(false) is not { } snapshot)
            {
                return served;
            }

            lock (_lock)
            {
                Align(served);
                _kept.Add(snapshot);
                if (_kept.Count > Capacity)
                {
                    _kept.RemoveAt(0);
                }
            }

            return snapshot;
        }
        finally
        {
            _loading.Release();
        }
    }

    private DataSnapshot? Kept(int number, DataSnapshot served)
    {
        lock (_lock)
        {
            Align(served);
            var index = _kept.FindIndex(s => s.Release?.Number == number);
            if (index < 0)
            {
                return null;
            }

            var hit = _kept[index];
            _kept.RemoveAt(index);
            _kept.Add(hit);
            return hit;
        }
    }

    /// <summary>Drops the kept snapshots when the served one changed since they were loaded. Under <see cref="_lock"/>.</summary>
    private void Align(DataSnapshot served)
    {
        if (!ReferenceEquals(_servedWhenKept, served))
        {
            _kept.Clear();
            _servedWhenKept = served;
        }
    }

    private async Task<DataSnapshot?> LoadAsync(int number, DataSnapshot served, CancellationToken cancellationToken)
    {
        Release? release;
        try
        {
            release = await catalog.FindPublishedAsync(number, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("Release {Number} could not be read for a pinned link ({Reason}); the served release is shown.", number, e.Message);
            return null;
        }

        if (release?.PublishedAt is not { } publishedAt)
        {
            return null;
        }

        if (ReleaseCatalog.Sha256Of(release.Content) != release.Sha256)
        {
            logger.LogError("Release {Number} is damaged: its bytes do not match their SHA-256 {Sha}; a pinned link shows the served release.", number, release.Sha256);
            return null;
        }

        var foundation = new DataFoundation(served.Boundaries, served.Correspondence!.Numbering);
        var result = loader.Load(foundation, release.Content, release.FileName, new ReleaseStamp(number, publishedAt, release.Note));
        if (result.Snapshot is null)
        {
            logger.LogError("Release {Number} does not import for a pinned link: {Reason}", number, result.Error);
        }

        return result.Snapshot;
    }
}
