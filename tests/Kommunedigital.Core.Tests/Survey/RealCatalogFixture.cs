using Kommunedigital.Core.Boundaries;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kommunedigital.Core.Tests.Survey;

/// <summary>The real boundary catalog from the mirror, loaded once for a test class.</summary>
public sealed class RealCatalogFixture
{
    public RealCatalogFixture()
    {
        var manifest = BoundaryManifest.Read(Path.Combine(TestPaths.RepoRoot, "data", "boundaries.json"));
        var cache = Path.Combine(Path.GetTempPath(), "kommunedigital-survey-tests-boundaries");
        var files = new BoundaryFileProvider(cache, TestPaths.BoundaryMirror, allowDownload: false, httpClient: null, NullLogger<BoundaryFileProvider>.Instance);
        Catalog = new BoundaryLoader(manifest, files, NullLogger<BoundaryLoader>.Instance).LoadAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    public BoundaryCatalog Catalog { get; }
}
