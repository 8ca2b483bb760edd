using Kommunedigital.Core.Data;

namespace Kommunedigital.Web;

/// <summary>
/// Loads the data before the app starts listening, so the first request already has a map; a failed
/// load is logged as one clear line (no stack trace) and /health reports it while the app keeps running.
/// </summary>
public sealed class DataLoadService(DataSnapshotLoader loader, DataStore store, ILogger<DataLoadService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var result = await loader.LoadAsync(cancellationToken);
        if (result.Snapshot is { } snapshot)
        {
            store.Publish(snapshot);
            return;
        }

        store.ReportFailure(result.Error ?? "Unknown load failure.");
        logger.LogError("No data to serve. {Reason}", result.Error);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
