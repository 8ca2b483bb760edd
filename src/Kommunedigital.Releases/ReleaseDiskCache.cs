using System.Text.Json;
using Kommunedigital.Core.Data;
using Microsoft.Extensions.Logging;

namespace Kommunedigital.Releases;

/// <summary>
/// A copy on disk of the release being served (its file and stamp), so a start with the database unreachable still
/// serves the last published numbers rather than the sample. Written whole (temporary file, then rename) and checked
/// against its SHA-256 when read back.
/// </summary>
public sealed class ReleaseDiskCache(string folder, ILogger<ReleaseDiskCache> logger)
{
    private const string ContentFile = "release.bin";
    private const string StampFile = "release.json";

    /// <summary>Keeps <paramref name="content"/> as the last served release; a failure is logged, never thrown.</summary>
    public void Save(ReleaseStamp stamp, string fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(stamp);
        try
        {
            Directory.CreateDirectory(folder);
            var entry = new Entry(stamp.Number, stamp.PublishedAt, stamp.Note, fileName, ReleaseCatalog.Sha256Of(content));
            WriteWhole(Path.Combine(folder, ContentFile), content);
            WriteWhole(Path.Combine(folder, StampFile), JsonSerializer.SerializeToUtf8Bytes(entry));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("The served release {Number} could not be copied to {Folder}: {Reason}", stamp.Number, folder, e.Message);
        }
    }

    /// <summary>The last served release, or null when there is none or it does not match its SHA-256.</summary>
    public CachedRelease? Read()
    {
        try
        {
            var stampPath = Path.Combine(folder, StampFile);
            var contentPath = Path.Combine(folder, ContentFile);
            if (!File.Exists(stampPath) || !File.Exists(contentPath))
            {
                return null;
            }

            var entry = JsonSerializer.Deserialize<Entry>(File.ReadAllBytes(stampPath));
            var content = File.ReadAllBytes(contentPath);
            if (entry is null || ReleaseCatalog.Sha256Of(content) != entry.Sha256)
            {
                logger.LogError("The release copy in {Folder} is damaged (SHA-256 differs); it is not served.", folder);
                return null;
            }

            return new CachedRelease(new ReleaseStamp(entry.Number, entry.PublishedAt, entry.Note), entry.FileName, content);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            logger.LogError("The release copy in {Folder} could not be read: {Reason}", folder, e.Message);
            return null;
        }
    }

    private static void WriteWhole(string path, byte[] bytes)
    {
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }

    private sealed record Entry(int Number, DateTimeOffset PublishedAt, string Note, string FileName, string Sha256);
}
