using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Kommunedigital.Bench.Browser;

/// <summary>
/// A plain static file server on loopback for the baseline page: the page itself, Leaflet's dist/ from
/// node_modules, and the boundary mirror as published (uncompressed, as a default static server sends
/// GeoJSON). Nothing is copied into the repository.
/// </summary>
public sealed class BaselineServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BaselineServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<BaselineServer> StartAsync(string pageFolder, string leafletDist, string boundaryMirror)
    {
        var port = AppServer.FreeLoopbackPort();
        var url = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();

        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".geojson"] = "application/geo+json";
        Serve(app, "", pageFolder, types);
        Serve(app, "/leaflet", leafletDist, types);
        Serve(app, "/data", boundaryMirror, types);

        await app.StartAsync();
        return new BaselineServer(app, new Uri(url + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static void Serve(WebApplication app, string path, string folder, FileExtensionContentTypeProvider types)
    {
        var files = new PhysicalFileProvider(Path.GetFullPath(folder));
        if (path.Length == 0)
        {
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        }

        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, RequestPath = path, ContentTypeProvider = types });
    }
}
