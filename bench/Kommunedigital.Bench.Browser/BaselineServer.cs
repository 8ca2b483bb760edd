using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace Kommunedigital.Bench.Browser;

/// <summary>
/// A plain static file server on loopback for the baseline page: the page itself, Leaflet's dist/ from
/// node_modules, and the boundary mirror as published. Text files (.html, .js, .css, .geojson) are sent gzip
/// compressed at <see cref="CompressionLevel.Optimal"/> (zlib level 6, nginx's <c>gzip_comp_level</c> as most
/// sites set it) to a browser that accepts gzip, as any real server would; each file is compressed once, on its
/// first request (the unrecorded warm-up view), so no measured view waits for the compressor. Nothing is copied
/// into the repository.
/// </summary>
public sealed class BaselineServer : IAsyncDisposable
{
    private static readonly string[] CompressedExtensions = [".html", ".js", ".css", ".geojson"];

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
        var mounts = new (string Path, string Folder)[] { ("/leaflet", leafletDist), ("/data", boundaryMirror), ("", pageFolder) };
        var gzipped = new ConcurrentDictionary<string, Lazy<byte[]>>(StringComparer.Ordinal);
        app.Use((context, next) => ServeGzipAsync(context, next, mounts, types, gzipped));
        foreach (var (path, folder) in mounts)
        {
            Serve(app, path, folder, types);
        }

        await app.StartAsync();
        return new BaselineServer(app, new Uri(url + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>Answers a GET for a text file with its gzip bytes when the browser accepts gzip; anything else falls through.</summary>
    private static async Task ServeGzipAsync(
        HttpContext context,
        RequestDelegate next,
        (string Path, string Folder)[] mounts,
        FileExtensionContentTypeProvider types,
        ConcurrentDictionary<string, Lazy<byte[]>> gzipped)
    {
        var request = context.Request;
        var accepts = request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase);
        var file = accepts && HttpMethods.IsGet(request.Method) ? PhysicalFile(request.Path.Value ?? "/", mounts) : null;
        if (file is null || !types.TryGetContentType(file, out var contentType))
        {
            await next(context);
            return;
        }

        var body = gzipped.GetOrAdd(file, f => new Lazy<byte[]>(() => Gzip(f))).Value;
        var response = context.Response;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        response.Headers.ContentEncoding = "gzip";
        response.Headers.Vary = HeaderNames.AcceptEncoding;
        await response.Body.WriteAsync(body, context.RequestAborted);
    }

    /// <summary>The file a path names under one of the mounts ("/" is the page's index.html), if it is a compressed type.</summary>
    private static string? PhysicalFile(string path, (string Path, string Folder)[] mounts)
    {
        if (path.EndsWith('/'))
        {
            path += "index.html";
        }

        if (!CompressedExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase) || path.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var (prefix, folder) in mounts)
        {
            if (path.StartsWith(prefix + "/", StringComparison.Ordinal))
            {
                var full = Path.GetFullPath(Path.Combine(folder, path[(prefix.Length + 1)..]));
                return File.Exists(full) ? full : null;
            }
        }

        return null;
    }

    private static byte[] Gzip(string file)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
        using (var input = File.OpenRead(file))
        {
            input.CopyTo(gzip);
        }

        return output.ToArray();
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
