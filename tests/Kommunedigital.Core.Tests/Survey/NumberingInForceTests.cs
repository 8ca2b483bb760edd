using System.Globalization;
using System.Text;
using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Klass;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Tests.Boundaries;
using Kommunedigital.SampleData;

namespace Kommunedigital.Core.Tests.Survey;

/// <summary>Issue 11, kind 3: a number valid on 1 January of the survey year is accepted and drawn on the shape it denotes.</summary>
public sealed class NumberingInForceTests(RealBoundaryCatalogFixture fixture) : IClassFixture<RealBoundaryCatalogFixture>
{
    private static readonly KlassTables Klass =
        new KlassFileReader(TestPaths.KlassMirror).ReadAll(KlassManifest.Read(Path.Combine(TestPaths.RepoRoot, "data", "klass.json")));

    private MunicipalNumbering Numbering => MunicipalNumbering.Create(Klass, fixture.Catalog);

    /// <summary>Every municipality of the 2018 structure in a 2019 file, numbered as in 2019 (Rindal 5061).</summary>
    private string File2019(Func<MunicipalityCode, string> number)
    {
        var text = new StringBuilder("kommunenummer;kommune;år;digital_kompetanse\n");
        var score = 10.0;
        foreach (var municipality in fixture.Catalog.ById("2018")!.Municipalities)
        {
            text.Append(CultureInfo.InvariantCulture, $"{number(municipality.Code)};{municipality.Name};2019;{score.ToString("0.0", CultureInfo.InvariantCulture)}\n");
            score = score >= 90 ? 10 : score + 0.1;
        }

        return text.ToString();
    }

    private ImportResult Import(string text) =>
        new SurveyImporter().Import(new MemoryStream(Encoding.UTF8.GetBytes(text)), "2019.csv", Numbering);

    [Fact]
    public void Accepts5061In2019AndDrawsItAsTheShapeOf1567()
    {
        var result = Import(File2019(c => c.Value == "1567" ? "5061" : c.Value));

        Assert.Equal(ImportVerdict.Accepted, result.Report.Verdict);
        Assert.Empty(result.Report.Problems);
        Assert.Empty(result.Report.NameWarnings);
        Assert.Equal(422, result.Report.RowsAccepted);
        Assert.Equal("2019: 422 av 422 kommuner (2018-inndelingen), 100 %", ImportReportWriter.CoverageText(result.Report.Coverage));
        var rindal = result.Dataset!.Records.Single(r => r.Municipality.Value == "1567");
        Assert.Equal(2019, rindal.Year);
        Assert.True(fixture.Catalog.ById("2018")!.TryGetMunicipality(rindal.Municipality, out var shape));
        Assert.Equal("Rindal", shape.Name);
        Assert.DoesNotContain(result.Dataset.Records, r => r.Municipality.Value == "5061");
    }

    [Fact]
    public void Rejects1567In2019AsANumberNoLongerInForce()
    {
        var result = Import(File2019(c => c.Value));

        Assert.Equal("rad 286, kolonne «kommunenummer»: Kommunenummeret gjaldt ikke 1. januar i året: 1567 i 2019 (året tegnes på 2018-inndelingen)", result.Report.Problems.Single().ToString());
    }

    [Fact]
    public void Rejects5061In2018()
    {
        var result = new SurveyImporter(new DataOptions { MinimumCoverage = 0 })
            .Import(new MemoryStream(Encoding.UTF8.GetBytes("knr;år;kompetanse\n5061;2018;50\n1567;2018;50\n")), "2018.csv", Numbering);

        Assert.Equal("rad 2, kolonne «knr»: Kommunenummeret gjaldt ikke 1. januar i året: 5061 i 2018 (året tegnes på 2018-inndelingen)", result.Report.Problems.Single().ToString());
    }

    [Fact]
    public void AcceptsTheSampleFilesWithTheNumberingOfEachYear()
    {
        var result = new SurveyImporter().ImportFile(Path.Combine(TestPaths.RepoRoot, "data", "sample", SampleDataGenerator.FileBaseName + ".csv"), Numbering, isSample: true);

        Assert.Equal(ImportVerdict.Accepted, result.Report.Verdict);
        Assert.Equal([422, 356, 357], result.Report.Coverage.Where(c => c.Indicator == Indicator.Aktivitet).Select(c => c.Municipalities));
    }
}
