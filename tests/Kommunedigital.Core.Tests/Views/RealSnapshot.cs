using System.Globalization;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Klass;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Tests.Boundaries;
using Kommunedigital.Core.Tests.Klass;

namespace Kommunedigital.Core.Tests.Views;

/// <summary>
/// The real boundaries, the real KLASS correspondence and the sample dataset imported from its CSV, built once per run;
/// and the sample CSV's scores read line by line (not through the importer), as the oracle.
/// </summary>
internal static class RealSnapshot
{
    private static readonly Lazy<DataSnapshot> Snapshot = new(() =>
    {
        var import = new SurveyImporter().ImportFileAsync(SampleCsv, RealBoundaries.Catalog, isSample: true, CancellationToken.None).GetAwaiter().GetResult();
        return new DataSnapshot(RealBoundaries.Catalog, import.Dataset!, DateTimeOffset.UnixEpoch)
        {
            Correspondence = MunicipalCorrespondence.Create(MunicipalNumbering.Create(RealKlass.Tables, RealBoundaries.Catalog)),
        };
    });

    private static readonly Lazy<Dictionary<(string Code, int Year), decimal?[]>> Rows = new(ReadCsv);

    /// <summary>Scores by (kommunenummer, year) in indicator order, exactly as the CSV writes them; null when not a number.</summary>
    public static IReadOnlyDictionary<(string Code, int Year), decimal?[]> SampleRows => Rows.Value;

    private static string SampleCsv => Path.Combine(TestPaths.RepoRoot, "data", "sample", "digitalisering-eksempel.csv");

    public static DataSnapshot For(RealBoundaryCatalogFixture fixture) =>
        ReferenceEquals(fixture.Catalog, RealBoundaries.Catalog) ? Snapshot.Value : throw new InvalidOperationException("Not the real catalog.");

    private static Dictionary<(string Code, int Year), decimal?[]> ReadCsv()
    {
        var rows = new Dictionary<(string, int), decimal?[]>();
        foreach (var line in File.ReadLines(SampleCsv).Skip(1))
        {
            var cells = line.Split(';');
            rows[(cells[0], int.Parse(cells[4], CultureInfo.InvariantCulture))] = cells[5..8]
                .Select(c => decimal.TryParse(c.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : (decimal?)null)
                .ToArray();
        }

        return rows;
    }
}
