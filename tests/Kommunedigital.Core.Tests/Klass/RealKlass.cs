using Kommunedigital.Core.Klass;
using Kommunedigital.Core.Tests.Boundaries;

namespace Kommunedigital.Core.Tests.Klass;

/// <summary>The real KLASS files from data/klass.json and the mirror, read once per test run.</summary>
internal static class RealKlass
{
    private static readonly Lazy<KlassTables> LazyTables = new(() =>
        new KlassFileReader(TestPaths.KlassMirror).ReadAll(KlassManifest.Read(Path.Combine(TestPaths.RepoRoot, "data", "klass.json"))));

    private static readonly Lock Gate = new();
    private static (RealBoundaryCatalogFixture Fixture, MunicipalCorrespondence Value)? _correspondence;

    public static KlassTables Tables => LazyTables.Value;

    public static MunicipalNumbering Numbering(RealBoundaryCatalogFixture fixture) => MunicipalNumbering.Create(Tables, fixture.Catalog);

    /// <summary>The correspondence on the fixture's catalog, built once for that fixture.</summary>
    public static MunicipalCorrespondence Correspondence(RealBoundaryCatalogFixture fixture)
    {
        lock (Gate)
        {
            if (_correspondence is not { } known || !ReferenceEquals(known.Fixture, fixture))
            {
                _correspondence = (fixture, MunicipalCorrespondence.Create(Numbering(fixture)));
            }

            return _correspondence.Value.Value;
        }
    }
}
