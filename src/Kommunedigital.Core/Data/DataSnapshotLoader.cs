using System.Globalization;
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
    private readonly DataOptions _options;
    private readonly DataPaths _paths;
    private readonly HttpClient _httpClient;
    private readonly ILoggerFactory _loggers;
    private readonly TimeProvider _time;
    private readonly ILogger<DataSnapshotLoader> _logger;

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

    /// <summary>Loads boundaries and the dataset; on failure the result carries the reason.</summary>
    public async Task<DataLoadResult> LoadAsync(CancellationToken cancellationToken)
    {
        BoundaryCatalog boundaries;
        try
        {
            boundaries = await LoadBoundariesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (BoundaryDataException e)
        {
            return new DataLoadResult(null, "Boundary data could not be loaded: " + e.Message, null);
        }

        if (!File.Exists(_paths.Dataset))
        {
            return new DataLoadResult(null, $"The dataset file {_paths.Dataset} does not exist. Check Data:Dataset.", null);
        }

        MunicipalNumbering numbering;
        try
        {
            numbering = LoadNumbering(boundaries);
        }
        catch (KlassDataException e)
        {
            return new DataLoadResult(null, "Municipal numbering (KLASS) could not be loaded: " + e.Message, null);
        }

        var importer = new SurveyImporter(_options);
        var import = await importer.ImportFileAsync(_paths.Dataset, numbering, _paths.DatasetIsSample, cancellationToken).ConfigureAwait(false);
        if (import.Dataset is null)
        {
            return new DataLoadResult(null, $"The dataset {_paths.Dataset} was not published: {import.Report.Refusal}", import.Report);
        }

        MunicipalCorrespondence correspondence;
        try
        {
            // The numbering the importer used: the KLASS files are read once per load.
            correspondence = MunicipalCorrespondence.Create(numbering, import.Dataset.Years);
        }
        catch (KlassDataException e)
        {
            return new DataLoadResult(null, "Municipal code data (SSB KLASS) could not be loaded: " + e.Message, import.Report);
        }

        var snapshot = new DataSnapshot(boundaries, import.Dataset, _time.GetUtcNow()) { Correspondence = correspondence };
        _logger.LogInformation("{Summary}", Describe(snapshot, import.Report));
        return new DataLoadResult(snapshot, null, import.Report);
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
