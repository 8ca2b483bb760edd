using BenchmarkDotNet.Attributes;
using Kommunedigital.Core.Views;
using Kommunedigital.Web.Geometry;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kommunedigital.Benchmarks;

/// <summary>
/// The geometry files the map fetches: every set's municipalities and counties written as display GeoJSON and
/// compressed (Brotli and gzip at their smallest-size levels), as the app does once per snapshot after start-up.
/// </summary>
[MemoryDiagnoser]
public class GeometryBenchmarks
{
    private DataStore _store = null!;

    [GlobalSetup]
    public void Setup()
    {
        _store = new DataStore();
        _store.Publish(BenchmarkData.Snapshot);
    }

    [Benchmark(Description = "display GeoJSON files, all sets, written and compressed")]
    public long GeometryFiles()
    {
        // A new cache has no files yet: each operation writes and compresses all six.
        var cache = new BoundaryGeometryCache(_store, NullLogger<BoundaryGeometryCache>.Instance);
        long bytes = 0;
        foreach (var set in _store.Current!.Boundaries.Sets)
        {
            bytes += cache.Get(set.Id, BoundaryLayer.Municipalities)!.Brotli.Length;
            bytes += cache.Get(set.Id, BoundaryLayer.Counties)!.Brotli.Length;
        }

        return bytes;
    }
}
