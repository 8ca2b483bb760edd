namespace Kommunedigital.Releases.Database;

/// <summary>
/// Wakes the release poll as soon as the release rows may have changed through another connection (a publish from the
/// command line, another instance), so such a release is served within a fraction of a second rather than at the next
/// poll. Only a hint: a wake-up without a change costs one cheap look at the current release number, and a missed one
/// is caught by the poll, which stays the fallback. Made by <see cref="ReleaseDatabase.WatchChanges"/>; one reader at a
/// time (the poll loop).
/// </summary>
public abstract class ReleaseChangeSignal : IAsyncDisposable
{
    /// <summary>The PostgreSQL channel a publish or a rollback notifies in its transaction.</summary>
    public const string Channel = "kommunedigital_release";

    /// <summary>
    /// Waits at most <paramref name="limit"/>; true as soon as a change was signalled, false when the time ran out (or
    /// the signal cannot be watched now: then it waits the whole time, and the caller polls as before).
    /// </summary>
    public abstract Task<bool> WaitAsync(TimeSpan limit, CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();
}
