using Microsoft.Extensions.Options;

namespace Kommunedigital.Web.Tests;

/// <summary>The Map section is bound and validated when the app starts, not when the page first reads it.</summary>
public sealed class MapOptionsStartupTests
{
    [Fact]
    public async Task ABadTileUrlStopsTheAppFromStarting()
    {
        await using var factory = new KommunedigitalFactory().WithWebHostBuilder(b => b.UseSetting("Map:TileUrl", "ftp://tiles.example/{z}/{x}/{y}.png"));

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        var failures = string.Join("\n", error.Failures);
        Assert.Contains("Map:TileUrl must be an absolute http or https URL.", failures, StringComparison.Ordinal);
        Assert.Contains("Map:TileAttribution is required with Map:TileUrl", failures, StringComparison.Ordinal);
    }
}
