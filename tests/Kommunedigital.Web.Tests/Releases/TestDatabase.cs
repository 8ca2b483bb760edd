using Kommunedigital.Releases.Database;
using Microsoft.AspNetCore.Hosting;
using Npgsql;

namespace Kommunedigital.Web.Tests.Releases;

/// <summary>
/// A release database of its own for one test: a new SQLite file in a temporary folder, or a new database on the
/// PostgreSQL server named by <see cref="PostgresVariable"/> (dropped afterwards). The folder also holds the hosts'
/// boundary cache and the copy on disk of the served release.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    /// <summary>A connection string (Npgsql syntax) to a server where the user may create databases; .ci/run sets it.</summary>
    public const string PostgresVariable = "KOMMUNEDIGITAL_TEST_POSTGRES";

    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    private readonly string? _adminConnection;
    private readonly string? _databaseName;

    private TestDatabase(string folder, string? connectionString, string? adminConnection, string? databaseName)
    {
        Folder = folder;
        ConnectionString = connectionString;
        _adminConnection = adminConnection;
        _databaseName = databaseName;
    }

    public string Folder { get; }

    /// <summary>The PostgreSQL connection string, or null for SQLite.</summary>
    public string? ConnectionString { get; }

    public string SqliteFile => Path.Combine(Folder, "releases.db");

    /// <summary>Where a host keeps its copy of the served release (one per test unless given).</summary>
    public string ReleaseCache => Path.Combine(Folder, "release-cache");

    public static async Task<TestDatabase> CreateAsync(string backend)
    {
        var folder = Directory.CreateTempSubdirectory("kommunedigital-releases-").FullName;
        if (backend == Sqlite)
        {
            return new TestDatabase(folder, null, null, null);
        }

        var admin = Environment.GetEnvironmentVariable(PostgresVariable)
            ?? throw new InvalidOperationException(PostgresVariable + " is not set.");
        var name = "kd_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
        return new TestDatabase(folder, connectionString, admin, name);
    }

    /// <summary>The database as the app opens it.</summary>
    public ReleaseDatabase Open() => ReleaseDatabase.Create(ConnectionString, SqliteFile);

    /// <summary>Points a host at this database.</summary>
    public void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Releases", ConnectionString ?? string.Empty);
        builder.UseSetting("Data:ReleaseDatabase", SqliteFile);
    }

    /// <summary>The same settings as command-line arguments.</summary>
    public string[] Arguments() =>
    [
        $"--ConnectionStrings:Releases={ConnectionString}",
        $"--Data:ReleaseDatabase={SqliteFile}",
        $"--Data:ReleaseCache={ReleaseCache}",
    ];

    public async ValueTask DisposeAsync()
    {
        if (_adminConnection is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_adminConnection);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
