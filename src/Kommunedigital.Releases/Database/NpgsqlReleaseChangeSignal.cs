using Npgsql;

namespace Kommunedigital.Releases.Database;

/// <summary>
/// PostgreSQL's LISTEN/NOTIFY: one connection of its own (outside the pool) listens on
/// <see cref="ReleaseChangeSignal.Channel"/>, which <see cref="ReleaseCatalog"/> notifies inside the publish and the
/// rollback transaction, so the notice arrives exactly when the change is committed and visible. Costs one idle
/// connection per instance and nothing while nothing is published. With the server unreachable it waits the whole
/// time and connects again on the next wait.
/// </summary>
internal sealed class NpgsqlReleaseChangeSignal(string connectionString, TimeProvider time) : ReleaseChangeSignal
{
    private NpgsqlConnection? _connection;

    public override async Task<bool> WaitAsync(TimeSpan limit, CancellationToken cancellationToken)
    {
        var start = time.GetTimestamp();
        try
        {
            if (_connection is null)
            {
                var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                await using (var listen = new NpgsqlCommand("LISTEN " + Channel, connection))
                {
                    await listen.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                _connection = connection;
                // A commit before LISTEN was not heard: let the caller look once.
                return true;
            }

            var left = limit - time.GetElapsedTime(start);
            return left > TimeSpan.Zero && await _connection.WaitAsync(left, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when ((e is NpgsqlException or InvalidOperationException or TimeoutException) && !cancellationToken.IsCancellationRequested)
        {
            // The poll reads the database itself and reports why it cannot; here only the listening stops until next time.
            await DisposeAsync().ConfigureAwait(false);
            var left = limit - time.GetElapsedTime(start);
            if (left > TimeSpan.Zero)
            {
                await Task.Delay(left, time, cancellationToken).ConfigureAwait(false);
            }

            return false;
        }
    }

    public override async ValueTask DisposeAsync()
    {
        var connection = _connection;
        _connection = null;
        if (connection is not null)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }
}
