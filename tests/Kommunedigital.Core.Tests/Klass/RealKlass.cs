using Kommunedigital.Core.Klass;
using Kommunedigital.Core.Tests.Boundaries;

namespace Kommunedigital.Core.Tests.Klass;

/// <summary>The real KLASS files from data/klass.json and the mirror, read once per test run, on the real boundaries.</summary>
internal static class RealKlass
{
    private static readonly Lazy<KlassTables> LazyTables = new(() =>
        new KlassFileReader(TestPaths.KlassMirror).ReadAll(KlassManifest.Read(Path.Combine(TestPaths.RepoRoot, "data", "klass.json"))));

    private static readonly Lazy<MunicipalCorrespondence> LazyCorrespondence = new(() =>
        MunicipalCorrespondence.Create(MunicipalNumbering.Create(Tables, RealBoundaries.Catalog)));

    public static KlassTables Tables => LazyTables.Value;

    public static MunicipalNumbering Numbering(RealBoundaryCatalogFixture fixture) => MunicipalNumbering.Create(Tables, fixture.Catalog);

    /// <summary>The correspondence on the real catalog, built once per run.</summary>
    public static MunicipalCorrespondence Correspondence(RealBoundaryCatalogFixture fixture) =>
        ReferenceEquals(fixture.Catalog, RealBoundaries.Catalog)
            ? LazyCorrespondence.Value
            : MunicipalCorrespondence.Create(Numbering(fixture));
}
