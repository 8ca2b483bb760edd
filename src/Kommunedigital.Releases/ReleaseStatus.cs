namespace Kommunedigital.Releases;

/// <summary>Where a release stands. Stored as its name.</summary>
public enum ReleaseStatus
{
    /// <summary>Uploaded and checked, not yet shown to readers.</summary>
    Draft,

    /// <summary>Shown to readers; the highest-numbered published release is the one served.</summary>
    Published,

    /// <summary>Was published, then taken back by a rollback to an earlier release.</summary>
    Withdrawn,
}
