using System.ComponentModel.DataAnnotations;

namespace Kommunedigital.Web.Publishing;

/// <summary>The browser upload's limit (<c>Data:MaxUploadBytes</c>), beside the other data settings.</summary>
public sealed class UploadOptions
{
    public const string SectionName = "Data";

    /// <summary>The largest survey file a publisher may upload, in bytes (20 MB by default; SSB's files are well below 1 MB).</summary>
    [Range(1, 1024L * 1024 * 1024)]
    public long MaxUploadBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>The limit as a publisher reads it, e.g. "20 MB".</summary>
    public string LimitText =>
        MaxUploadBytes >= 1024 * 1024
            ? (MaxUploadBytes / (1024.0 * 1024)).ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo("nb-NO")) + " MB"
            : (MaxUploadBytes / 1024.0).ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo("nb-NO")) + " kB";
}
