// Writes data/sample/digitalisering-eksempel.xlsx and .csv from SampleDataGenerator over the real boundaries.
// Usage, from the repository root: dotnet run --project tools/Kommunedigital.SampleData [-- OUTPUT_FOLDER]
// Boundaries come as for the app: Data__BoundaryMirror (default ../shared/data/boundaries), then the
// .boundaries cache, then a download checked against data/boundaries.json.
using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Export;
using Kommunedigital.SampleData;
using Microsoft.Extensions.Logging.Abstractions;

var root = FindRepositoryRoot(Directory.GetCurrentDirectory());
if (root is null)
{
    Console.Error.WriteLine("Run this from inside the repository (no Kommunedigital.sln found above the current folder).");
    return 2;
}

var output = args.Length > 0 ? Path.GetFullPath(args[0]) : Path.Combine(root, "data", "sample");
var mirror = Environment.GetEnvironmentVariable("Data__BoundaryMirror") is { Length: > 0 } fromEnv
    ? Path.GetFullPath(fromEnv)
    : Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "boundaries"));

BoundaryCatalog catalog;
try
{
    using var http = new HttpClient();
    var manifest = BoundaryManifest.Read(Path.Combine(root, "data", "boundaries.json"));
    var files = new BoundaryFileProvider(Path.Combine(root, ".boundaries"), Directory.Exists(mirror) ? mirror : null, allowDownload: true, http, NullLogger<BoundaryFileProvider>.Instance);
    catalog = await new BoundaryLoader(manifest, files, NullLogger<BoundaryLoader>.Instance).LoadAsync(CancellationToken.None);
}
catch (BoundaryDataException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 1;
}

var dataset = SampleDataGenerator.Generate(catalog);
var rows = DatasetTable.Build(dataset, catalog);
var about = AboutEntry.Standard(dataset, catalog, "Alle år, hele landet", DateTimeOffset.Now);
Directory.CreateDirectory(output);
var xlsx = Path.Combine(output, SampleDataGenerator.FileBaseName + ".xlsx");
var csv = Path.Combine(output, SampleDataGenerator.FileBaseName + ".csv");
using (var stream = File.Create(xlsx))
{
    DatasetXlsxWriter.Write(rows, about, stream);
}

using (var stream = File.Create(csv))
{
    DatasetCsvWriter.Write(rows, stream);
}

Console.WriteLine($"{rows.Count} rows, {dataset.Records.Count} scores ({dataset.Records.Count(r => r.Score.IsMissing)} missing) for {string.Join(", ", dataset.Years)}:");
Console.WriteLine($"  {xlsx}");
Console.WriteLine($"  {csv}");
return 0;

static string? FindRepositoryRoot(string start)
{
    for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Kommunedigital.sln")))
        {
            return dir.FullName;
        }
    }

    return null;
}
