using System.Collections.Concurrent;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Export;
using Microsoft.Extensions.Options;

namespace Kommunedigital.Web.Geometry;

/// <summary>
/// The display GeoJSON and country-view shapes (SVG) of every boundary set, written and compressed once per <see cref="DataSnapshot"/>
/// (singleton). A new snapshot starts a new cache; files of the old one are dropped with it. A file is first
/// compressed quickly (tens of milliseconds), so the first reader after a start never waits for Brotli's top
/// level (about a second a set); as a hosted service the cache then recompresses every set at the
/// smallest-size levels in the background as soon as a snapshot is published (unless
/// <see cref="GeometryOptions.RecompressInBackground"/> is off).
/// </summary>
public sealed class BoundaryGeometryCache(DataStore store, IOptions<GeometryOptions> options, ILogger<BoundaryGeometryCache> logger) : IHostedService
{
    private Generation? _generation;
    private Task _recompression = Task.CompletedTask;

    /// <summary>
    /// Completes when the background recompression started by the latest published snapshot has finished (at once
    /// before any): from then on every file of that snapshot is <see cref="GeometryFile.Smallest"/>.
    /// </summary>
    public Task Recompression => Volatile.Read(ref _recompression);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.RecompressInBackground)
        {
            return Task.CompletedTask;
        }

        store.Changed += Warm;
        if (store.Current is { } snapshot)
        {
            Warm(snapshot);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        store.Changed -= Warm;
        return Task.CompletedTask;
    }

    private void Warm(DataSnapshot snapshot) => Volatile.Write(ref _recompression, Task.Run(() =>
    {
        try
        {
            // Newest first: the default view shows the latest year, so its files are ready soonest.
            foreach (var set in snapshot.Boundaries.Sets.Reverse())
            {
                foreach (var layer in Enum.GetValues<BoundaryLayer>())
                {
                    if (Get(set.Id, layer) is { Smallest: false } quick && FilesOf(snapshot) is { } generation)
                    {
                        var smallest = Compress(quick.Identity, quick.Tag, smallest: true);
                        generation.Files[(set.Id, layer)] = new Lazy<GeometryFile>(smallest);
                    }
                }
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A request will try again (and fail visibly); the app keeps serving what it has.
            logger.LogError(ex, "Writing the display GeoJSON failed");
        }
    }));

    /// <summary>The file of <paramref name="setId"/>'s layer, or null when no data is loaded or the set is unknown.</summary>
    public GeometryFile? Get(string setId, BoundaryLayer layer)
    {
        var snapshot = store.Current;
        if (snapshot is null || snapshot.Boundaries.ById(setId) is not { } set)
        {
            return null;
        }

        // A snapshot published meanwhile makes this one stale: ask again for the current one.
        if (FilesOf(snapshot) is not { } files)
        {
            return Get(setId, layer);
        }

        return files.Files.GetOrAdd((set.Id, layer), static (key, s) => new Lazy<GeometryFile>(() => Build(s, key.Layer)), set).Value;
    }

    /// <summary>The files of <paramref name="snapshot"/>, or null when a newer snapshot has replaced it.</summary>
    private Generation? FilesOf(DataSnapshot snapshot)
    {
        var generation = Volatile.Read(ref _generation);
        if (generation is null || !ReferenceEquals(generation.Snapshot, snapshot))
        {
            if (!ReferenceEquals(store.Current, snapshot))
            {
                return null;
            }

            generation = new Generation(snapshot);
            Volatile.Write(ref _generation, generation);
        }

        return generation;
    }

    /// <summary>The versioned URL of a layer ("/kart/grenser/2024/kommuner.geojson?v=…", "…/kommuner.svg?v=…"), which may be cached for ever.</summary>
    public string? Url(string setId, BoundaryLayer layer) =>
        Get(setId, layer) is { } file ? $"{Endpoints.GeometryEndpoints.Path(setId, layer)}?v={file.Tag}" : null;

    // The writer puts municipalities and counties in one collection; the map fetches the two layers separately
    // (the county file is small and also serves the tooltip's county names), so each layer is written alone.
    private static GeometryFile Build(BoundarySet set, BoundaryLayer layer)
    {
        if (layer == BoundaryLayer.Shapes)
        {
            var svg = Encoding.UTF8.GetBytes(FirstPaintSvg.WriteShapes(set));
            return Compress(svg, Convert.ToHexStringLower(SHA256.HashData(svg))[..32], smallest: false);
        }

        var part = layer == BoundaryLayer.Municipalities
            ? new BoundarySet(set.Id, set.ValidFrom, set.Municipalities, [])
            : new BoundarySet(set.Id, set.ValidFrom, [], set.Counties);
        var json = BoundaryGeoJsonWriter.Write(part);
        return Compress(json.Content.ToArray(), json.ETag.Trim('"'), smallest: false);
    }

    /// <summary>
    /// Compresses <paramref name="json"/>: at the smallest-size levels (done once, served many times), or quickly
    /// (Brotli's "optimal" level, about 1.6× the smallest size) for the first readers after a start.
    /// </summary>
    /// <param name="json">The document's bytes (GeoJSON, or the SVG of <see cref="BoundaryLayer.Shapes"/>).</param>
    /// <param name="tag">Their version: for GeoJSON the writer's ETag without its quotes (<see cref="BoundaryGeoJson.ETag"/>), not hashed again.</param>
    /// <param name="smallest">True for the smallest-size levels.</param>
    public static GeometryFile Compress(byte[] json, string tag, bool smallest = true)
    {
        var level = smallest ? CompressionLevel.SmallestSize : CompressionLevel.Optimal;
        using var brotli = new MemoryStream();
        using (var stream = new BrotliStream(brotli, level, leaveOpen: true))
        {
            stream.Write(json);
        }

        using var gzip = new MemoryStream();
        using (var stream = new GZipStream(gzip, level, leaveOpen: true))
        {
            stream.Write(json);
        }

        return new GeometryFile(json, brotli.ToArray(), gzip.ToArray(), tag, smallest);
    }

    private sealed class Generation(DataSnapshot snapshot)
    {
        public DataSnapshot Snapshot { get; } = snapshot;

        public ConcurrentDictionary<(string SetId, BoundaryLayer Layer), Lazy<GeometryFile>> Files { get; } = new();
    }
}
