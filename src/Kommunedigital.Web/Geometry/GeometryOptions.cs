namespace Kommunedigital.Web.Geometry;

/// <summary>How the display GeoJSON is served (configuration section "Geometry").</summary>
public sealed class GeometryOptions
{
    public const string SectionName = "Geometry";

    /// <summary>
    /// Recompress every set's display GeoJSON at Brotli's and gzip's smallest-size levels in the background after a
    /// snapshot is published (about 3.6 s of CPU for all sets; the country's 2024 file gets about 40 % smaller than
    /// the quick first compression). On by default; a short-lived host that serves few readers (a test host, a
    /// one-off instance) may turn it off and keep the quick files.
    /// </summary>
    public bool RecompressInBackground { get; set; } = true;
}
