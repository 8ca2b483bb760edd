using System.Globalization;
using System.Text;
using Kommunedigital.Core.Survey;
using static Kommunedigital.Core.Tests.Survey.SurveyTestImport;

namespace Kommunedigital.Core.Tests.Survey;

/// <summary>Issue 11, kind 6: problems grouped by reason, the full list on request, bokmål, exit codes 0/1/2.</summary>
public sealed class ReportTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kommunedigital-report-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string ManyBadRows(int count)
    {
        var text = new StringBuilder("knr;år;kompetanse\n0301;2022;68,2\n3024;2022;62,1\n4601;2022;58\n5401;2022;55,5\n");
        for (var i = 0; i < count; i++)
        {
            text.Append("9999;2022;50\n");
        }

        return text.ToString();
    }

    [Fact]
    public void PrintsOneLinePerReasonWithTheCountAndTheFirstFiveRows()
    {
        var result = Text(ManyBadRows(1000), "mange.csv");

        var lines = Report(result).Split('\n');
        Assert.Equal(1000, result.Report.Problems.Count);
        Assert.Contains("Avviste rader etter årsak (1000 rader, 1000 feil):", lines);
        Assert.Contains("  Kommunenummeret gjaldt ikke 1. januar i året (kolonne «knr»): 1000 rader – rad 6, 7, 8, 9, 10 og 995 til; første: 9999 i 2022 (året tegnes på 2020-inndelingen)", lines);
        Assert.Contains("  Hele listen: check mange.csv --problems rader.csv", lines);
        Assert.True(lines.Length < 20, Report(result));
    }

    [Fact]
    public void WritesTheFullListWithProblems()
    {
        var path = Path.Combine(_folder, "mange.csv");
        System.IO.File.WriteAllText(path, ManyBadRows(1000));
        var list = Path.Combine(_folder, "rader.csv");
        using var output = new StringWriter(CultureInfo.InvariantCulture);

        var exit = new SurveyFileCheck().Run(path, TestCatalog.Instance, output, list);

        var rows = System.IO.File.ReadAllLines(list, Encoding.UTF8);
        Assert.Equal(0, exit);
        Assert.Equal(1001, rows.Length);
        Assert.Equal("rad;kolonne;type;årsak;detalj", rows[0]);
        Assert.Equal("6;knr;avvist;Kommunenummeret gjaldt ikke 1. januar i året;9999 i 2022 (året tegnes på 2020-inndelingen)", rows[1]);
        Assert.Equal("1005;knr;avvist;Kommunenummeret gjaldt ikke 1. januar i året;9999 i 2022 (året tegnes på 2020-inndelingen)", rows[1000]);
        Assert.Contains($"Alle 1000 feil og navneadvarsler er skrevet til {list}.\n", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void WarnsWithBothNamesWhenTheNameInTheFileIsNotTheOfficialOne()
    {
        var result = Text("knr;kommune;år;kompetanse\n0301;Oslo;2022;68,2\n3024;Bergen;2022;62,1\n4601;Bergen;2022;58\n5401;Tromsø;2022;55,5\n");

        Assert.Equal(ImportVerdict.Accepted, result.Report.Verdict);
        Assert.Equal("rad 3: «Bergen» for 3024 Bærum", result.Report.NameWarnings.Single().Detail);
        Assert.Contains(
            "  Navnet i filen er ikke det offisielle navnet for nummeret: 1 rad – rad 3; f.eks.: rad 3: «Bergen» for 3024 Bærum; navnene som vises er de offisielle\n",
            Report(result),
            StringComparison.Ordinal);
    }

    [Fact]
    public void PrintsTheWholeReportForTheNotesFixture()
    {
        Assert.Equal(
            """
            Fil: notes-below-table.csv
            Lest som: CSV (UTF-8, semikolonseparert), bred tabell (én kolonne per indikator), overskrift på rad 1
            Rader: 4 datarader lest, 4 tatt inn, 0 avvist
            Merknader: 6 merknadsrader under tabellen hoppet over (rad 7, 8, 9, 10, 11 og 1 til)
            År: 2022
            Indikatorer: Digital prioritering, Digital kompetanse, Digital aktivitet
            Skårer: 12 (12 med tall)
            Dekning (kommuner i filen av kommunene i inndelingen året tegnes på):
              2022: 4 av 4 kommuner (2020-inndelingen), 100 %
            Resultat: GODKJENT

            """.ReplaceLineEndings("\n"),
            Report(File("notes-below-table.csv")).ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("notes-below-table.csv", 0)]
    [InlineData("header-only.csv", 1)]
    [InlineData("three-kinds-of-missing.csv", 2)]
    public void ExitsWithTheVerdict(string fixture, int exitCode)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);

        Assert.Equal(exitCode, new SurveyFileCheck().Run(TestPaths.TestData(Path.Combine("Survey", fixture)), TestCatalog.Instance, output));
    }
}
