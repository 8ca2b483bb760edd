using Kommunedigital.Core.Boundaries;

namespace Kommunedigital.Core.Tests.Boundaries;

/// <summary>
/// The real catalog for a test class, as a class fixture: a view of <see cref="RealBoundaries"/>, which loads it
/// once per test run, so classes that use it still run in parallel.
/// </summary>
public sealed class RealBoundaryCatalogFixture
{
    public BoundaryManifest Manifest => RealBoundaries.Manifest;

    public BoundaryCatalog Catalog => RealBoundaries.Catalog;

    public string CacheDirectory => RealBoundaries.CacheDirectory;

    public BoundarySet Set(string id) => RealBoundaries.Set(id);
}
