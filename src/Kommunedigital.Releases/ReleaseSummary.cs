using Kommunedigital.Core.Data;

namespace Kommunedigital.Releases;

/// <summary>A release without its file's bytes: what lists and reports show.</summary>
public sealed record ReleaseSummary(
    int Number,
    ReleaseStatus Status,
    string FileName,
    string Sha256,
    string UploadedBy,
    DateTimeOffset UploadedAt,
    string? PublishedBy,
    DateTimeOffset? PublishedAt,
    string Note)
{
    /// <summary>The stamp readers see; null for a draft, which readers never see.</summary>
    public ReleaseStamp? Stamp => PublishedAt is { } at ? new ReleaseStamp(Number, at, Note) : null;

    /// <summary>"utkast", "publisert" or "trukket tilbake".</summary>
    public string StatusText => Status switch
    {
        ReleaseStatus.Draft => "utkast",
        ReleaseStatus.Published => "publisert",
        _ => "trukket tilbake",
    };

    /// <summary>The summary of a stored release (without its bytes).</summary>
    public static ReleaseSummary Of(Release r) =>
        new(r.Number, r.Status, r.FileName, r.Sha256, r.UploadedBy, r.UploadedAt, r.PublishedBy, r.PublishedAt, r.Note);
}
