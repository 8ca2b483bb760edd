using BenchmarkDotNet.Attributes;
using Kommunedigital.Core.Data;
using Kommunedigital.Web.Geometry;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Kommunedigital.Benchmarks;

/// <summary>
/// The geometry files the map fetches: every set's municipalities and counties written as display GeoJSON and
/// compressed quickly (what the first reader after a start waits for), then at the smallest-size levels (what
/// the app does in the background once per snapshot).
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

    [Benchmark(Description = "display GeoJSON files, all sets, written and compressed quickly")]
    public long GeometryFiles()
    {
        // A new cache has no files yet: each operation writes and compresses all six.
        var cache = new BoundaryGeometryCache(_store, Options.Create(new GeometryOptions()), NullLogger<BoundaryGeometryCache>.Instance);
        long bytes = 0;
        foreach (var set in _store.Current!.Boundaries.Sets)
        {
            bytes += cache.Get(set.Id, BoundaryLayer.Municipalities)!.Brotli.Length;
            bytes += cache.Get(set.Id, BoundaryLayer.Counties)!.Brotli.Length;
        }

        return bytes;
    }

    [Benchmark(Description = "display GeoJSON files, all sets, recompressed at the smallest size")]
    public long GeometryFilesSmallest()
    {
        var cache = new BoundaryGeometryCache(_store, Options.Create(new GeometryOptions()), NullLogger<BoundaryGeometryCache>.Instance);
        long bytes = 0;
        foreach (var set in _store.Current!.Boundaries.Sets)
        {
            var municipalities = cache.Get(set.Id, BoundaryLayer.Municipalities)!;
            var counties = cache.Get(set.Id, BoundaryLayer.Counties)!;
            bytes += BoundaryGeometryCache.Compress(municipalities.Identity, municipalities.Tag, smallest: true).Brotli.Length;
            bytes += BoundaryGeometryCache.Compress(counties.Identity, counties.Tag, smallest: true).Brotli.Length;
        }

        return bytes;
    }
}
