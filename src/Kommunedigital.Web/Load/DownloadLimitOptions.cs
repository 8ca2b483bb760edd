using System.ComponentModel.DataAnnotations;

namespace Kommunedigital.Web.Load;

/// <summary>
/// How the downloads hold up under load (section "Downloads"): how long a written file is served from the
/// output cache, and how many drawn downloads (PNG, PDF, SVG, PPTX) are written at once before the next reader
/// gets a 429 with <c>Retry-After</c> instead of waiting into a time-out.
/// </summary>
public sealed class DownloadLimitOptions
{
    public const string SectionName = "Downloads";

    /// <summary>Drawn downloads written at the same time, across all readers. Two suits a two-core machine.</summary>
    [Range(1, 256)]
    public int DrawnConcurrency { get; set; } = 2;

    /// <summary>Drawn downloads that may wait for a free slot; beyond that a request is answered 429 at once.</summary>
    [Range(0, 10_000)]
    public int QueueLimit { get; set; } = 8;

    /// <summary>Seconds a rejected reader is asked to wait (<c>Retry-After</c>).</summary>
    [Range(1, 3600)]
    public int RetryAfterSeconds { get; set; } = 2;

    /// <summary>Seconds a written download stays in the output cache; the data snapshot is part of its key.</summary>
    [Range(1, 86_400)]
    public int CacheSeconds { get; set; } = 300;
}
