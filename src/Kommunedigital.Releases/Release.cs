namespace Kommunedigital.Releases;

/// <summary>
/// One uploaded survey file as the release database keeps it: the bytes exactly as uploaded (with their SHA-256, to
/// tell a damaged row from a good one), the check report as <c>check</c> prints it, who uploaded it and when, the
/// publisher's note and the <see cref="ReleaseStatus"/>. A refused file is never stored.
/// </summary>
public sealed class Release
{
    /// <summary>The release number readers see ("Versjon 3"): given by the database, in upload order.</summary>
    public int Number { get; set; }

    public ReleaseStatus Status { get; set; }

    /// <summary>The uploaded file's own name (no folder).</summary>
    public required string FileName { get; set; }

    /// <summary>The file's bytes as uploaded.</summary>
    public required byte[] Content { get; set; }

    /// <summary>SHA-256 of <see cref="Content"/>, 64 lower-case hex digits.</summary>
    public required string Sha256 { get; set; }

    /// <summary>The check report (ImportReportWriter's text, bokmål).</summary>
    public required string Report { get; set; }

    /// <summary>Who uploaded it (a user name or e-mail address).</summary>
    public required string UploadedBy { get; set; }

    public DateTimeOffset UploadedAt { get; set; }

    /// <summary>Who published it; null while a draft.</summary>
    public string? PublishedBy { get; set; }

    /// <summary>When it was first published; null while a draft. A rollback to it keeps this date.</summary>
    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>The publisher's note for readers, e.g. "Tall for 2024 lagt til".</summary>
    public string Note { get; set; } = string.Empty;
}
