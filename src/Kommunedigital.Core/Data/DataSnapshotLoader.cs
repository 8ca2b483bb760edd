using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Klass;
using Kommunedigital.Core.Survey;
using Microsoft.Extensions.Logging;

namespace Kommunedigital.Core.Data;

/// <summary>
/// Builds a <see cref="DataSnapshot"/>: obtains and loads the boundary sets named by the manifest, then
/// imports the survey file against them. Failures come back as messages, never as exceptions, so the host
/// can keep serving the previous snapshot and say why.
/// </summary>
public sealed class DataSnapshotLoader
{
    // The bound only stops unusual uploads (every one with other years) piling up correspondences.
    private const int MaxCorrespondences = 8;

    private readonly DataOptions _options;
    private readonly DataPaths _paths;
    private readonly HttpClient _httpClient;
    private readonly ILoggerFactory _loggers;
    private readonly TimeProvider _time;
    private readonly ILogger<DataSnapshotLoader> _logger;

    // Year sets seen per numbering: a handful at most in practice.
    private readonly ConditionalWeakTable<MunicipalNumbering, ConcurrentDictionary<string, MunicipalCorrespondence>> _correspondences = new();

    public DataSnapshotLoader(DataOptions options, DataPaths paths, HttpClient httpClient, ILoggerFactory loggers, TimeProvider time)
    {
        _options = options;
        _paths = paths;
        _httpClient = httpClient;
        _loggers = loggers;
        _time = time;
        _logger = loggers.CreateLogger<DataSnapshotLoader>();
    }

    /// <summary>The paths this loader reads.</summary>
    public DataPaths Paths => _paths;

    /// <summary>Reads the manifest and makes a file provider for it.</summary>
    /// <exception cref="BoundaryDataException">The manifest is missing or broken.</exception>
    public (BoundaryManifest Manifest, BoundaryFileProvider Files) OpenManifest() =>
        (BoundaryManifest.Read(_paths.Manifest),
         new BoundaryFileProvider(_paths.Cache, _paths.Mirror, _options.AllowDownload, _httpClient, _loggers.CreateLogger<BoundaryFileProvider>()));

    /// <summary>Obtains and loads every boundary set.</summary>
    /// <exception cref="BoundaryDataException">A file cannot be obtained or read; the message says what to do.</exception>
    public Task<BoundaryCatalog> LoadBoundariesAsync(CancellationToken cancellationToken)
    {
        var (manifest, files) = OpenManifest();
        return new BoundaryLoader(manifest, files, _loggers.CreateLogger<BoundaryLoader>()).LoadAsync(cancellationToken);
    }

    /// <summary>
    /// Reads the KLASS files through the manifest and the mirror (each checked against its SHA-256) and builds the
    /// numbering valid in each survey year on <paramref name="boundaries"/>.
    /// </summary>
    /// <exception cref="KlassDataException">A KLASS file is missing, damaged or disagrees with the boundaries; the message says what to do.</exception>
    public MunicipalNumbering LoadNumbering(BoundaryCatalog boundaries)
    {
        var klass = new KlassFileReader(_paths.KlassMirror).ReadAll(KlassManifest.Read(_paths.KlassManifest));
        return MunicipalNumbering.Create(klass, boundaries);
    }

    /// <summary>Obtains the boundaries and the numbering every dataset is read against.</summary>
    /// <exception cref="BoundaryDataException">A boundary file cannot be obtained or read.</exception>
    /// <exception cref="KlassDataException">A KLASS file is missing, damaged or disagrees with the boundaries.</exception>
    public async Task<DataFoundation> LoadFoundationAsync(CancellationToken cancellationToken)
    {
        var boundaries = await LoadBoundariesAsync(cancellationToken).ConfigureAwait(false);
        return new DataFoundation(boundaries, LoadNumbering(boundaries));
    }

    /// <summary>Loads boundaries and the dataset; on failure the result carries the reason.</summary>
    public async Task<DataLoadResult> LoadAsync(CancellationToken cancellationToken)
    {
        DataFoundation foundation;
        try
        {
            foundation = await LoadFoundationAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (BoundaryDataException e)
        {
            return new DataLoadResult(null, "Boundary data could not be loaded: " + e.Message, null);
        }
        catch (KlassDataException e)
        {
            return new DataLoadResult(null, "Municipal numbering (KLASS) could not be loaded: " + e.Message, null);
        }

        return await LoadDatasetAsync(foundation, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Imports the configured dataset (<see cref="DataOptions.Dataset"/>, the sample by default) on <paramref name="foundation"/>.</summary>
    public async Task<DataLoadResult> LoadDatasetAsync(DataFoundation foundation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(foundation);
        if (!File.Exists(_paths.Dataset))
        {
            return new DataLoadResult(null, $"The dataset file {_paths.Dataset} does not exist. Check Data:Dataset.", null);
        }

        var import = await new SurveyImporter(_options).ImportFileAsync(_paths.Dataset, foundation.Numbering, _paths.DatasetIsSample, cancellationToken).ConfigureAwait(false);
        return Build(foundation, import, _paths.Dataset, release: null);
    }

    /// <summary>Imports the embedded sample dataset on <paramref name="foundation"/>, whatever <see cref="DataOptions.Dataset"/> says.</summary>
    public async Task<DataLoadResult> LoadSampleAsync(DataFoundation foundation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(foundation);
        var import = await new SurveyImporter(_options).ImportFileAsync(_paths.SampleDataset, foundation.Numbering, isSample: true, cancellationToken).ConfigureAwait(false);
        return Build(foundation, import, _paths.SampleDataset, release: null);
    }

    /// <summary>
    /// Imports a survey file's bytes (an upload or a stored release) on <paramref name="foundation"/> with the same
    /// checks as <c>check</c>; the snapshot carries <paramref name="release"/> when given. Never throws for bad content.
    /// </summary>
    public DataLoadResult Load(DataFoundation foundation, byte[] content, string fileName, ReleaseStamp? release)
    {
        ArgumentNullException.ThrowIfNull(foundation);
        using var stream = new MemoryStream(content, writable: false);
        var import = new SurveyImporter(_options).Import(stream, fileName, foundation.Numbering);
        return Build(foundation, import, fileName, release);
    }

    private DataLoadResult Build(DataFoundation foundation, ImportResult import, string source, ReleaseStamp? release)
    {
        if (import.Dataset is null)
        {
            return new DataLoadResult(null, $"The dataset {source} was not published: {import.Report.Refusal}", import.Report);
        }

        MunicipalCorrespondence correspondence;
        try
        {
            // The numbering the importer used: the KLASS files are read once per foundation.
            correspondence = CorrespondenceFor(foundation.Numbering, import.Dataset.Years);
        }
        catch (KlassDataException e)
        {
            return new DataLoadResult(null, "Municipal code data (SSB KLASS) could not be loaded: " + e.Message, import.Report);
        }

        var snapshot = new DataSnapshot(foundation.Boundaries, import.Dataset, _time.GetUtcNow()) { Correspondence = correspondence, Release = release };
        _logger.LogInformation("{Summary}", Describe(snapshot, import.Report));
        return new DataLoadResult(snapshot, null, import.Report);
    }

    /// <summary>
    /// The correspondence of <paramref name="years"/> on <paramref name="numbering"/>, built once and shared: it depends
    /// on nothing else and is immutable, and a new release of the same survey has the same years, so a publish or a
    /// refresh does not pay for it again (a tenth of an import). Kept per numbering, a few year sets each.
    /// </summary>
    private MunicipalCorrespondence CorrespondenceFor(MunicipalNumbering numbering, IReadOnlyList<int> years)
    {
        var key = string.Join(',', years.Distinct().Order().Select(y => y.ToString(CultureInfo.InvariantCulture)));
        var built = _correspondences.GetOrCreateValue(numbering);
        if (built.TryGetValue(key, out var kept))
        {
            return kept;
        }

        var correspondence = MunicipalCorrespondence.Create(numbering, years);
        if (built.Count >= MaxCorrespondences)
        {
            built.Clear();
        }

        built[key] = correspondence;
        return correspondence;
    }

    /// <summary>
    /// One line for the start-up log, e.g. "3 boundary sets (422/356/357 municipalities, 18/11/15 counties);
    /// dataset 'sample': 3,405 scores for 2018, 2022, 2024; 0 rows rejected".
    /// </summary>
    public static string Describe(DataSnapshot snapshot, ImportReport report)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(report);
        var scores = snapshot.Dataset.Records.Count.ToString("N0", CultureInfo.InvariantCulture);
        var years = string.Join(", ", snapshot.Dataset.Years.Select(y => y.ToString(CultureInfo.InvariantCulture)));
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{BoundaryLoadSummary.Of(snapshot.Boundaries)}; dataset '{snapshot.Dataset.Name}': {scores} scores for {years}; {report.RowsRejected} rows rejected");
    }
}
