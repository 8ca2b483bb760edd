using Kommunedigital.Core.Boundaries;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kommunedigital.Core.Tests.Boundaries;

/// <summary>
/// The real catalog from data/boundaries.json and the shared mirror, loaded once per test run for every test that
/// needs it (loading, reprojecting and simplifying all three sets takes about 0.6 s and 580 MB of allocations).
/// </summary>
internal static class RealBoundaries
{
    private static readonly Lazy<BoundaryCatalog> Loaded = new(Load);

    /// <summary>The manifest the catalog was loaded from.</summary>
    public static BoundaryManifest Manifest { get; } = BoundaryManifest.Read(Path.Combine(TestPaths.RepoRoot, "data", "boundaries.json"));

    /// <summary>
    /// The cache folder the loader filled from the mirror: one of its own per run, so a file left by an earlier run
    /// is never read instead of the mirror. Deleted when the test process exits.
    /// </summary>
    public static string CacheDirectory { get; } = Path.Combine(Path.GetTempPath(), "kommunedigital-tests", "boundary-cache-" + Guid.NewGuid().ToString("N"));

    /// <summary>The three real boundary sets (2018, 2020, 2024).</summary>
    public static BoundaryCatalog Catalog => Loaded.Value;

    /// <summary>One set by id ("2018", "2020", "2024").</summary>
    public static BoundarySet Set(string id) => Catalog.ById(id) ?? throw new InvalidOperationException("No set " + id);

    private static BoundaryCatalog Load()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            if (Directory.Exists(CacheDirectory))
            {
                Directory.Delete(CacheDirectory, recursive: true);
            }
        };
        var provider = new BoundaryFileProvider(CacheDirectory, TestPaths.BoundaryMirror, allowDownload: false, httpClient: null,
            NullLogger<BoundaryFileProvider>.Instance);
        return new BoundaryLoader(Manifest, provider, NullLogger<BoundaryLoader>.Instance)
            .LoadAsync(CancellationToken.None).GetAwaiter().GetResult();
    }
}
