using System.ComponentModel.DataAnnotations;

namespace Kommunedigital.Core.Data;

/// <summary>
/// Where the app finds its data (configuration section "Data"; environment variables such as
/// <c>Data__BoundaryMirror</c>). Relative paths are resolved by the host: against the current
/// directory for <see cref="BoundaryMirror"/> and <see cref="BoundaryCache"/>, against the app's
/// own folder for <see cref="BoundaryManifest"/>, <see cref="KlassManifest"/> and the sample dataset;
/// <see cref="KlassMirror"/> against the current directory.
/// </summary>
public sealed class DataOptions
{
    public const string SectionName = "Data";

    /// <summary>The value of <see cref="Dataset"/> that selects the embedded sample data.</summary>
    public const string SampleDataset = "sample";

    /// <summary>The boundary manifest (JSON): one entry per file with URL and SHA-256.</summary>
    [Required]
    public string BoundaryManifest { get; set; } = "data/boundaries.json";

    /// <summary>A folder holding the boundary files by their manifest names; tried before downloading. Optional.</summary>
    public string? BoundaryMirror { get; set; }

    /// <summary>Git-ignored folder where obtained boundary files are kept after their SHA-256 check.</summary>
    [Required]
    public string BoundaryCache { get; set; } = ".boundaries";

    /// <summary>The KLASS manifest (JSON): the municipal code files with SHA-256 per file.</summary>
    [Required]
    public string KlassManifest { get; set; } = "data/klass.json";

    /// <summary>
    /// The folder holding SSB's KLASS files by their manifest names (the only source: they are never downloaded
    /// or copied into the repository).
    /// </summary>
    [Required]
    public string KlassMirror { get; set; } = "../shared/data/klass";

    /// <summary>Whether a file missing from the mirror and the cache may be downloaded from its manifest URL.</summary>
    public bool AllowDownload { get; set; } = true;

    /// <summary>"sample" (the default) or the path of an SSB .xlsx/.csv download.</summary>
    [Required]
    public string Dataset { get; set; } = SampleDataset;

    /// <summary>Lowest valid score; lower values are rejected by the importer.</summary>
    public double ScoreMinimum { get; set; }

    /// <summary>Highest valid score; higher values are rejected by the importer.</summary>
    [Range(0, double.MaxValue)]
    public double ScoreMaximum { get; set; } = 100;

    /// <summary>
    /// The share (0-1) of a year's municipalities a survey file must cover; a year below it is a warning that blocks
    /// publishing. 0.95 by default: a complete SSB file covers every municipality, a cut-off one far fewer.
    /// </summary>
    [Range(0.0, 1.0)]
    public double MinimumCoverage { get; set; } = 0.95;

    /// <summary>Publish a survey file despite warnings that block publishing (low coverage, a last line cut off).</summary>
    public bool PublishDespiteWarnings { get; set; }

    /// <summary>
    /// The SQLite file holding the releases (created and migrated at start), relative to the current directory; under
    /// the git-ignored <c>.data/</c> by default. Not used when <c>ConnectionStrings:Releases</c> names a PostgreSQL database.
    /// </summary>
    [Required]
    public string ReleaseDatabase { get; set; } = ".data/releases.db";

    /// <summary>
    /// The folder where the release being served is copied (file and stamp), so a start with the database unreachable
    /// serves the last release instead of the sample; relative to the current directory.
    /// </summary>
    [Required]
    public string ReleaseCache { get; set; } = ".data/release-cache";

    /// <summary>Seconds between two looks at the database for a release published elsewhere (another instance, the command line).</summary>
    [Range(1, 3600)]
    public int ReleasePollSeconds { get; set; } = 5;
}
