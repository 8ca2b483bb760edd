using System.Net;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;

namespace Kommunedigital.Core.Boundaries;

/// <summary>
/// Obtains boundary files into the cache folder: a cached copy with the right SHA-256 is used as is;
/// otherwise the file is copied from the mirror folder, or else downloaded from its manifest URL (when
/// allowed). Every byte that ends up in the cache has passed the SHA-256 check: files are written to a
/// temporary name in the cache folder and moved into place only after the check, so a crash or a
/// concurrent start never leaves a half-written file under the real name.
/// </summary>
/// <remarks>Safe to use from several threads; files with different names never interfere.</remarks>
public sealed class BoundaryFileProvider
{
    private const string MirrorSetting = "Data__BoundaryMirror";
    private const string SharedMirrorExample = "../shared/data/boundaries";

    private readonly string _cacheDirectory;
    private readonly string? _mirrorDirectory;
    private readonly bool _allowDownload;
    private readonly HttpClient? _httpClient;
    private readonly ILogger<BoundaryFileProvider> _logger;

    /// <param name="cacheDirectory">Absolute path of the (git-ignored) cache folder; created when missing.</param>
    /// <param name="mirrorDirectory">Absolute path of a folder holding the files by their manifest names, or null.</param>
    /// <param name="allowDownload">Whether files found in neither place may be downloaded.</param>
    /// <param name="httpClient">Used for downloads; may be null when <paramref name="allowDownload"/> is false.</param>
    /// <param name="logger">Logs where each file came from.</param>
    public BoundaryFileProvider(
        string cacheDirectory,
        string? mirrorDirectory,
        bool allowDownload,
        HttpClient? httpClient,
        ILogger<BoundaryFileProvider> logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cacheDirectory);
        if (allowDownload && httpClient is null)
        {
            throw new ArgumentNullException(nameof(httpClient), "Downloading is allowed, so an HttpClient is needed.");
        }

        _cacheDirectory = Path.GetFullPath(cacheDirectory);
        _mirrorDirectory = string.IsNullOrWhiteSpace(mirrorDirectory) ? null : Path.GetFullPath(mirrorDirectory);
        _allowDownload = allowDownload;
        _httpClient = httpClient;
        _logger = logger;
    }

    /// <summary>The absolute cache folder.</summary>
    public string CacheDirectory => _cacheDirectory;

    /// <summary>
    /// Makes sure <paramref name="file"/> is in the cache with the right SHA-256 and returns its absolute path.
    /// </summary>
    /// <exception cref="BoundaryDataException">
    /// The file is in neither place and cannot be downloaded, the download failed, or the bytes do not match
    /// the SHA-256. The message names the file and what to do.
    /// </exception>
    public async Task<string> ObtainAsync(BoundaryFileEntry file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var target = Path.Combine(_cacheDirectory, file.FileName);
        if (File.Exists(target))
        {
            var cachedHash = await HashFileAsync(target, file.FileName, cancellationToken).ConfigureAwait(false);
            if (cachedHash == file.Sha256)
            {
                return target;
            }

            // A stale or damaged cache copy is replaced rather than reported: the mirror or the URL is the truth.
            _logger.LogWarning(
                "Boundary file {File} in the cache has SHA-256 {Actual}, expected {Expected}; obtaining it again",
                file.FileName, cachedHash, file.Sha256);
        }

        CreateCacheDirectory(file);
        var mirrorPath = _mirrorDirectory is null ? null : Path.Combine(_mirrorDirectory, file.FileName);
        if (mirrorPath is not null && File.Exists(mirrorPath))
        {
            string? mirrorHash;
            await using (var source = OpenRead(mirrorPath, file.FileName))
            {
                mirrorHash = await CopyVerifiedAsync(
                    file, target, source, e => new BoundaryDataException($"{file.FileName}: cannot read {mirrorPath} ({e.Message}).", e),
                    cancellationToken).ConfigureAwait(false);
            }

            if (mirrorHash is null)
            {
                _logger.LogInformation("Boundary file {File} copied from the mirror {Mirror}", file.FileName, _mirrorDirectory);
                return target;
            }

            var mismatch =
                $"{file.FileName} in the mirror {_mirrorDirectory}: SHA-256 mismatch (expected {file.Sha256}, got {mirrorHash}).";
            if (!_allowDownload)
            {
                throw new BoundaryDataException(
                    $"{mismatch} Replace it with the file from {file.Url} or point {MirrorSetting} at a good copy.");
            }

            _logger.LogWarning("{Mismatch} Downloading it from {Url} instead", mismatch, file.Url);
        }
        else if (!_allowDownload)
        {
            var where = _mirrorDirectory is null
                ? $"not in the cache {_cacheDirectory}, no mirror is set"
                : Directory.Exists(_mirrorDirectory)
                    ? $"not in the mirror {_mirrorDirectory}"
                    : $"the mirror folder {_mirrorDirectory} does not exist";
            throw new BoundaryDataException(
                $"{file.FileName}: {where}, and downloading is disabled (Data__AllowDownload=false). " +
                $"Set {MirrorSetting} to a folder holding the boundary files (e.g. {MirrorSetting}={SharedMirrorExample}) or allow downloading.");
        }

        string? downloadHash;
        using (var response = await GetAsync(file, cancellationToken).ConfigureAwait(false))
        {
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            downloadHash = await CopyVerifiedAsync(file, target, body, e => DownloadFailed(file, e), cancellationToken).ConfigureAwait(false);
        }

        if (downloadHash is not null)
        {
            throw new BoundaryDataException(
                $"{file.FileName}: SHA-256 mismatch in the download from {file.Url} (expected {file.Sha256}, got {downloadHash}). " +
                $"The source may have changed: check the manifest entry, or set {MirrorSetting} to a folder holding a good copy.");
        }

        _logger.LogInformation("Boundary file {File} downloaded from {Url}", file.FileName, file.Url);
        return target;
    }

    /// <summary>
    /// Obtains every file in <paramref name="files"/> (in parallel) and returns their absolute paths by file name.
    /// </summary>
    /// <exception cref="BoundaryDataException">The first file that failed, as <see cref="ObtainAsync"/> describes.</exception>
    public async Task<IReadOnlyDictionary<string, string>> ObtainAllAsync(
        IEnumerable<BoundaryFileEntry> files, CancellationToken cancellationToken)
    {
        var list = files.ToArray();
        var paths = await Task.WhenAll(list.Select(f => ObtainAsync(f, cancellationToken))).ConfigureAwait(false);
        return list.Select((f, i) => (f.FileName, Path: paths[i])).ToDictionary(p => p.FileName, p => p.Path, StringComparer.Ordinal);
    }

    private void CreateCacheDirectory(BoundaryFileEntry file)
    {
        try
        {
            Directory.CreateDirectory(_cacheDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BoundaryDataException(
                $"{file.FileName}: the cache folder {_cacheDirectory} cannot be created ({e.Message}). Check Data:BoundaryCache.", e);
        }
    }

    /// <summary>
    /// Copies <paramref name="source"/> into a temporary file beside <paramref name="target"/>, hashing on the way,
    /// and moves it into place when the hash matches. Returns null on success, else the actual hash (the
    /// temporary file is removed either way).
    /// </summary>
    private async Task<string?> CopyVerifiedAsync(
        BoundaryFileEntry file,
        string target,
        Stream source,
        Func<Exception, BoundaryDataException> readFailed,
        CancellationToken cancellationToken)
    {
        var temp = Path.Combine(_cacheDirectory, $".{file.FileName}.{Guid.NewGuid():N}.tmp");
        try
        {
            string actual;
            await using (var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                var buffer = new byte[81920];
                while (true)
                {
                    int read;
                    try
                    {
                        read = await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
                    }
                    catch (Exception e) when (e is IOException or HttpRequestException or UnauthorizedAccessException ||
                                              (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
                    {
                        throw readFailed(e);
                    }

                    if (read == 0)
                    {
                        break;
                    }

                    hash.AppendData(buffer, 0, read);
                    await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                }

                actual = Convert.ToHexStringLower(hash.GetHashAndReset());
            }

            if (actual != file.Sha256)
            {
                return actual;
            }

            File.Move(temp, target, overwrite: true);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BoundaryDataException(
                $"{file.FileName}: cannot write to the cache folder {_cacheDirectory} ({e.Message}). Check Data:BoundaryCache and free disk space.", e);
        }
        finally
        {
            TryDelete(temp);
        }
    }

    private async Task<HttpResponseMessage> GetAsync(BoundaryFileEntry file, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await _httpClient!.GetAsync(file.Url, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw DownloadFailed(file, e);
        }

        if (response.StatusCode != HttpStatusCode.OK)
        {
            var status = $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
            response.Dispose();
            throw DownloadFailed(file, status, null);
        }

        return response;
    }

    private static BoundaryDataException DownloadFailed(BoundaryFileEntry file, Exception e) =>
        DownloadFailed(file, e is OperationCanceledException ? "timed out" : e.Message, e);

    private static BoundaryDataException DownloadFailed(BoundaryFileEntry file, string reason, Exception? inner)
    {
        var message =
            $"{file.FileName}: download from {file.Url} failed ({reason}). Check the network connection, " +
            $"or set {MirrorSetting} to a folder holding the boundary files (e.g. {MirrorSetting}={SharedMirrorExample}).";
        return inner is null ? new BoundaryDataException(message) : new BoundaryDataException(message, inner);
    }

    private static FileStream OpenRead(string path, string fileName)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BoundaryDataException($"{fileName}: cannot read {path} ({e.Message}).", e);
        }
    }

    private static async Task<string> HashFileAsync(string path, string fileName, CancellationToken cancellationToken)
    {
        await using var stream = OpenRead(path, fileName);
        var hash = await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false);
        return Convert.ToHexStringLower(hash);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary file is harmless: its name never matches a manifest entry.
        }
    }
}
