using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Klass;
using Kommunedigital.Core.Survey;

namespace Kommunedigital.Benchmarks;

/// <summary>
/// <c>check</c> on a 100,000-row long-layout CSV (issue 11): every municipality, indicator and year 2018-2100 with
/// the numbering in force each year, plus 10,729 rows sharing one fault (number 9999), imported and reported.
/// Boundaries and KLASS are loaded outside the measurement, as the check command loads them once.
/// </summary>
[MemoryDiagnoser]
public class LargeFileCheckBenchmarks
{
    public const int Rows = 100_000;

    private MunicipalNumbering _numbering = null!;
    private string _path = null!;

    [GlobalSetup]
    public void Setup()
    {
        var klass = new KlassFileReader(BenchmarkData.KlassMirror).ReadAll(KlassManifest.Read(Path.Combine(BenchmarkData.RepoRoot, "data", "klass.json")));
        _numbering = MunicipalNumbering.Create(klass, BenchmarkData.Boundaries);
        _path = Path.Combine(Path.GetTempPath(), "kommunedigital-bench-100000-rows.csv");
        File.WriteAllText(_path, LargeFile(_numbering), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark(Description = "check 100,000-row CSV (import + report)")]
    public int Check()
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        var exit = new SurveyFileCheck(new SurveyImporter(new DataOptions())).Run(_path, _numbering, output);
        return exit == SurveyFileCheck.Accepted ? output.GetStringBuilder().Length : throw new InvalidOperationException("Unexpected verdict:\n" + output);
    }

    /// <summary>The file: "region;statistikkvariabel;år;verdi" rows, K-codes with names, decimal commas.</summary>
    public static string LargeFile(MunicipalNumbering numbering)
    {
        var text = new StringBuilder("region;statistikkvariabel;år;verdi\r\n");
        var rows = 0;
        var value = 0;
        for (var year = 2018; year <= 2100 && rows < Rows; year++)
        {
            foreach (var number in numbering.ForYear(year)!.Numbers)
            {
                foreach (var indicator in IndicatorText.All)
                {
                    value = (value + 7) % 1000;
                    text.Append(CultureInfo.InvariantCulture, $"K-{number.Code.Value} {number.Name};{IndicatorText.Label(indicator)};{year};{value / 10},{value % 10}\r\n");
                    rows++;
                }
            }
        }

        for (; rows < Rows; rows++)
        {
            text.Append("K-9999 Ukjent;Digital aktivitet;2024;50,0\r\n");
        }

        return text.ToString();
    }
}
