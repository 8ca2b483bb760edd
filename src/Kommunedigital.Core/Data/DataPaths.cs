namespace Kommunedigital.Core.Data;

/// <summary>
/// The absolute paths behind <see cref="DataOptions"/>. Files that ship with the app (the manifest, the
/// sample dataset) resolve against the app's own folder; folders the operator chooses (mirror, cache) and
/// a dataset file given by path resolve against the current directory, as a command-line user expects.
/// </summary>
/// <param name="Manifest">The boundary manifest file.</param>
/// <param name="Mirror">The mirror folder, or null when none is configured.</param>
/// <param name="Cache">The boundary cache folder.</param>
/// <param name="Dataset">The survey file to serve.</param>
/// <param name="DatasetIsSample">True when <paramref name="Dataset"/> is the embedded sample data.</param>
/// <param name="KlassManifest">The KLASS manifest file.</param>
/// <param name="KlassMirror">The folder holding the KLASS files.</param>
public sealed record DataPaths(string Manifest, string? Mirror, string Cache, string Dataset, bool DatasetIsSample, string KlassManifest, string KlassMirror)
{
    /// <summary>The SQLite release database (<see cref="DataOptions.ReleaseDatabase"/>), against the current directory.</summary>
    public string ReleaseDatabase { get; init; } = string.Empty;

    /// <summary>The copy of the release being served (<see cref="DataOptions.ReleaseCache"/>), against the current directory.</summary>
    public string ReleaseCache { get; init; } = string.Empty;

    /// <summary>The sample dataset as this app ships it.</summary>
    public string SampleDataset { get; init; } = string.Empty;

    /// <summary>
    /// The sample dataset, relative to the app folder. The CSV and the .xlsx beside it hold the same scores (a test
    /// reads both back); start-up reads the CSV because it imports in about 6 ms against about 110 ms.
    /// </summary>
    public const string SampleDatasetPath = "data/sample/digitalisering-eksempel.csv";

    public static DataPaths Resolve(DataOptions options, string appDirectory, string currentDirectory)
    {
        ArgumentNullException.ThrowIfNull(options);
        var isSample = string.Equals(options.Dataset.Trim(), DataOptions.SampleDataset, StringComparison.OrdinalIgnoreCase);
        return new DataPaths(
            Path.GetFullPath(options.BoundaryManifest, appDirectory),
            string.IsNullOrWhiteSpace(options.BoundaryMirror) ? null : Path.GetFullPath(options.BoundaryMirror, currentDirectory),
            Path.GetFullPath(options.BoundaryCache, currentDirectory),
            isSample ? Path.GetFullPath(SampleDatasetPath, appDirectory) : Path.GetFullPath(options.Dataset, currentDirectory),
            isSample,
            Path.GetFullPath(options.KlassManifest, appDirectory),
            Path.GetFullPath(options.KlassMirror, currentDirectory))
        {
            ReleaseDatabase = Path.GetFullPath(options.ReleaseDatabase, currentDirectory),
            ReleaseCache = Path.GetFullPath(options.ReleaseCache, currentDirectory),
            SampleDataset = Path.GetFullPath(SampleDatasetPath, appDirectory),
        };
    }
}
