using System.Net;
using System.Security.Cryptography;
using System.Text;
using Kommunedigital.Core.Boundaries;
using Microsoft.Extensions.Logging.Abstractions;

namespace Kommunedigital.Core.Tests.Boundaries;

public sealed class BoundaryFileProviderTests : IDisposable
{
    private static readonly byte[] Good = Encoding.UTF8.GetBytes("{\"type\":\"FeatureCollection\",\"features\":[]}");
    private static readonly byte[] Bad = Encoding.UTF8.GetBytes("{\"type\":\"FeatureCollection\",\"features\":[1]}");
    private static readonly string GoodSha = Convert.ToHexStringLower(SHA256.HashData(Good));
    private static readonly string BadSha = Convert.ToHexStringLower(SHA256.HashData(Bad));

    private readonly string _root = Path.Combine(Path.GetTempPath(), "kommunedigital-tests", "provider-" + Guid.NewGuid().ToString("N"));
    private readonly BoundaryFileEntry _entry = new("kommuner-2020.geojson", new Uri("https://example.test/k/Kommuner-medium.json"), GoodSha);

    public BoundaryFileProviderTests()
    {
        Directory.CreateDirectory(Mirror);
    }

    private string Cache => Path.Combine(_root, "cache");

    private string Mirror => Path.Combine(_root, "mirror");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task UsesACachedFileWithTheRightHash()
    {
        Directory.CreateDirectory(Cache);
        await File.WriteAllBytesAsync(Path.Combine(Cache, _entry.FileName), Good);

        var path = await Provider(mirror: null, handler: null).ObtainAsync(_entry, CancellationToken.None);

        Assert.Equal(Path.Combine(Cache, _entry.FileName), path);
    }

    [Fact]
    public async Task CopiesFromTheMirrorIntoTheCache()
    {
        await File.WriteAllBytesAsync(Path.Combine(Mirror, _entry.FileName), Good);

        var path = await Provider(Mirror, handler: null).ObtainAsync(_entry, CancellationToken.None);

        Assert.Equal(Path.Combine(Cache, _entry.FileName), path);
        Assert.Equal(Good, await File.ReadAllBytesAsync(path));
        Assert.Equal([_entry.FileName], Directory.GetFiles(Cache).Select(f => Path.GetFileName(f)!));
    }

    [Fact]
    public async Task ReplacesADamagedCacheCopyFromTheMirror()
    {
        Directory.CreateDirectory(Cache);
        await File.WriteAllBytesAsync(Path.Combine(Cache, _entry.FileName), Bad);
        await File.WriteAllBytesAsync(Path.Combine(Mirror, _entry.FileName), Good);

        var path = await Provider(Mirror, handler: null).ObtainAsync(_entry, CancellationToken.None);

        Assert.Equal(Good, await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task AMirrorFileWithTheWrongHashNamesTheFileAndBothHashes()
    {
        await File.WriteAllBytesAsync(Path.Combine(Mirror, _entry.FileName), Bad);

        var error = await Assert.ThrowsAsync<BoundaryDataException>(
            () => Provider(Mirror, handler: null).ObtainAsync(_entry, CancellationToken.None));

        Assert.Equal(
            $"kommuner-2020.geojson in the mirror {Mirror}: SHA-256 mismatch (expected {GoodSha}, got {BadSha}). " +
            "Replace it with the file from https://example.test/k/Kommuner-medium.json or point Data__BoundaryMirror at a good copy.",
            error.Message);
        Assert.False(File.Exists(Path.Combine(Cache, _entry.FileName)));
        Assert.Empty(Directory.GetFiles(Cache));
    }

    [Fact]
    public async Task AFileMissingFromTheMirrorWithDownloadDisabledSaysWhatToSet()
    {
        var error = await Assert.ThrowsAsync<BoundaryDataException>(
            () => Provider(Mirror, handler: null).ObtainAsync(_entry, CancellationToken.None));

        Assert.Equal(
            $"kommuner-2020.geojson: not in the mirror {Mirror}, and downloading is disabled (Data__AllowDownload=false). " +
            "Set Data__BoundaryMirror to a folder holding the boundary files (e.g. Data__BoundaryMirror=../shared/data/boundaries) or allow downloading.",
            error.Message);
    }

    [Fact]
    public async Task AnAbsentMirrorFolderIsNamedInTheMessage()
    {
        var absent = Path.Combine(_root, "no-such-folder");

        var error = await Assert.ThrowsAsync<BoundaryDataException>(
            () => Provider(absent, handler: null).ObtainAsync(_entry, CancellationToken.None));

        Assert.StartsWith($"kommuner-2020.geojson: the mirror folder {absent} does not exist, and downloading is disabled", error.Message);
    }

    [Fact]
    public async Task DownloadsFromTheManifestUrlWhenTheMirrorLacksTheFile()
    {
        var handler = new FakeHandler(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(Good) });

        var path = await Provider(Mirror, handler).ObtainAsync(_entry, CancellationToken.None);

        Assert.Equal(Good, await File.ReadAllBytesAsync(path));
        Assert.Equal([_entry.Url], handler.Requested);
    }

    [Fact]
    public async Task AFailedDownloadNamesTheFileTheUrlAndTheStatus()
    {
        var handler = new FakeHandler(_ => new HttpResponseMessage(HttpStatusCode.NotFound) { ReasonPhrase = "Not Found" });

        var error = await Assert.ThrowsAsync<BoundaryDataException>(
            () => Provider(mirror: null, handler).ObtainAsync(_entry, CancellationToken.None));

        Assert.Equal(
            "kommuner-2020.geojson: download from https://example.test/k/Kommuner-medium.json failed (HTTP 404 Not Found). " +
            "Check the network connection, or set Data__BoundaryMirror to a folder holding the boundary files (e.g. Data__BoundaryMirror=../shared/data/boundaries).",
            error.Message);
        Assert.Empty(Directory.GetFiles(Cache));
    }

    [Fact]
    public async Task ANetworkErrorIsAFailedDownloadToo()
    {
        var handler = new FakeHandler(_ => throw new HttpRequestException("Name or service not known (example.test:443)"));

        var error = await Assert.ThrowsAsync<BoundaryDataException>(
            () => Provider(mirror: null, handler).ObtainAsync(_entry, CancellationToken.None));

        Assert.StartsWith(
            "kommuner-2020.geojson: download from https://example.test/k/Kommuner-medium.json failed (Name or service not known (example.test:443)).",
            error.Message);
    }

    [Fact]
    public async Task ADownloadWithTheWrongBytesIsRejectedAndNotKept()
    {
        var handler = new FakeHandler(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(Bad) });

        var error = await Assert.ThrowsAsync<BoundaryDataException>(
            () => Provider(mirror: null, handler).ObtainAsync(_entry, CancellationToken.None));

        Assert.StartsWith(
            $"kommuner-2020.geojson: SHA-256 mismatch in the download from https://example.test/k/Kommuner-medium.json (expected {GoodSha}, got {BadSha}).",
            error.Message);
        Assert.Empty(Directory.GetFiles(Cache));
    }

    [Fact]
    public async Task ObtainsAllFilesByName()
    {
        var other = new BoundaryFileEntry("fylker-2020.geojson", new Uri("https://example.test/f.json"), BadSha);
        await File.WriteAllBytesAsync(Path.Combine(Mirror, _entry.FileName), Good);
        await File.WriteAllBytesAsync(Path.Combine(Mirror, other.FileName), Bad);

        var paths = await Provider(Mirror, handler: null).ObtainAllAsync([_entry, other], CancellationToken.None);

        Assert.Equal(Path.Combine(Cache, "kommuner-2020.geojson"), paths["kommuner-2020.geojson"]);
        Assert.Equal(Path.Combine(Cache, "fylker-2020.geojson"), paths["fylker-2020.geojson"]);
    }

    private BoundaryFileProvider Provider(string? mirror, FakeHandler? handler) =>
        new(Cache, mirror, allowDownload: handler is not null, handler is null ? null : new HttpClient(handler),
            NullLogger<BoundaryFileProvider>.Instance);

    private sealed class FakeHandler(Func<HttpRequestMessage, HttpResponseMessage> respond) : HttpMessageHandler
    {
        public List<Uri> Requested { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requested.Add(request.RequestUri!);
            return Task.FromResult(respond(request));
        }
    }
}
