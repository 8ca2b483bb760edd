using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Kommunedigital.Web.Tests;

/// <summary>
/// The app on the test server with the shared boundary mirror, no downloads, and a private boundary cache.
/// One instance per test class (xUnit class fixture); the data loads once. The smallest-size recompression of the
/// geometry files is off (3.6 s of CPU per host that no test but the geometry tests looks at): see
/// <see cref="RecompressingKommunedigitalFactory"/>.
/// </summary>
public class KommunedigitalFactory : WebApplicationFactory<Program>
{
    /// <summary>Whether the host recompresses the geometry files in the background, as the app does by default.</summary>
    protected virtual bool RecompressGeometry => false;

    private readonly string _cache = Path.Combine(Path.GetTempPath(), "kommunedigital-web-tests-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Data:BoundaryMirror", TestPaths.BoundaryMirror);
        builder.UseSetting("Data:KlassMirror", TestPaths.KlassMirror);
        builder.UseSetting("Data:AllowDownload", "false");
        builder.UseSetting("Data:BoundaryCache", _cache);
        // A release database of its own, never the .data/ folder of the current directory.
        builder.UseSetting("Data:ReleaseDatabase", Path.Combine(_cache, "releases.db"));
        builder.UseSetting("Data:ReleaseCache", Path.Combine(_cache, "release-cache"));
        builder.UseSetting("Geometry:RecompressInBackground", RecompressGeometry ? "true" : "false");
    }

    /// <summary>A client after /health reports a loaded dataset (the hosted service loads at start-up).</summary>
    public async Task<HttpClient> CreateLoadedClientAsync()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
            if (health.IsSuccessStatusCode)
            {
                return client;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The dataset did not load within two minutes: " + await health.Content.ReadAsStringAsync());
            }

            await Task.Delay(250);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(_cache))
        {
            Directory.Delete(_cache, recursive: true);
        }
    }
}
