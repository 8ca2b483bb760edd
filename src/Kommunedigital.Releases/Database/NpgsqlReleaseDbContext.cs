using Microsoft.EntityFrameworkCore;

namespace Kommunedigital.Releases.Database;

/// <summary>The release tables in PostgreSQL (<c>ConnectionStrings:Releases</c>); migrations in Migrations/Npgsql.</summary>
public sealed class NpgsqlReleaseDbContext(DbContextOptions<NpgsqlReleaseDbContext> options) : ReleaseDbContext(options)
{
    /// <summary>Tells every listening instance (<see cref="NpgsqlReleaseChangeSignal"/>) on commit of the current transaction.</summary>
    internal override Task SignalReleaseChangeAsync(CancellationToken cancellationToken) =>
        Database.ExecuteSqlRawAsync("NOTIFY " + ReleaseChangeSignal.Channel, cancellationToken);
}

