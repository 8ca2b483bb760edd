using Kommunedigital.Web.Components;
using Microsoft.AspNetCore.Components;

namespace Kommunedigital.Web.Tests;

/// <summary>
/// <see cref="AssetIntegrity"/> over a collection shaped as a published app's endpoints manifest gives it: the
/// fingerprinted file under its own URL and under its label (the path before fingerprinting), both with the hash.
/// </summary>
public sealed class AssetIntegrityTests
{
    private static readonly ResourceAssetCollection Published = new(
    [
        new ResourceAsset("lib/leaflet/leaflet.v78t325kt9.js", [new("label", "lib/leaflet/leaflet.js"), new("integrity", "sha256-20nQCchB9co0qIjJZRGuk2/Z9VM+kNiyxNV1lvTlZBo=")]),
        new ResourceAsset("lib/map/embed.t01xxbqvqy.js", [new("label", "lib/map/embed.js"), new("integrity", "sha256-k08SIFVqUI7D0+H8FVkndkMvvqXEVE3TSqAaZ+p0n8Q=")]),
        new ResourceAsset("lib/map/embed.js", [new("integrity", "sha256-k08SIFVqUI7D0+H8FVkndkMvvqXEVE3TSqAaZ+p0n8Q=")]),
        new ResourceAsset("lib/site.9s38gror8i.css", [new("label", "lib/site.css")]),
    ]);

    [Fact]
    public void AFingerprintedModuleHasTheHashOfItsFile()
    {
        Assert.Equal("lib/leaflet/leaflet.v78t325kt9.js", Published["lib/leaflet/leaflet.js"]);
        Assert.Equal("sha256-20nQCchB9co0qIjJZRGuk2/Z9VM+kNiyxNV1lvTlZBo=", AssetIntegrity.Of(Published, "lib/leaflet/leaflet.js"));
        Assert.Equal("sha256-k08SIFVqUI7D0+H8FVkndkMvvqXEVE3TSqAaZ+p0n8Q=", AssetIntegrity.Of(Published, "lib/map/embed.js"));
    }

    [Fact]
    public void AnAssetWithoutAHashOrUnknownToTheCollectionHasNone()
    {
        Assert.Null(AssetIntegrity.Of(Published, "lib/site.css"));
        Assert.Null(AssetIntegrity.Of(Published, "js/not-there.js"));
        Assert.Null(AssetIntegrity.Of(ResourceAssetCollection.Empty, "lib/leaflet/leaflet.js"));
    }
}
