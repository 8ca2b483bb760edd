using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Kommunedigital.BrowserTests;

/// <summary>
/// The app on real Kestrel at a free loopback port (a browser cannot reach the in-memory test server), with
/// the shared boundary mirror, no downloads and a private boundary cache, like the web tests' factory.
/// </summary>
public sealed class KestrelFactory : WebApplicationFactory<Program>
{
    private readonly string _cache = Path.Combine(Path.GetTempPath(), "kommunedigital-browser-tests-" + Guid.NewGuid().ToString("N"));

    public KestrelFactory() => UseKestrel(0);

    /// <summary>"http://127.0.0.1:PORT/", known after <see cref="WebApplicationFactory{TEntryPoint}.StartServer"/>.</summary>
    public Uri BaseAddress
    {
        get
        {
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            return new Uri(addresses.First() + "/");
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");

        // Production skips the static web assets manifest (only Development reads it by default), so from the
        // build output Leaflet, blazor.web.js and the collocated modules would be empty 200s: read it here.
        builder.UseStaticWebAssets();
        builder.UseSetting("Data:BoundaryMirror", TestPaths.BoundaryMirror);
        builder.UseSetting("Data:KlassMirror", TestPaths.KlassMirror);
        builder.UseSetting("Data:AllowDownload", "false");
        builder.UseSetting("Data:BoundaryCache", _cache);
        // A release database of its own, never the .data/ folder of the current directory.
        builder.UseSetting("Data:ReleaseDatabase", Path.Combine(_cache, "releases.db"));
        builder.UseSetting("Data:ReleaseCache", Path.Combine(_cache, "release-cache"));
        // The smallest-size recompression of the geometry files changes bytes on the wire, nothing a person sees.
        builder.UseSetting("Geometry:RecompressInBackground", "false");
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
