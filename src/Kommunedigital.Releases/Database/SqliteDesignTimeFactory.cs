using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Kommunedigital.Releases.Database;

/// <summary>For <c>dotnet ef migrations add NAME --context SqliteReleaseDbContext</c> only; the app never uses it.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteReleaseDbContext>
{
    public SqliteReleaseDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteReleaseDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
