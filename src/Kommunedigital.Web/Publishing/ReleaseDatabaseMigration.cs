using Kommunedigital.Releases.Database;

namespace Kommunedigital.Web.Publishing;

/// <summary>
/// Migrates the release database once before any other hosted service starts, because the data-protection key ring
/// lives in it and is read as the host starts. A database that does not answer is logged and left to
/// <see cref="DataLoadService"/>, which serves what it can and retries; the start is never stopped by it.
/// </summary>
public sealed class ReleaseDatabaseMigration(ReleaseDatabase database, ILogger<ReleaseDatabaseMigration> logger) : IHostedService
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Limit);
        try
        {
            await database.MigrateAsync(limit.Token);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("The release database {Database} could not be migrated at start ({Reason}); sign-in waits until it answers.", database, e.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
