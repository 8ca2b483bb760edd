using Kommunedigital.Releases.Database;

namespace Kommunedigital.Web.Publishing;

/// <summary>
/// Migrates the release database once before the host listens, because the data-protection key ring lives in it and
/// is read as the host starts. A database that does not answer is logged and left to <see cref="DataLoadService"/>,
/// which serves what it can and retries; the start is never stopped by it.
/// </summary>
/// <remarks>
/// <see cref="DataLoadService"/> starts first and loads the boundaries meanwhile; it waits for <see cref="Completion"/>
/// before its first read of a release, and migrates again itself only when this migration did not succeed.
/// </remarks>
public sealed class ReleaseDatabaseMigration(ReleaseDatabase database, ILogger<ReleaseDatabaseMigration> logger) : IHostedService
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);
    private readonly TaskCompletionSource<bool> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>True once the start-up migration has succeeded, false once it has failed or was cancelled; never faults.</summary>
    public Task<bool> Completion => _completion.Task;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Limit);
        try
        {
            await database.MigrateAsync(limit.Token);
            _completion.TrySetResult(true);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            _completion.TrySetResult(false);
            logger.LogWarning("The release database {Database} could not be migrated at start ({Reason}); sign-in waits until it answers.", database, e.Message);
        }
        finally
        {
            // Cancelled start: the waiting loader stops with the host anyway.
            _completion.TrySetResult(false);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
