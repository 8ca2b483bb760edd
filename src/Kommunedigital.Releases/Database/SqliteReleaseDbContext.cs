using Microsoft.EntityFrameworkCore;

namespace Kommunedigital.Releases.Database;

/// <summary>The release tables in an embedded SQLite file (the default); migrations in Migrations/Sqlite.</summary>
public sealed class SqliteReleaseDbContext(DbContextOptions<SqliteReleaseDbContext> options) : ReleaseDbContext(options);
