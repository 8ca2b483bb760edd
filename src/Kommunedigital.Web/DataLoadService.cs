using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Klass;
using Kommunedigital.Releases;
using Kommunedigital.Releases.Database;
using Microsoft.Extensions.Options;

namespace Kommunedigital.Web;

/// <summary>
/// Loads the data in the background once the app has started, so the server listens at once and answers 503
/// with <c>Retry-After</c> (<see cref="Load.LoadingGate"/>) until a snapshot is served, then keeps it current.
/// </summary>
/// <remarks>
/// <para>Start: the boundaries and the numbering once, then the newest readable published release from the release
/// database. Without any release: the file named by <c>Data:Dataset</c> (the labelled sample by default); a file that
/// is refused is logged and the sample is served instead, so a bad file never takes the boundaries and the site down.
/// With the database unreachable: the copy on disk of the last served release, else that fallback; /health says
/// degraded, and the database is tried again every <see cref="DataOptions.ReleasePollSeconds"/>.</para>
/// <para>Then, every <see cref="DataOptions.ReleasePollSeconds"/>, the database's current release number is read,
/// and a release published elsewhere (another instance, the command line) or a rollback is swapped in. A
/// <see cref="ReleaseChangeSignal"/> (SQLite's change counter, PostgreSQL's LISTEN/NOTIFY) cuts that wait short as soon
/// as another connection commits, so such a release is served within about 0.1 s; the poll stays as the fallback.</para>
/// </remarks>
public sealed class DataLoadService(
    DataSnapshotLoader loader,
    DataStore store,
    ReleasePublisher publisher,
    IOptions<DataOptions> options,
    TimeProvider time,
    ILogger<DataLoadService> logger) : BackgroundService
{
    private string? _datasetProblem;
    private string? _databaseProblem;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The load reads and reprojects the boundaries synchronously at first: leave the start-up path at once.
        await Task.Yield();
        DataFoundation foundation;
        try
        {
            foundation = await loader.LoadFoundationAsync(stoppingToken);
        }
        catch (Exception e) when (e is BoundaryDataException or KlassDataException)
        {
            var reason = (e is BoundaryDataException ? "Boundary data could not be loaded: " : "Municipal numbering (KLASS) could not be loaded: ") + e.Message;
            store.ReportFailure(reason);
            logger.LogError("No data to serve. {Reason}", reason);
            return;
        }

        var databaseReady = await ServeFromDatabaseAsync(foundation, migrate: true, stoppingToken);

        // Keyboard travel needs each set's neighbours (0.2-2 s per set on two cores). Work them out now, after the
        // first data is served, so no reader's first view of a year pays for it; the lazy value is computed once.
        _ = Task.Run(
            () =>
            {
                foreach (var set in foundation.Boundaries.Sets)
                {
                    _ = set.Neighbours;
                }
            },
            stoppingToken);
        var poll = TimeSpan.FromSeconds(options.Value.ReleasePollSeconds);
        await using var changes = publisher.Catalog.Database.WatchChanges(time);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await changes.WaitAsync(poll, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            databaseReady = await ServeFromDatabaseAsync(foundation, migrate: !databaseReady, stoppingToken);
        }
    }

    /// <summary>One look at the database; true when it answered. Never throws but for cancellation.</summary>
    private async Task<bool> ServeFromDatabaseAsync(DataFoundation foundation, bool migrate, CancellationToken stoppingToken)
    {
        try
        {
            if (migrate)
            {
                await publisher.Catalog.Database.MigrateAsync(stoppingToken);
            }

            await publisher.RefreshAsync(foundation, stoppingToken);
            if (_databaseProblem is not null)
            {
                logger.LogInformation("The release database {Database} answers again.", publisher.Catalog.Database);
            }

            _databaseProblem = null;
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            if (_databaseProblem is null)
            {
                logger.LogError(
                    "The release database {Database} cannot be read ({Reason}); retrying every {Seconds} s.",
                    publisher.Catalog.Database, e.Message, options.Value.ReleasePollSeconds);
            }

            _databaseProblem = $"The release database {publisher.Catalog.Database} cannot be read: {e.Message}";
            if (store.Current is null && publisher.LoadDiskCopy(foundation) is { } copy)
            {
                logger.LogWarning("Serving release {Number} from the copy on disk until the database answers.", copy.Release?.Number);
                store.Publish(copy);
            }
        }

        if (store.Current is null)
        {
            await ServeFallbackAsync(foundation, stoppingToken);
        }

        ReportState();
        return _databaseProblem is null;
    }

    /// <summary>No release: the configured file, or the sample when that file is refused.</summary>
    private async Task ServeFallbackAsync(DataFoundation foundation, CancellationToken stoppingToken)
    {
        var result = await loader.LoadDatasetAsync(foundation, stoppingToken);
        if (result.Snapshot is { } snapshot)
        {
            store.Publish(snapshot);
            return;
        }

        _datasetProblem = result.Error + " The labelled sample data are served instead.";
        logger.LogError("{Reason}", _datasetProblem);
        var sample = await loader.LoadSampleAsync(foundation, stoppingToken);
        if (sample.Snapshot is not null)
        {
            store.Publish(sample.Snapshot);
        }
    }

    private void ReportState()
    {
        // A served release supersedes a refused Data:Dataset file; an unreachable database is news whatever is served.
        var problem = _databaseProblem ?? (store.Current?.Release is null ? _datasetProblem : null);
        if (problem is null)
        {
            if (store.LastError is not null && store.Current is not null)
            {
                store.ClearFailure();
            }
        }
        else if (store.LastError != problem)
        {
            store.ReportFailure(problem);
        }
    }
}
