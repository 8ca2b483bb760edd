using System.Collections.Concurrent;
using System.IO.Compression;
using System.Security.Cryptography;
using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Web.Geometry;

/// <summary>
/// The display GeoJSON of every boundary set, written and compressed once per <see cref="DataSnapshot"/>
/// (singleton). A new snapshot starts a new cache; files of the old one are dropped with it. As a hosted
/// service it writes every set as soon as a snapshot is published, so no reader waits for Brotli's top level.
/// </summary>
public sealed class BoundaryGeometryCache(DataStore store, ILogger<BoundaryGeometryCache> logger) : IHostedService
{
    private Generation? _generation;

    public Task StartAsync(CancellationToken cancellationToken)
    {
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

    private void Warm(DataSnapshot snapshot) => _ = Task.Run(() =>
    {
        try
        {
            // Newest first: the default view shows the latest year, so its files are ready soonest.
            foreach (var set in snapshot.Boundaries.Sets.Reverse())
            {
                Get(set.Id, BoundaryLayer.Municipalities);
                Get(set.Id, BoundaryLayer.Counties);
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A request will try again (and fail visibly); the app keeps serving what it has.
            logger.LogError(ex, "Writing the display GeoJSON failed");
        }
    });

    /// <summary>The file of <paramref name="setId"/>'s layer, or null when no data is loaded or the set is unknown.</summary>
    public GeometryFile? Get(string setId, BoundaryLayer layer)
    {
        var snapshot = store.Current;
        if (snapshot is null || snapshot.Boundaries.ById(setId) is not { } set)
        {
            return null;
        }

        var generation = Volatile.Read(ref _generation);
        if (generation is null || !ReferenceEquals(generation.Snapshot, snapshot))
        {
            generation = new Generation(snapshot);
            Volatile.Write(ref _generation, generation);
        }

        return generation.Files.GetOrAdd((set.Id, layer), static (key, s) => new Lazy<GeometryFile>(() => Build(s, key.Layer)), set).Value;
    }

    /// <summary>The versioned URL of a layer ("/kart/grenser/2024/kommuner.geojson?v=…"), which may be cached for ever.</summary>
    public string? Url(string setId, BoundaryLayer layer) =>
        Get(setId, layer) is { } file ? $"{Endpoints.GeometryEndpoints.Path(setId, layer)}?v={file.Tag}" : null;

    // The writer puts municipalities and counties in one collection; the map fetches the two layers separately
    // (the county file is small and also serves the tooltip's county names), so each layer is written alone.
    private static GeometryFile Build(BoundarySet set, BoundaryLayer layer)
    {
        var part = layer == BoundaryLayer.Municipalities
            ? new BoundarySet(set.Id, set.ValidFrom, set.Municipalities, [])
            : new BoundarySet(set.Id, set.ValidFrom, [], set.Counties);
        return Compress(BoundaryGeoJsonWriter.Write(part).Content.ToArray());
    }

    /// <summary>Compresses <paramref name="json"/> at the highest levels: done once, served many times.</summary>
    public static GeometryFile Compress(byte[] json)
    {
        using var brotli = new MemoryStream();
        using (var stream = new BrotliStream(brotli, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            stream.Write(json);
        }

        using var gzip = new MemoryStream();
        using (var stream = new GZipStream(gzip, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            stream.Write(json);
        }

        var tag = Convert.ToHexStringLower(SHA256.HashData(json))[..20];
        return new GeometryFile(json, brotli.ToArray(), gzip.ToArray(), tag);
    }

    private sealed class Generation(DataSnapshot snapshot)
    {
        public DataSnapshot Snapshot { get; } = snapshot;

        public ConcurrentDictionary<(string SetId, BoundaryLayer Layer), Lazy<GeometryFile>> Files { get; } = new();
    }
}
