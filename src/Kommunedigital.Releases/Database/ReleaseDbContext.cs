using Microsoft.EntityFrameworkCore;

namespace Kommunedigital.Releases.Database;

/// <summary>
/// The release tables. One model, two providers: <see cref="SqliteReleaseDbContext"/> and
/// <see cref="NpgsqlReleaseDbContext"/> each carry their own migrations, because column types differ.
/// </summary>
public abstract class ReleaseDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Release> Releases => Set<Release>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
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
