using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Kommunedigital.Releases.Database;

/// <summary>
/// Where the releases are kept: an embedded SQLite file by default, or PostgreSQL when a connection string is given.
/// Opens a short-lived <see cref="ReleaseDbContext"/> per unit of work (register as a singleton).
/// </summary>
public sealed class ReleaseDatabase
{
    private readonly Func<ReleaseDbContext> _open;
    private readonly string? _sqliteFile;
    private readonly Func<TimeProvider, ReleaseChangeSignal> _watch;

    private ReleaseDatabase(string provider, string location, Func<ReleaseDbContext> open, string? sqliteFile, Func<TimeProvider, ReleaseChangeSignal> watch)
    {
        Provider = provider;
        Location = location;
        _open = open;
        _sqliteFile = sqliteFile;
        _watch = watch;
    }

    /// <summary>"SQLite" or "PostgreSQL".</summary>
    public string Provider { get; }

    /// <summary>The file, or host and database (never a password): for logs and /health.</summary>
    public string Location { get; }

    /// <summary>PostgreSQL when <paramref name="connectionString"/> is set, else the SQLite file <paramref name="sqliteFile"/>.</summary>
    public static ReleaseDatabase Create(string? connectionString, string sqliteFile) =>
        string.IsNullOrWhiteSpace(connectionString) ? ForSqlite(sqliteFile) : ForPostgres(connectionString);

    /// <summary>The SQLite file at <paramref name="path"/> (an absolute path; the folder is made on migration).</summary>
    public static ReleaseDatabase ForSqlite(string path)
    {
        var connection = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate }.ToString();
        var options = new DbContextOptionsBuilder<SqliteReleaseDbContext>().UseSqlite(connection).Options;
        return new ReleaseDatabase("SQLite", path, () => new SqliteReleaseDbContext(options), path, time => new SqliteReleaseChangeSignal(connection, time));
    }

    /// <summary>The PostgreSQL database named by <paramref name="connectionString"/> (Npgsql syntax).</summary>
    public static ReleaseDatabase ForPostgres(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        // A database that does not answer must not hold a request or the start for Npgsql's default 15 s.
        if (!connectionString.Contains("Timeout", StringComparison.OrdinalIgnoreCase))
        {
            builder.Timeout = 5;
        }

        var options = new DbContextOptionsBuilder<NpgsqlReleaseDbContext>().UseNpgsql(builder.ConnectionString).Options;
        return new ReleaseDatabase(
            "PostgreSQL", $"{builder.Host}:{builder.Port}/{builder.Database}", () => new NpgsqlReleaseDbContext(options), null, time => new NpgsqlReleaseChangeSignal(builder.ConnectionString, time));
    }

    /// <summary>A new context; the caller disposes it.</summary>
    public ReleaseDbContext Open() => _open();

    /// <summary>
    /// A signal that wakes a waiting poll when the releases may have changed through another connection: SQLite's
    /// change counter, or PostgreSQL's LISTEN. The caller disposes it.
    /// </summary>
    public ReleaseChangeSignal WatchChanges(TimeProvider time) => _watch(time);

    /// <summary>Creates the database if needed and applies every committed migration.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        if (_sqliteFile is not null && Path.GetDirectoryName(_sqliteFile) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        await using var db = Open();
        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
    }

    public override string ToString() => $"{Provider} {Location}";
}
