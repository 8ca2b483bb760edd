using System.IO.Compression;
using Microsoft.AspNetCore.OutputCaching;

namespace Kommunedigital.Web.Load;

/// <summary>
/// Which level response compression uses for a response. A response the output cache is about to store (the embed,
/// the downloads: <see cref="EmbedOutputCacheAttribute"/>, <see cref="DownloadCachePolicy"/>) is compressed once and
/// then served many times, so it gets the smaller, slower levels; every other response (the map page, whose HTML
/// carries per-reader Blazor state) is compressed anew for each reader at a fast level. Measured on the 272 kB embed
/// HTML: Brotli 1 → 64.7 kB, Brotli 5 → 54.1 kB; gzip 1 (zlib-ng) → 93.5 kB, gzip 6 → 57.1 kB. On the map page's
/// 182 kB HTML (Node's Brotli, the same library, 20 passes): quality 1 → 54.1 kB in 1.1 ms, 2 → 49.7 kB in 1.8 ms,
/// 4 → 48.3 kB in 3.2 ms, 5 → 45.6 kB in 7.1 ms; quality 2 buys most of the bytes for 0.7 ms of one core.
/// </summary>
public static class StoredResponseCompression
{
    /// <summary>Brotli's quality (0–11) for a response the output cache stores.</summary>
    public const int StoredBrotliQuality = 5;

    /// <summary>Brotli's quality for a response compressed for one reader.</summary>
    public const int LiveBrotliQuality = 2;

    /// <summary>zlib's level (0–9) for a response the output cache stores.</summary>
    public const int StoredGzipLevel = 6;

    /// <summary>zlib's level for a response compressed for one reader (CompressionLevel.Fastest).</summary>
    public const int LiveGzipLevel = 1;

    /// <summary>True while the output cache means to store the response of <paramref name="context"/>.</summary>
    public static bool IsStored(HttpContext? context) =>
        context?.Features.Get<IOutputCacheFeature>()?.Context is { EnableOutputCaching: true, AllowCacheStorage: true };

    /// <summary>A Brotli stream over <paramref name="output"/> at the level for <paramref name="context"/>'s response.</summary>
    public static Stream Brotli(Stream output, HttpContext? context) =>
        new BrotliStream(output, new BrotliCompressionOptions { Quality = IsStored(context) ? StoredBrotliQuality : LiveBrotliQuality }, leaveOpen: true);

    /// <summary>A gzip stream over <paramref name="output"/> at the level for <paramref name="context"/>'s response.</summary>
    public static Stream Gzip(Stream output, HttpContext? context) =>
        new GZipStream(output, new ZLibCompressionOptions { CompressionLevel = IsStored(context) ? StoredGzipLevel : LiveGzipLevel }, leaveOpen: true);
}
