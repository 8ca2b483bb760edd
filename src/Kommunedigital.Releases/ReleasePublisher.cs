using System.Collections.Concurrent;
using System.Globalization;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Survey;
using Microsoft.Extensions.Logging;

namespace Kommunedigital.Releases;

/// <summary>
/// The one way a release goes out, for the command line and the browser alike: upload (checked exactly as
/// <c>check</c> checks, stored as a draft only when it may be published) → publish → roll back. Publishing and
/// rolling back build the new snapshot first and swap it into <see cref="DataStore"/> whole only after the database
/// agreed, so readers see the old release or the new one, never a draft, a refused file or half of either.
/// </summary>
/// <remarks>
/// Every change and every refresh runs under one lock, so a poll that read the database before a publish cannot
/// swap an older snapshot in after it. A stored release whose bytes no longer match their SHA-256, or no longer
/// import, is skipped with a logged error in favour of the previous published one.
/// </remarks>
public sealed class ReleasePublisher(
    ReleaseCatalog catalog,
    DataSnapshotLoader loader,
    DataStore store,
    ReleaseDiskCache diskCache,
    TimeProvider time,
    ILogger<ReleasePublisher> logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    // The snapshot checked at upload, by release number and SHA-256, so publishing right after the upload does not
    // import the same bytes again; only the last few drafts are kept.
    private readonly ConcurrentDictionary<(int Number, string Sha256), DataSnapshot> _checked = new();
    private int? _lastSeen;

    /// <summary>The catalog behind the publisher.</summary>
    public ReleaseCatalog Catalog => catalog;

    /// <summary>
    /// Checks <paramref name="content"/> and stores it as a draft when it may be published. A rejected file, or one
    /// whose warnings block publishing (without <see cref="DataOptions.PublishDespiteWarnings"/>), is not stored.
    /// </summary>
    public async Task<ReleaseOutcome> UploadAsync(DataFoundation foundation, byte[] content, string fileName, string uploadedBy, string note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var check = loader.Load(foundation, content, Path.GetFileName(fileName), release: null);
        var report = check.Report?.ToString() ?? string.Empty;
        if (check.Snapshot is null || check.Report is null)
        {
            return ReleaseOutcome.Refused(
                "Filen ble ikke lagret som utkast: " + (check.Report?.Refusal ?? check.Error),
                report,
                check.Report?.Verdict ?? ImportVerdict.Rejected);
        }

        var draft = await catalog.AddDraftAsync(fileName, content, report, uploadedBy, note.Trim(), time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (_checked.Count >= 4)
        {
            _checked.Clear();
        }

        _checked[(draft.Number, draft.Sha256)] = check.Snapshot;
        logger.LogInformation("Release {Number} ({File}, SHA-256 {Sha}) stored as a draft by {By}", draft.Number, draft.FileName, draft.Sha256, uploadedBy);
        return ReleaseOutcome.Done(draft, report, check.Report.Verdict);
    }

    /// <summary>
    /// Publishes draft <paramref name="number"/>: it becomes the served release at once. A non-empty
    /// <paramref name="note"/> replaces the draft's note.
    /// </summary>
    public async Task<ReleaseOutcome> PublishAsync(DataFoundation foundation, int number, string publishedBy, string? note, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var release = await catalog.FindAsync(number, cancellationToken).ConfigureAwait(false);
            if (release is null)
            {
                return ReleaseOutcome.Refused(Text($"Versjon {number} finnes ikke."));
            }

            var summary = ReleaseSummary.Of(release);
            if (release.Status != ReleaseStatus.Draft)
            {
                return ReleaseOutcome.Refused(Text($"Versjon {number} er ikke et utkast (den er {summary.StatusText})."), release.Report, release: summary);
            }

            if (await catalog.CurrentNumberAsync(cancellationToken).ConfigureAwait(false) is { } current && current > number)
            {
                return ReleaseOutcome.Refused(Text($"Versjon {current} er nyere og allerede publisert; last opp filen på nytt for å publisere den."), release.Report, release: summary);
            }

            var now = time.GetUtcNow();
            var stamp = new ReleaseStamp(number, now, string.IsNullOrWhiteSpace(note) ? release.Note : note.Trim());
            if (Build(foundation, release, stamp) is not { } snapshot)
            {
                return ReleaseOutcome.Refused(Text($"Versjon {number} kan ikke leses lenger og ble ikke publisert."), release.Report, release: summary);
            }

            var published = await catalog.PublishAsync(number, publishedBy, note, now, cancellationToken).ConfigureAwait(false);
            if (published is null)
            {
                return ReleaseOutcome.Refused(Text($"Versjon {number} ble endret samtidig av noen andre og ble ikke publisert."), release.Report, release: summary);
            }

            Serve(snapshot, release);
            logger.LogInformation("Release {Number} published by {By}", number, publishedBy);
            return ReleaseOutcome.Done(published, release.Report, null);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Serves the earlier release <paramref name="number"/> again; the newer published ones are withdrawn.</summary>
    public async Task<ReleaseOutcome> RollbackAsync(DataFoundation foundation, int number, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var release = await catalog.FindAsync(number, cancellationToken).ConfigureAwait(false);
            if (release is null)
            {
                return ReleaseOutcome.Refused(Text($"Versjon {number} finnes ikke."));
            }

            var summary = ReleaseSummary.Of(release);
            var current = await catalog.CurrentNumberAsync(cancellationToken).ConfigureAwait(false);
            if (release.PublishedAt is not { } publishedAt || release.Status == ReleaseStatus.Draft)
            {
                return ReleaseOutcome.Refused(Text($"Versjon {number} er et utkast og har aldri vært publisert; publiser den i stedet."), release.Report, release: summary);
            }

            if (current is null || current <= number)
            {
                return ReleaseOutcome.Refused(Text($"Versjon {number} er ikke eldre enn versjonen som vises nå ({current})."), release.Report, release: summary);
            }

            if (Build(foundation, release, new ReleaseStamp(number, publishedAt, release.Note)) is not { } snapshot)
            {
                return ReleaseOutcome.Refused(Text($"Versjon {number} kan ikke leses lenger; versjon {current} vises fortsatt."), release.Report, release: summary);
            }

            var restored = await catalog.RollbackAsync(number, cancellationToken).ConfigureAwait(false);
            if (restored is null)
            {
                return ReleaseOutcome.Refused(Text($"Versjonene ble endret samtidig av noen andre; versjon {number} ble ikke gjenopprettet."), release.Report, release: summary);
            }

            Serve(snapshot, release);
            logger.LogInformation("Rolled back to release {Number} (from {Current})", number, current);
            return ReleaseOutcome.Done(restored, release.Report, null);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// The newest published release that can still be read, as a snapshot (not yet served); a damaged one is skipped
    /// with a logged error. Null when no release is published or none can be read.
    /// </summary>
    public async Task<DataSnapshot?> LoadLatestAsync(DataFoundation foundation, CancellationToken cancellationToken)
    {
        foreach (var number in await catalog.PublishedNumbersAsync(cancellationToken).ConfigureAwait(false))
        {
            var release = await catalog.FindAsync(number, cancellationToken).ConfigureAwait(false);
            if (release?.PublishedAt is { } publishedAt && Build(foundation, release, new ReleaseStamp(number, publishedAt, release.Note)) is { } snapshot)
            {
                diskCache.Save(snapshot.Release!, release.FileName, release.Content);
                return snapshot;
            }

            logger.LogError("Release {Number} is skipped: it can no longer be read; the previous published release is tried.", number);
        }

        return null;
    }

    /// <summary>
    /// Serves the newest readable published release when the database's current release number differs from the last
    /// one seen (a publish on another instance or from the command line). True when a new snapshot was swapped in.
    /// </summary>
    public async Task<bool> RefreshAsync(DataFoundation foundation, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var current = await catalog.CurrentNumberAsync(cancellationToken).ConfigureAwait(false);
            if (current == _lastSeen)
            {
                return false;
            }

            _lastSeen = current;
            if (current is null || await LoadLatestAsync(foundation, cancellationToken).ConfigureAwait(false) is not { } snapshot
                || snapshot.Release?.Number == store.Current?.Release?.Number)
            {
                return false;
            }

            store.Publish(snapshot);
            logger.LogInformation("Now serving release {Number}", snapshot.Release?.Number);
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The release last served from the disk copy, as a snapshot, or null when there is none that reads.</summary>
    public DataSnapshot? LoadDiskCopy(DataFoundation foundation)
    {
        if (diskCache.Read() is not { } cached)
        {
            return null;
        }

        var result = loader.Load(foundation, cached.Content, cached.FileName, cached.Stamp);
        if (result.Snapshot is null)
        {
            logger.LogError("The disk copy of release {Number} does not import: {Reason}", cached.Stamp.Number, result.Error);
        }

        return result.Snapshot;
    }

    private DataSnapshot? Build(DataFoundation foundation, Release release, ReleaseStamp stamp)
    {
        if (ReleaseCatalog.Sha256Of(release.Content) != release.Sha256)
        {
            logger.LogError("Release {Number} is damaged: its bytes do not match their SHA-256 {Sha}.", release.Number, release.Sha256);
            return null;
        }

        if (_checked.TryRemove((release.Number, release.Sha256), out var checkedAtUpload) && ReferenceEquals(checkedAtUpload.Boundaries, foundation.Boundaries))
        {
            return checkedAtUpload with { Release = stamp, LoadedAt = time.GetUtcNow() };
        }

        var result = loader.Load(foundation, release.Content, release.FileName, stamp);
        if (result.Snapshot is null)
        {
            logger.LogError("Release {Number} does not import: {Reason}", release.Number, result.Error);
        }

        return result.Snapshot;
    }

    private void Serve(DataSnapshot snapshot, Release release)
    {
        _lastSeen = release.Number;
        store.Publish(snapshot);
        diskCache.Save(snapshot.Release!, release.FileName, release.Content);
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
