using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Views;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kommunedigital.Benchmarks;

/// <summary>
/// The inputs every benchmark shares, loaded the way the app loads them: the boundary manifest and the
/// mirror (Data__BoundaryMirror, else ../shared/data/boundaries beside the clone), and the sample dataset
/// imported from data/sample. Loaded once per process, outside any measured code.
/// </summary>
public static class BenchmarkData
{
    private static readonly Lazy<BoundaryCatalog> LazyBoundaries = new(LoadBoundaries);

    private static readonly Lazy<DataSnapshot> LazySnapshot = new(() =>
        new DataSnapshot(Boundaries, ImportSample(SampleXlsx), DateTimeOffset.UtcNow));

    /// <summary>The repository root: the nearest folder above the program holding Kommunedigital.sln.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Mirror { get; } = Path.GetFullPath(
        Environment.GetEnvironmentVariable("Data__BoundaryMirror") is { Length: > 0 } mirror
            ? mirror
            : Path.Combine(RepoRoot, "..", "shared", "data", "boundaries"));

    public static string SampleXlsx => Path.Combine(RepoRoot, "data", "sample", "digitalisering-eksempel.xlsx");

    public static string SampleCsv => Path.Combine(RepoRoot, "data", "sample", "digitalisering-eksempel.csv");

    public static BoundaryCatalog Boundaries => LazyBoundaries.Value;

    /// <summary>Boundaries plus the imported sample dataset, as the app serves them.</summary>
    public static DataSnapshot Snapshot => LazySnapshot.Value;

    /// <summary>The page's default view: first indicator, latest year, whole country, quantiles.</summary>
    public static MapView DefaultView => MapViewQuery.Default(Snapshot);

    /// <summary>
    /// Everything start-up does for boundaries: read the manifest, take each file from the mirror into the
    /// cache with its SHA-256 check, read, repair, reproject to WGS84, derive counties, simplify for display.
    /// </summary>
    public static BoundaryCatalog LoadBoundaries()
    {
        var manifest = BoundaryManifest.Read(Path.Combine(RepoRoot, "data", "boundaries.json"));
        var cache = Path.Combine(Path.GetTempPath(), "kommunedigital-bench-boundaries");
        var files = new BoundaryFileProvider(cache, Mirror, allowDownload: false, httpClient: null, NullLogger<BoundaryFileProvider>.Instance);
        var loader = new BoundaryLoader(manifest, files, NullLogger<BoundaryLoader>.Instance);
        return loader.LoadAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>Imports a sample file; a rejected file is a broken benchmark, not a result.</summary>
    public static SurveyDataset ImportSample(string path)
    {
        var result = new SurveyImporter().ImportFile(path, Boundaries, isSample: true);
        return result.Dataset ?? throw new InvalidOperationException($"The sample file {path} was rejected.");
    }

    private static string FindRepoRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Kommunedigital.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Kommunedigital.sln not found above " + AppContext.BaseDirectory);
    }
}
