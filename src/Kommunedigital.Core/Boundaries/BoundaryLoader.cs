using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Kommunedigital.Core.Boundaries;

/// <summary>
/// Loads every boundary set of the manifest into a <see cref="BoundaryCatalog"/>: obtains the files
/// (<see cref="BoundaryFileProvider"/>), reads them, repairs and reprojects to WGS84, derives counties and
/// simplifies each set for display. Sets are built in parallel; the result is immutable.
/// </summary>
public sealed class BoundaryLoader
{
    /// <summary>
    /// Display simplification tolerance in metres (UTM 33N). At county zoom on a phone a pixel is 300-800 m
    /// (Oslo, the smallest county, about 70 m), so 250 m does not show there. The shipped files are already
    /// simplified at about this level (250 m removes 0.1 % of their vertices; 1000 m would remove a third and
    /// show as corners in Oslo), and their whole-country GeoJSON is about 930 KB raw, 200 KB at Brotli quality 4
    /// and 120 KB at quality 11; the tolerance matters for more detailed sources such as Kartverket's own files.
    /// </summary>
    public const double DisplayToleranceMetres = 250;

    private readonly BoundaryManifest _manifest;
    private readonly BoundaryFileProvider _files;
    private readonly ILogger<BoundaryLoader> _logger;
    private readonly double _displayToleranceMetres;

    /// <param name="manifest">The checked manifest (<see cref="BoundaryManifest.Read"/>).</param>
    /// <param name="files">Obtains the files into the cache.</param>
    /// <param name="logger">Logs the summary and the time taken.</param>
    /// <param name="displayToleranceMetres">Display simplification tolerance; <see cref="DisplayToleranceMetres"/> by default.</param>
    public BoundaryLoader(
        BoundaryManifest manifest,
        BoundaryFileProvider files,
        ILogger<BoundaryLoader> logger,
        double displayToleranceMetres = DisplayToleranceMetres)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(displayToleranceMetres);
        _manifest = manifest;
        _files = files;
        _logger = logger;
        _displayToleranceMetres = displayToleranceMetres;
    }

    /// <summary>Obtains the files of every set and builds the catalog.</summary>
    /// <exception cref="BoundaryDataException">
    /// A file cannot be obtained or read; the message names the file and what to do (log it without a stack trace).
    /// </exception>
    public async Task<BoundaryCatalog> LoadAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var paths = await _files.ObtainAllAsync(_manifest.SetFiles, cancellationToken).ConfigureAwait(false);
        var obtained = clock.Elapsed;

        // Each set is independent: build them side by side (three sets, two cores on the target machine).
        var sets = await Task.WhenAll(_manifest.Sets.Select(entry => Task.Run(
            () => Build(entry, paths, cancellationToken),
            cancellationToken))).ConfigureAwait(false);
        var catalog = new BoundaryCatalog(sets);

        _logger.LogInformation(
            "Loaded {Summary} in {Elapsed} ms (files ready after {Obtained} ms)",
            BoundaryLoadSummary.Of(catalog),
            clock.ElapsedMilliseconds.ToString(CultureInfo.InvariantCulture),
            ((long)obtained.TotalMilliseconds).ToString(CultureInfo.InvariantCulture));
        return catalog;
    }

    private BoundarySet Build(BoundarySetEntry entry, IReadOnlyDictionary<string, string> paths, CancellationToken cancellationToken)
    {
        try
        {
            return BoundarySetBuilder.Build(entry, name => paths[name], _displayToleranceMetres, cancellationToken);
        }
        catch (Exception e) when (e is not (BoundaryDataException or OperationCanceledException))
        {
            // A geometry library failure on odd input still reaches the user as one message naming the files.
            var files = entry.Counties is null ? entry.Municipalities.File : $"{entry.Municipalities.File}, {entry.Counties.File}";
            throw new BoundaryDataException(
                $"Boundary set {entry.Id} ({files}) cannot be built: {e.Message} Check the files against the manifest, or use another source.", e);
        }
    }
}
