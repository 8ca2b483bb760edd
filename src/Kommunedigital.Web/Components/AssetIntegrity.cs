using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Components;

namespace Kommunedigital.Web.Components;

/// <summary>
/// The subresource integrity of a static web asset, for the tags that fetch a module ahead of the import map:
/// Chromium's preload scanner requests a <c>&lt;script type="module"&gt;</c> or <c>&lt;link rel="modulepreload"&gt;</c>
/// before the import map's integrity applies, finds the hashes differ when the module is imported, and fetches it a
/// second time. With the same hash on the tag the preloaded response is the one used.
/// </summary>
public static class AssetIntegrity
{
    /// <summary>
    /// The "sha256-…" value the import map gives <paramref name="path"/> (the asset's path before fingerprinting,
    /// e.g. "lib/leaflet/leaflet.js"), or null when the collection has none (a development build without
    /// fingerprints): the attribute is then left out, as the import map leaves it out.
    /// </summary>
    public static string? Of(ResourceAssetCollection assets, string path)
    {
        ArgumentNullException.ThrowIfNull(assets);
        return ByUrl.GetValue(assets, Index).GetValueOrDefault(assets[path]);
    }

    // The collection is the app's (one per endpoints manifest) and holds every static asset with its variants: it is
    // read once, not on each render of each page's head.
    private static readonly ConditionalWeakTable<ResourceAssetCollection, Dictionary<string, string>> ByUrl = new();

    private static Dictionary<string, string> Index(ResourceAssetCollection assets)
    {
        var byUrl = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var asset in assets)
        {
            if (asset.Properties?.FirstOrDefault(p => p.Name == "integrity") is { } integrity)
            {
                byUrl.TryAdd(asset.Url, integrity.Value);
            }
        }

        return byUrl;
    }
}
