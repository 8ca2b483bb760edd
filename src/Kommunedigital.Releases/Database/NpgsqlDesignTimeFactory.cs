using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Kommunedigital.Releases.Database;

/// <summary>For <c>dotnet ef migrations add NAME --context NpgsqlReleaseDbContext</c> only (no server is contacted).</summary>
public sealed class NpgsqlDesignTimeFactory : IDesignTimeDbContextFactory<NpgsqlReleaseDbContext>
{
    public NpgsqlReleaseDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<NpgsqlReleaseDbContext>().UseNpgsql("Host=localhost;Database=design_time").Options);
}
