using Kommunedigital.Core.Data;

namespace Kommunedigital.Web;

/// <summary>
/// Loads the data in the background once the app has started, so the server listens at once and answers 503
/// with <c>Retry-After</c> (<see cref="Load.LoadingGate"/>) until the snapshot is published; a failed load is
/// logged as one clear line (no stack trace) and /health reports it while the app keeps running.
/// </summary>
public sealed class DataLoadService(DataSnapshotLoader loader, DataStore store, ILogger<DataLoadService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The load reads and reprojects the boundaries synchronously at first: leave the start-up path at once.
        await Task.Yield();
        var result = await loader.LoadAsync(stoppingToken);
        if (result.Snapshot is { } snapshot)
        {
            store.Publish(snapshot);
            return;
        }

        store.ReportFailure(result.Error ?? "Unknown load failure.");
        logger.LogError("No data to serve. {Reason}", result.Error);
    }
}
