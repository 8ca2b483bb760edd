using Kommunedigital.Core.Boundaries;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kommunedigital.Core.Tests.Boundaries;

/// <summary>
/// The real catalog from data/boundaries.json and the shared mirror, loaded once for every test class in
/// the "Real boundaries" collection (loading all three sets takes a second or two).
/// </summary>
public sealed class RealBoundaryCatalogFixture : IDisposable
{
    public RealBoundaryCatalogFixture()
    {
        CacheDirectory = Path.Combine(Path.GetTempPath(), "kommunedigital-tests", "boundary-cache-" + Guid.NewGuid().ToString("N"));
        Manifest = BoundaryManifest.Read(Path.Combine(TestPaths.RepoRoot, "data", "boundaries.json"));
        var provider = new BoundaryFileProvider(CacheDirectory, TestPaths.BoundaryMirror, allowDownload: false, httpClient: null,
            NullLogger<BoundaryFileProvider>.Instance);
        Catalog = new BoundaryLoader(Manifest, provider, NullLogger<BoundaryLoader>.Instance)
            .LoadAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    public BoundaryManifest Manifest { get; }

    public BoundaryCatalog Catalog { get; }

    public string CacheDirectory { get; }

    public BoundarySet Set(string id) => Catalog.ById(id) ?? throw new InvalidOperationException("No set " + id);

    public void Dispose()
    {
        if (Directory.Exists(CacheDirectory))
        {
            Directory.Delete(CacheDirectory, recursive: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class RealBoundariesCollection : ICollectionFixture<RealBoundaryCatalogFixture>
{
    public const string Name = "Real boundaries";
}
