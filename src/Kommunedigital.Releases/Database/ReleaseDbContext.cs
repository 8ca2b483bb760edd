using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Kommunedigital.Releases.Database;

/// <summary>
/// The release tables, the publishers' accounts (ASP.NET Core Identity's tables) and the data-protection keys, in one
/// database so that every instance shares sign-ins, cookies and antiforgery tokens. One model, two providers:
/// <see cref="SqliteReleaseDbContext"/> and <see cref="NpgsqlReleaseDbContext"/> each carry their own migrations,
/// because column types differ.
/// </summary>
public abstract class ReleaseDbContext(DbContextOptions options)
    : IdentityDbContext<IdentityUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<Release> Releases => Set<Release>();

    /// <summary>The data-protection key ring (cookie and antiforgery keys), shared by every instance.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// Signals, inside the caller's transaction, that the published releases changed. Nothing for SQLite, whose
    /// watchers read its change counter; PostgreSQL notifies its listeners.
    /// </summary>
    internal virtual Task SignalReleaseChangeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
        var release = modelBuilder.Entity<Release>();
        release.ToTable("releases");
        release.HasKey(r => r.Number);
        release.Property(r => r.Number).HasColumnName("number").ValueGeneratedOnAdd();
        release.Property(r => r.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(16);
        release.Property(r => r.FileName).HasColumnName("file_name").HasMaxLength(260);
        release.Property(r => r.Content).HasColumnName("content");
        release.Property(r => r.Sha256).HasColumnName("sha256").HasMaxLength(64).IsFixedLength();
        release.Property(r => r.Report).HasColumnName("report");
        release.Property(r => r.UploadedBy).HasColumnName("uploaded_by").HasMaxLength(256);
        release.Property(r => r.UploadedAt).HasColumnName("uploaded_at");
        release.Property(r => r.PublishedBy).HasColumnName("published_by").HasMaxLength(256);
        release.Property(r => r.PublishedAt).HasColumnName("published_at");
        release.Property(r => r.Note).HasColumnName("note").HasMaxLength(2000);
        release.HasIndex(r => r.Status);
    }
}
