using Microsoft.EntityFrameworkCore;

namespace Kommunedigital.Releases.Database;

/// <summary>The release tables in PostgreSQL (<c>ConnectionStrings:Releases</c>); migrations in Migrations/Npgsql.</summary>
public sealed class NpgsqlReleaseDbContext(DbContextOptions<NpgsqlReleaseDbContext> options) : ReleaseDbContext(options);
