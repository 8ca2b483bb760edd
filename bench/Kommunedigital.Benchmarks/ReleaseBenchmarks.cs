using BenchmarkDotNet.Attributes;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Views;
using Kommunedigital.Releases;
using Kommunedigital.Releases.Database;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kommunedigital.Benchmarks;

/// <summary>
/// Publishing a release on one instance, from the publish call to the model of the first page view with the new
/// numbers: upload (the full check), the draft stored in a real SQLite file, publish, the snapshot swapped into the
/// store, then the map page's default view built from what the store serves. The file is the sample's size
/// (1,135 data rows: 2018, 2022 and 2024 for every municipality), with one number changed per operation.
/// </summary>
[MemoryDiagnoser]
public class ReleaseBenchmarks
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kommunedigital-bench-releases-" + Guid.NewGuid().ToString("N"));
    private DataFoundation _foundation = null!;
    private ReleasePublisher _publisher = null!;
    private DataStore _store = null!;
    private string[] _lines = [];
    private int _osloRow;
    private int _operation;

    [GlobalSetup]
    public void Setup()
    {
        var snapshot = BenchmarkData.Snapshot;
        _foundation = new DataFoundation(snapshot.Boundaries, snapshot.Correspondence!.Numbering);
        Directory.CreateDirectory(_folder);
        var database = ReleaseDatabase.ForSqlite(Path.Combine(_folder, "releases.db"));
        database.MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
        var options = new DataOptions { BoundaryMirror = BenchmarkData.Mirror, KlassMirror = BenchmarkData.KlassMirror, AllowDownload = false };
        var loader = new DataSnapshotLoader(options, DataPaths.Resolve(options, BenchmarkData.RepoRoot, BenchmarkData.RepoRoot), new HttpClient(), NullLoggerFactory.Instance, TimeProvider.System);
        _store = new DataStore();
        _publisher = new ReleasePublisher(
            new ReleaseCatalog(database), loader, _store, new ReleaseDiskCache(Path.Combine(_folder, "cache"), NullLogger<ReleaseDiskCache>.Instance), TimeProvider.System, NullLogger<ReleasePublisher>.Instance);
        _lines = File.ReadAllLines(BenchmarkData.SampleCsv);
        _osloRow = Array.FindIndex(_lines, l => l.StartsWith("0301;Oslo;03;Oslo;2024;", StringComparison.Ordinal));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Description = "publish a release (1,135 rows) → first view model with the new numbers")]
    public async Task<ChoroplethModel> PublishToFirstView()
    {
        // A new number each time, so every operation publishes different bytes.
        var score = (10 + (_operation++ % 800) / 10.0).ToString("0.0", System.Globalization.CultureInfo.GetCultureInfo("nb-NO"));
        _lines[_osloRow] = $"0301;Oslo;03;Oslo;2024;50,0;{score};50,0;;;";
        var content = System.Text.Encoding.UTF8.GetBytes(string.Join('\n', _lines) + "\n");
        var upload = await _publisher.UploadAsync(_foundation, content, "digitalisering.csv", "bench", "Benchmark", CancellationToken.None);
        var published = await _publisher.PublishAsync(_foundation, upload.Release!.Number, "bench", null, CancellationToken.None);
        if (!published.Succeeded || _store.Current?.Release?.Number != upload.Release.Number)
        {
            throw new InvalidOperationException("The release was not published: " + (published.Refusal ?? upload.Refusal));
        }

        var served = _store.Current;
        return ChoroplethModelBuilder.Build(served, MapViewQuery.Default(served));
    }
}
