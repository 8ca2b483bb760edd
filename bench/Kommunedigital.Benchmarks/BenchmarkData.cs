using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Views;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kommunedigital.Benchmarks;

/// <summary>
/// The inputs every benchmark shares, loaded by the app's own <see cref="DataSnapshotLoader"/>: the boundary
/// manifest in data/, the files from the mirror (Data__BoundaryMirror, else ../shared/data/boundaries beside
/// the clone; never downloaded), and the sample dataset in data/sample. Loaded once per process, outside any
/// measured code.
/// </summary>
public static class BenchmarkData
{
    private static readonly Lazy<DataSnapshot> LazySnapshot = new(() =>
    {
        var result = Loader().LoadAsync(CancellationToken.None).GetAwaiter().GetResult();
        return result.Snapshot ?? throw new InvalidOperationException("The app's data did not load: " + result.Error);
    });

    /// <summary>The repository root: the nearest folder above the program holding Kommunedigital.sln.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>Never used to download (AllowDownload is false); the loader's signature asks for one.</summary>
    private static HttpClient Http { get; } = new();

    public static string Mirror { get; } = Path.GetFullPath(
        Environment.GetEnvironmentVariable("Data__BoundaryMirror") is { Length: > 0 } mirror
            ? mirror
            : Path.Combine(RepoRoot, "..", "shared", "data", "boundaries"));

    /// <summary>The KLASS files (Data__KlassMirror, else ../shared/data/klass beside the clone).</summary>
    public static string KlassMirror { get; } = Path.GetFullPath(
        Environment.GetEnvironmentVariable("Data__KlassMirror") is { Length: > 0 } klass
            ? klass
            : Path.Combine(RepoRoot, "..", "shared", "data", "klass"));

    public static string SampleXlsx => Path.Combine(RepoRoot, "data", "sample", "digitalisering-eksempel.xlsx");

    public static string SampleCsv => Path.Combine(RepoRoot, "data", "sample", "digitalisering-eksempel.csv");

    public static BoundaryCatalog Boundaries => Snapshot.Boundaries;

    /// <summary>Boundaries plus the imported sample dataset, as the app serves them.</summary>
    public static DataSnapshot Snapshot => LazySnapshot.Value;

    /// <summary>The page's default view: first indicator, latest year, whole country, quantiles.</summary>
    public static MapView DefaultView => MapViewQuery.Default(Snapshot);

    /// <summary>
    /// Everything start-up does for boundaries: read the manifest, take each file from the mirror into the
    /// cache with its SHA-256 check, read, repair, reproject to WGS84, derive counties, simplify for display.
    /// </summary>
    public static BoundaryCatalog LoadBoundaries() =>
        Loader().LoadBoundariesAsync(CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>The app's loader with the app's defaults, the mirror, no downloads and a cache outside the clone.</summary>
    private static DataSnapshotLoader Loader()
    {
        var options = new DataOptions
        {
            BoundaryMirror = Mirror,
            KlassMirror = KlassMirror,
            AllowDownload = false,
            BoundaryCache = Path.Combine(Path.GetTempPath(), "kommunedigital-bench-boundaries"),
        };
        var paths = DataPaths.Resolve(options, RepoRoot, RepoRoot);
        return new DataSnapshotLoader(options, paths, Http, NullLoggerFactory.Instance, TimeProvider.System);
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
