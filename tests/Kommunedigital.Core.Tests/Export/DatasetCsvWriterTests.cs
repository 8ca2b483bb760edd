using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Export;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Tests.Survey;

namespace Kommunedigital.Core.Tests.Export;

public class DatasetCsvWriterTests
{
    private static byte[] Write(IEnumerable<DatasetRow> rows, DatasetCsvFormat format)
    {
        using var stream = new MemoryStream();
        DatasetCsvWriter.Write(rows, stream, format);
        return stream.ToArray();
    }

    private static IReadOnlyList<DatasetRow> Rows() => DatasetTable.Build(ExportFixtures.Dataset(), TestCatalog.Instance);

    [Fact]
    public void WritesNorwegianExcelStyleByDefault()
    {
        var bytes = Write(Rows(), DatasetCsvFormat.Excel);
        var text = Encoding.UTF8.GetString(bytes);
        var lines = text.Split("\r\n");

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("\uFEFFkommunenummer;kommune;fylkesnummer;fylke;år;digital_prioritering;digital_kompetanse;digital_aktivitet;status_prioritering;status_kompetanse;status_aktivitet", lines[0]);
        Assert.Equal("0219;Bærum;02;Akershus;2018;48,1;;0,0;;:;-", lines[1]);
        Assert.Equal("0301;Oslo;03;Oslo;2018;55,3;60,0;;;;..", lines[2]);
        Assert.Equal("1201;Bergen;12;Hordaland;2018;;;;ikke med i datasettet;ikke med i datasettet;ikke med i datasettet", lines[3]);
        Assert.Equal("4601;Bergen;46;Vestland;2022;66,3;;100,0;;.;", lines[7]);
        Assert.Equal(15, lines.Length);
        Assert.Equal(string.Empty, lines[^1]);
    }

    [Fact]
    public void WritesRfc4180WithCommaAndPoint()
    {
        var bytes = Write(Rows(), DatasetCsvFormat.Rfc4180);
        var lines = Encoding.UTF8.GetString(bytes).Split("\r\n");

        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal("kommunenummer,kommune,fylkesnummer,fylke,år,digital_prioritering,digital_kompetanse,digital_aktivitet,status_prioritering,status_kompetanse,status_aktivitet", lines[0]);
        Assert.Equal("0301,Oslo,03,Oslo,2018,55.3,60.0,,,,..", lines[2]);
    }

    [Fact]
    public void ReadsBackWithCsvHelperValueByValue()
    {
        var rows = Rows();
        using var reader = new StreamReader(new MemoryStream(Write(rows, DatasetCsvFormat.Excel)), Encoding.UTF8);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.GetCultureInfo("nb-NO")) { Delimiter = ";" });
        csv.Read();
        csv.ReadHeader();
        var i = 0;
        while (csv.Read())
        {
            var row = rows[i++];
            Assert.Equal(row.Municipality.Value, csv.GetField("kommunenummer"));
            Assert.Equal(row.MunicipalityName, csv.GetField("kommune"));
            Assert.Equal(row.Year, csv.GetField<int>("år"));
            foreach (var indicator in IndicatorText.All)
            {
                var score = row.ScoreOf(indicator);
                var field = csv.GetField(DatasetColumns.Score(indicator));
                double? expected = score?.Value is { } v ? Math.Round(v, 1, MidpointRounding.AwayFromZero) : null;
                double? actual = field!.Length == 0 ? null : double.Parse(field, CultureInfo.GetCultureInfo("nb-NO"));
                Assert.Equal(expected, actual);
                var status = score is null ? "ikke med i datasettet" : score.Value.Symbol is { } s ? SsbSymbolText.Symbol(s) : string.Empty;
                Assert.Equal(status, csv.GetField(DatasetColumns.Status(indicator)));
            }
        }

        Assert.Equal(rows.Count, i);
    }

    [Fact]
    public void NeutralisesFormulaInjectionInNamesButNotInNumbersOrSymbols()
    {
        DatasetRow[] rows =
        [
            new(MunicipalityCode.Parse("0301"), "=HYPERLINK(\"http://x\";\"klikk\")", CountyCode.Parse("03"), "+Oslo", 2022, Score.FromSymbol(SsbSymbol.Nil), Score.Of(50), null),
            new(MunicipalityCode.Parse("4601"), "@Bergen", CountyCode.Parse("46"), "-Vestland", 2022, null, null, null),
            new(MunicipalityCode.Parse("5401"), "\tTromsø", CountyCode.Parse("54"), "Troms og Finnmark", 2022, null, null, null),
        ];

        var lines = Encoding.UTF8.GetString(Write(rows, DatasetCsvFormat.Excel)).Split("\r\n");

        Assert.Equal("0301;\"'=HYPERLINK(\"\"http://x\"\";\"\"klikk\"\")\";03;'+Oslo;2022;0,0;50,0;;-;;ikke med i datasettet", lines[1]);
        Assert.Equal("4601;'@Bergen;46;'-Vestland;2022;;;;ikke med i datasettet;ikke med i datasettet;ikke med i datasettet", lines[2]);
        Assert.Equal("5401;'\tTromsø;54;Troms og Finnmark;2022;;;;ikke med i datasettet;ikke med i datasettet;ikke med i datasettet", lines[3]);
    }

    [Theory]
    [InlineData(DatasetCsvFormat.Excel)]
    [InlineData(DatasetCsvFormat.Rfc4180)]
    public void ImportsBackUnchangedThroughTheSurveyImporter(DatasetCsvFormat format)
    {
        var dataset = ExportFixtures.Dataset(oneDecimal: true);
        var bytes = Write(ExportFixtures.RowsWithRecords(dataset), format);

        var result = new SurveyImporter().Import(new MemoryStream(bytes), "eksport.csv", TestCatalog.Instance);

        Assert.Empty(result.Report.Problems);
        ExportFixtures.AssertSameScores(dataset, result.Dataset);
        Assert.Equal(dataset.Records.Count, result.Dataset!.Records.Count);
    }

    [Fact]
    public void AMunicipalityWithoutARecordIsMarkedAsNotInTheDatasetNeverAsSsbsMissing()
    {
        var lines = Encoding.UTF8.GetString(Write(DatasetTable.Build(ExportFixtures.Dataset(), TestCatalog.Instance), DatasetCsvFormat.Rfc4180)).Split("\r\n");

        Assert.Equal("5401,Tromsø,54,Troms og Finnmark,2022,,,,ikke med i datasettet,ikke med i datasettet,ikke med i datasettet", lines.Single(l => l.StartsWith("5401,", StringComparison.Ordinal)));
    }

    [Fact]
    public void AnEmptyCellStaysEmptyInBothTheValueAndTheStatusColumn()
    {
        DatasetRow[] rows = [new(MunicipalityCode.Parse("0301"), "Oslo", CountyCode.Parse("03"), "Oslo", 2022, Score.NotStated, Score.Of(58.25), Score.FromSymbol(SsbSymbol.Missing))];

        var lines = Encoding.UTF8.GetString(Write(rows, DatasetCsvFormat.Rfc4180)).Split("\r\n");

        Assert.Equal("0301,Oslo,03,Oslo,2022,,58.3,,,,..", lines[1]);
    }
}
