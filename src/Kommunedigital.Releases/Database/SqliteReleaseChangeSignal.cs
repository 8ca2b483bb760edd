using Microsoft.Data.Sqlite;

namespace Kommunedigital.Releases.Database;

/// <summary>
/// SQLite's own change counter: <c>PRAGMA data_version</c> on one long-lived connection differs between two reads
/// when any other connection, in this process or another, committed in between. Read every
/// <see cref="CheckInterval"/>: a statement that touches no table (a shared lock and the file header, microseconds),
/// so watching costs about ten tiny reads a second and no EF query.
/// </summary>
internal sealed class SqliteReleaseChangeSignal(string connectionString, TimeProvider time) : ReleaseChangeSignal
{
    /// <summary>How often the counter is read.</summary>
    public static readonly TimeSpan CheckInterval = TimeSpan.FromMilliseconds(100);

    private SqliteConnection? _connection;
    private long _version;

    public override async Task<bool> WaitAsync(TimeSpan limit, CancellationToken cancellationToken)
    {
        var start = time.GetTimestamp();
        // A commit while the caller was refreshing counts at once.
        if (Changed())
        {
            return true;
        }

        while (time.GetElapsedTime(start) is var waited && waited < limit)
        {
            var left = limit - waited;
            await Task.Delay(left < CheckInterval ? left : CheckInterval, time, cancellationToken).ConfigureAwait(false);
            if (Changed())
            {
                return true;
            }
        }

        return false;
    }

    public override ValueTask DisposeAsync()
    {
        var connection = _connection;
        _connection = null;
        return connection?.DisposeAsync() ?? ValueTask.CompletedTask;
    }

    private bool Changed()
    {
        try
        {
            if (_connection is null)
            {
                var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false, Mode = SqliteOpenMode.ReadWrite }.ToString());
                connection.Open();
                _connection = connection;
                _version = Version(connection);
                // A commit before this first read has nothing to differ from: let the caller look once.
                return true;
            }

            var version = Version(_connection);
            var changed = version != _version;
            _version = version;
            return changed;
        }
        catch (SqliteException)
        {
            // No file yet, or it cannot be read now: the poll reads the database itself and reports why.
            _connection?.Dispose();
            _connection = null;
            return false;
        }
    }

    private static long Version(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA data_version";
        return (long)command.ExecuteScalar()!;
    }
}
