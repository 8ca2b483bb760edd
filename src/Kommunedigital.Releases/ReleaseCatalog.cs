using System.Security.Cryptography;
using Kommunedigital.Releases.Database;
using Microsoft.EntityFrameworkCore;

namespace Kommunedigital.Releases;

/// <summary>
/// The release rows: store a checked draft, publish it, roll back, list. Every change is one transaction, so two
/// publishers (or two instances) never leave two releases half-switched. The served release is the
/// highest-numbered <see cref="ReleaseStatus.Published"/> one. No rule about what may be published lives here:
/// <see cref="ReleasePublisher"/> decides, this class only records.
/// </summary>
public sealed class ReleaseCatalog(ReleaseDatabase database)
{
    /// <summary>The database behind the catalog.</summary>
    public ReleaseDatabase Database => database;

    /// <summary>Every release, newest first, without the files' bytes.</summary>
    public async Task<IReadOnlyList<ReleaseSummary>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = database.Open();
        return await Summaries(db.Releases.AsNoTracking().OrderByDescending(r => r.Number)).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The number of the release readers are served (the highest published), or null when none is published.</summary>
    public async Task<int?> CurrentNumberAsync(CancellationToken cancellationToken)
    {
        await using var db = database.Open();
        return await db.Releases.AsNoTracking()
            .Where(r => r.Status == ReleaseStatus.Published)
            .MaxAsync(r => (int?)r.Number, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>The published release numbers, highest first: the order start-up tries them in.</summary>
    public async Task<IReadOnlyList<int>> PublishedNumbersAsync(CancellationToken cancellationToken)
    {
        await using var db = database.Open();
        return await db.Releases.AsNoTracking()
            .Where(r => r.Status == ReleaseStatus.Published)
            .OrderByDescending(r => r.Number)
            .Select(r => r.Number)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>One release with its bytes, or null when there is no such number.</summary>
    public async Task<Release?> FindAsync(int number, CancellationToken cancellationToken)
    {
        await using var db = database.Open();
        return await db.Releases.AsNoTracking().SingleOrDefaultAsync(r => r.Number == number, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Release <paramref name="number"/> with its bytes when it is published now (a reader may pin it with
    /// <c>versjon=</c>); null for a draft, a withdrawn release or an unknown number, which readers never see.
    /// </summary>
    public async Task<Release?> FindPublishedAsync(int number, CancellationToken cancellationToken)
    {
        await using var db = database.Open();
        return await db.Releases.AsNoTracking()
            .SingleOrDefaultAsync(r => r.Number == number && r.Status == ReleaseStatus.Published && r.PublishedAt != null, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Stores a checked file as a draft and returns it with its new number.</summary>
    public async Task<ReleaseSummary> AddDraftAsync(string fileName, byte[] content, string report, string uploadedBy, string note, DateTimeOffset uploadedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var release = new Release
        {
            Status = ReleaseStatus.Draft,
            FileName = Path.GetFileName(fileName),
            Content = content,
            Sha256 = Sha256Of(content),
            Report = report,
            UploadedBy = uploadedBy,
            UploadedAt = uploadedAt.ToUniversalTime(),
            Note = note,
        };
        await using var db = database.Open();
        db.Releases.Add(release);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return ReleaseSummary.Of(release);
    }

    /// <summary>
    /// Makes draft <paramref name="number"/> published (the served release, being the newest); null when it is not a
    /// draft any more (published meanwhile), does not exist, or a newer release is already published (which it would
    /// otherwise hide or be hidden by).
    /// </summary>
    public async Task<ReleaseSummary?> PublishAsync(int number, string publishedBy, string? note, DateTimeOffset publishedAt, CancellationToken cancellationToken)
    {
        await using var db = database.Open();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var release = await db.Releases.SingleOrDefaultAsync(r => r.Number == number, cancellationToken).ConfigureAwait(false);
        var newerPublished = await db.Releases.AnyAsync(r => r.Number > number && r.Status == ReleaseStatus.Published, cancellationToken).ConfigureAwait(false);
        if (release is not { Status: ReleaseStatus.Draft } || newerPublished)
        {
            return null;
        }

        release.Status = ReleaseStatus.Published;
        release.PublishedBy = publishedBy;
        release.PublishedAt = publishedAt.ToUniversalTime();
        if (!string.IsNullOrWhiteSpace(note))
        {
            release.Note = note.Trim();
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await db.SignalReleaseChangeAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return ReleaseSummary.Of(release);
    }

    /// <summary>
    /// Serves release <paramref name="number"/> again: it becomes published and every newer published release is
    /// withdrawn. Null when the number is not an earlier published or withdrawn release.
    /// </summary>
    public async Task<ReleaseSummary?> RollbackAsync(int number, CancellationToken cancellationToken)
    {
        await using var db = database.Open();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var release = await db.Releases.SingleOrDefaultAsync(r => r.Number == number, cancellationToken).ConfigureAwait(false);
        var newer = await db.Releases.Where(r => r.Number > number && r.Status == ReleaseStatus.Published).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (release is null || release.Status == ReleaseStatus.Draft || release.PublishedAt is null || newer.Count == 0)
        {
            return null;
        }

        newer.ForEach(r => r.Status = ReleaseStatus.Withdrawn);
        release.Status = ReleaseStatus.Published;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await db.SignalReleaseChangeAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return ReleaseSummary.Of(release);
    }

    /// <summary>64 lower-case hex digits.</summary>
    public static string Sha256Of(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    private static IQueryable<ReleaseSummary> Summaries(IQueryable<Release> releases) =>
        releases.Select(r => new ReleaseSummary(r.Number, r.Status, r.FileName, r.Sha256, r.UploadedBy, r.UploadedAt, r.PublishedBy, r.PublishedAt, r.Note));
}
