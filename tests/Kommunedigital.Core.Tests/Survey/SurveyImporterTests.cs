using System.Text;
using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Survey;

namespace Kommunedigital.Core.Tests.Survey;

public class SurveyImporterTests
{
    private static readonly SurveyImporter Importer = new();

    private static ImportResult ImportBytes(byte[] bytes, string fileName) =>
        Importer.Import(new MemoryStream(bytes), fileName, TestCatalog.Instance);

    private static ImportResult ImportText(string text, string fileName = "test.csv") =>
        ImportBytes(Encoding.UTF8.GetBytes(text), fileName);

    private static ImportResult ImportTestData(string name) =>
        Importer.ImportFile(TestPaths.TestData(Path.Combine("Survey", name)), TestCatalog.Instance);

    private static Score Get(ImportResult result, string code, int year, Indicator indicator) =>
        result.Dataset!.Get(MunicipalityCode.Parse(code), year, indicator)
        ?? throw new Xunit.Sdk.XunitException($"No record for {code} {year} {indicator}");

    [Fact]
    public void ReadsKommunenummerAsFourDigitText()
    {
        var result = ImportBytes(SurveyFixtures.SsbWorkbook(), "ssb.xlsx");

        Assert.NotNull(result.Dataset);
        Assert.Equal(["0301", "3201", "4601"], result.Dataset.Records.Select(r => r.Municipality.Value).Distinct());
        Assert.Equal(72.5, Get(result, "0301", 2024, Indicator.Prioritering).Value);
    }

    [Fact]
    public void SkipsTitleRowsInfoSheetAndFootnotesInSsbWorkbook()
    {
        var report = ImportBytes(SurveyFixtures.SsbWorkbook(), "ssb.xlsx").Report;

        Assert.False(report.IsRejected);
        Assert.Equal(3, report.RowsRead);
        Assert.Equal(3, report.RowsAccepted);
        Assert.Empty(report.Problems);
        Assert.Equal("Excel workbook, sheet 'Tabell', wide layout, header on row 4", report.Format);
        Assert.Equal([2024], report.Years);
        Assert.Equal(IndicatorText.All, report.Indicators);
        Assert.Equal(9, report.ScoreCount);
    }

    [Fact]
    public void ReadsRegionStyleCodesTextDecimalCommaAndFormulaCells()
    {
        var result = ImportBytes(SurveyFixtures.SsbWorkbook(), "ssb.xlsx");

        Assert.Equal(64.3, Get(result, "3201", 2024, Indicator.Prioritering).Value);
        Assert.Equal(61.5, Get(result, "3201", 2024, Indicator.Kompetanse).Value);
        Assert.Equal(58.8, Get(result, "4601", 2024, Indicator.Kompetanse).Value);
    }

    [Fact]
    public void KeepsSsbSymbolAsMissingNeverZero()
    {
        var result = ImportBytes(SurveyFixtures.SsbWorkbook(), "ssb.xlsx");

        var missing = Get(result, "0301", 2024, Indicator.Aktivitet);
        var confidential = Get(result, "3201", 2024, Indicator.Aktivitet);
        Assert.Null(missing.Value);
        Assert.Equal(SsbSymbol.Missing, missing.Symbol);
        Assert.Null(confidential.Value);
        Assert.Equal(SsbSymbol.Confidential, confidential.Symbol);
        Assert.Equal(1, result.Report.SymbolCounts[SsbSymbol.Missing]);
        Assert.Equal(1, result.Report.SymbolCounts[SsbSymbol.Confidential]);
    }

    [Fact]
    public void ReadsNilSymbolAsZeroThatKeepsTheSymbol()
    {
        var nil = Get(ImportBytes(SurveyFixtures.SsbWorkbook(), "ssb.xlsx"), "4601", 2024, Indicator.Prioritering);

        Assert.Equal(0, nil.Value);
        Assert.Equal(SsbSymbol.Nil, nil.Symbol);
    }

    [Fact]
    public void ReadsWindows1252CsvWithDecimalCommasTitleRowsAndFootnotes()
    {
        var result = ImportTestData("ssb-wide-windows1252.csv");

        Assert.NotNull(result.Dataset);
        Assert.Equal("CSV (Windows-1252, ';'-separated), wide layout, header on row 4", result.Report.Format);
        Assert.Equal(4, result.Report.RowsRead);
        Assert.Equal(4, result.Report.RowsAccepted);
        Assert.Equal(71.4, Get(result, "0301", 2022, Indicator.Prioritering).Value);
        Assert.Equal(75.0, Get(result, "0301", 2022, Indicator.Aktivitet).Value);
        Assert.Equal(SsbSymbol.Missing, Get(result, "3024", 2022, Indicator.Prioritering).Symbol);
        Assert.Equal(62.1, Get(result, "3024", 2022, Indicator.Kompetanse).Value);
        Assert.Equal(SsbSymbol.Confidential, Get(result, "3024", 2022, Indicator.Aktivitet).Symbol);
        Assert.Equal(Score.FromSymbol(SsbSymbol.Nil), Get(result, "5401", 2022, Indicator.Prioritering));
        Assert.Equal(66.25, Get(result, "4601", 2022, Indicator.Prioritering).Value);
        Assert.Equal(Score.FromSymbol(SsbSymbol.NotApplicable), Get(result, "4601", 2022, Indicator.Kompetanse));
        Assert.Equal(58, Get(result, "4601", 2022, Indicator.Aktivitet).Value);
    }

    [Fact]
    public void KeepsNorwegianLettersInWindows1252AndUtf8()
    {
        var csv = "kommunenummer;kommune;år;kompetanse\r\n0301;Bærum og Tromsø;2022;50\r\n9999;Tromsø;2022;50\r\n";
        var latin = ImportBytes(Encoding.Latin1.GetBytes(csv), "latin.csv");
        var utf8 = ImportBytes(Encoding.UTF8.GetBytes(csv), "utf8.csv");

        // The names are not imported, so the round trip of æøå is checked through a problem message that quotes a cell.
        var csvWithBadCode = "kommunenummer;år;kompetanse\r\nBærum Tromsø;2022;50\r\n0301;2022;50\r\n";
        var latinBad = ImportBytes(Encoding.Latin1.GetBytes(csvWithBadCode), "latin.csv");
        Assert.StartsWith("CSV (Windows-1252", latin.Report.Format);
        Assert.StartsWith("CSV (UTF-8,", utf8.Report.Format);
        Assert.Equal(50, Get(latin, "0301", 2022, Indicator.Kompetanse).Value);
        Assert.Contains("'Bærum Tromsø' is not a municipality number", latinBad.Report.Problems.Single().Message);
    }

    [Fact]
    public void ReadsLongLayoutWithEnglishHeadersAndCodesWithoutLeadingZero()
    {
        var result = ImportTestData("long-layout.csv");

        Assert.NotNull(result.Dataset);
        Assert.Equal("CSV (UTF-8 with BOM, ','-separated), long layout, header on row 1", result.Report.Format);
        Assert.Equal(6, result.Report.RowsAccepted);
        Assert.Equal(55.3, Get(result, "0301", 2018, Indicator.Prioritering).Value);
        Assert.Equal(60.1, Get(result, "0301", 2018, Indicator.Kompetanse).Value);
        Assert.Equal(SsbSymbol.Missing, Get(result, "0301", 2018, Indicator.Aktivitet).Symbol);
        Assert.Equal(48, Get(result, "0219", 2018, Indicator.Prioritering).Value);
        Assert.Equal(42.7, Get(result, "1580", 2024, Indicator.Kompetanse).Value);
        Assert.Equal(71.05, Get(result, "3201", 2024, Indicator.Aktivitet).Value);
        Assert.Equal([2018, 2024], result.Report.Years);
    }

    [Fact]
    public void SniffsTabSeparatorAndHeadersInAnyOrderCaseAndSpacing()
    {
        var result = ImportText("\uFEFFDIGITAL  AKTIVITET\tKNR\tAar\tDigital_Kompetanse\tDigital-Prioritering\n61,5\t301\t2022\t62.5\t63\n");

        Assert.Equal("CSV (UTF-8 with BOM, tab-separated), wide layout, header on row 1", result.Report.Format);
        Assert.Equal(61.5, Get(result, "0301", 2022, Indicator.Aktivitet).Value);
        Assert.Equal(62.5, Get(result, "0301", 2022, Indicator.Kompetanse).Value);
        Assert.Equal(63, Get(result, "0301", 2022, Indicator.Prioritering).Value);
    }

    [Fact]
    public void ReadsCommaSeparatedFileWithQuotedDecimalCommas()
    {
        var result = ImportText("kommune,år,prioritering\n\"0301 Oslo\",2024,\"55,5\"\n");

        Assert.Equal(55.5, Get(result, "0301", 2024, Indicator.Prioritering).Value);
    }

    [Fact]
    public void ListsBadRowsWithRowAndColumnAndImportsTheRest()
    {
        var result = ImportTestData("bad-rows.csv");

        Assert.NotNull(result.Dataset);
        Assert.Equal(9, result.Report.RowsRead);
        Assert.Equal(2, result.Report.RowsAccepted);
        Assert.Equal(7, result.Report.RowsRejected);
        Assert.Equal(
            [
                "bad-rows.csv, row 3, column 'kommunenummer': Municipality number 9999 does not exist in the 2020 structure (the one in force on 1 January 2022).",
                "bad-rows.csv, row 4, column 'kommunenummer': Municipality number 0219 does not exist in the 2020 structure (the one in force on 1 January 2022).",
                "bad-rows.csv, row 5, column 'år': No boundary structure covers 2015: the oldest structure is 2018, in force from 2018-01-01.",
                "bad-rows.csv, row 6, column 'kommunenummer': Duplicate: municipality 0301, year 2022 (Digital prioritering, Digital kompetanse, Digital aktivitet) was already given on row 2.",
                "bad-rows.csv, row 7, column 'digital_prioritering': 'mye' is not a number or one of SSB's symbols (.., ., :, -).",
                "bad-rows.csv, row 8, column 'digital_kompetanse': The score 104.5 is outside the allowed range 0-100.",
                "bad-rows.csv, row 9, column 'kommunenummer': The municipality number is empty.",
            ],
            result.Report.Problems.Select(p => p.ToString()));
        Assert.Equal(70.1, Get(result, "0301", 2022, Indicator.Prioritering).Value);
        Assert.Equal(63.5, Get(result, "4601", 2024, Indicator.Aktivitet).Value);
        Assert.Equal(6, result.Dataset.Records.Count);
    }

    [Fact]
    public void UsesTheConfiguredScoreRange()
    {
        var importer = new SurveyImporter(new DataOptions { ScoreMinimum = 0, ScoreMaximum = 10 });
        var result = importer.Import(new MemoryStream(Encoding.UTF8.GetBytes("knr;år;kompetanse\n0301;2022;9,5\n4601;2022;10,5\n")), "scale.csv", TestCatalog.Instance);

        Assert.Equal(1, result.Report.RowsAccepted);
        Assert.Equal("The score 10.5 is outside the allowed range 0-10.", result.Report.Problems.Single().Message);
    }

    [Fact]
    public void RejectsEmptyFile()
    {
        var result = ImportTestData("empty.csv");

        Assert.Null(result.Dataset);
        Assert.Equal("The file is empty.", result.Report.Rejection);
    }

    [Fact]
    public void RejectsHeaderOnlyFile()
    {
        var result = ImportTestData("header-only.csv");

        Assert.Null(result.Dataset);
        Assert.Equal("The file has a header (row 1) but no data rows below it.", result.Report.Rejection);
    }

    [Fact]
    public void RejectsPngRenamedXlsx()
    {
        var result = ImportBytes(SurveyFixtures.Png(), "kart.xlsx");

        Assert.Null(result.Dataset);
        Assert.Equal("The file is not a spreadsheet or CSV file (it looks like a PNG image); expected an Excel workbook (.xlsx) or a CSV file.", result.Report.Rejection);
    }

    [Fact]
    public void RejectsPngRenamedCsv()
    {
        Assert.StartsWith("The file is not a spreadsheet or CSV file", ImportBytes(SurveyFixtures.Png(), "kart.csv").Report.Rejection);
    }

    [Fact]
    public void RejectsTruncatedXlsx()
    {
        var result = ImportBytes(SurveyFixtures.TruncatedWorkbook(), "avbrutt.xlsx");

        Assert.Null(result.Dataset);
        Assert.StartsWith("The file could not be opened as an Excel workbook (.xlsx): it is damaged, incomplete", result.Report.Rejection);
    }

    [Fact]
    public void RejectsOldExcelFormatWithAdvice()
    {
        var result = ImportBytes(SurveyFixtures.OldExcel(), "gammel.xlsx");

        Assert.Equal("The file is saved as old Excel 97-2003 (.xls); save it as .xlsx or CSV and try again.", result.Report.Rejection);
    }

    [Fact]
    public void RejectsFileWithoutRecognisableColumnsListingWhatIsMissingAndFound()
    {
        var result = ImportText("kode;periode;tall\n0301;2022;50\n", "feil.csv");

        Assert.Null(result.Dataset);
        Assert.Equal(
            "No recognisable table header. Missing: municipality number (kommunenummer, knr, region or kommune); year (år, year or tid); scores (digital prioritering, digital kompetanse, digital aktivitet; or indikator and verdi). Headers found (row 1): 'kode', 'periode', 'tall'.",
            result.Report.Rejection);
    }

    [Fact]
    public void RejectsTextThatIsNotATable()
    {
        var result = ImportTestData("not-a-table.csv");

        Assert.Null(result.Dataset);
        Assert.StartsWith("No recognisable table header. Missing: municipality number", result.Report.Rejection);
    }

    [Fact]
    public void RejectsFileWhereEveryRowFails()
    {
        var result = ImportText("knr;år;aktivitet\n9999;2022;50\n0301;2022;x\n");

        Assert.Null(result.Dataset);
        Assert.Equal(2, result.Report.Problems.Count);
        Assert.Equal("None of the 2 data rows could be used; see the problems listed.", result.Report.Rejection);
    }

    [Fact]
    public void RejectsMissingFileWithoutThrowing()
    {
        var result = Importer.ImportFile("/nonexistent/folder/tall.xlsx", TestCatalog.Instance);

        Assert.Null(result.Dataset);
        Assert.Equal("tall.xlsx", result.Report.FileName);
        Assert.StartsWith("The file could not be opened:", result.Report.Rejection);
    }

    [Fact]
    public async Task ImportsAsynchronouslyFromPath()
    {
        var result = await Importer.ImportFileAsync(TestPaths.TestData("Survey/long-layout.csv"), TestCatalog.Instance, isSample: false, CancellationToken.None);

        Assert.Equal(6, result.Report.RowsAccepted);
        Assert.Equal("long-layout.csv", result.Dataset!.Name);
        Assert.False(result.Dataset.IsSample);
    }

    [Fact]
    public void FlagsSampleDatasets()
    {
        var result = Importer.Import(new MemoryStream(Encoding.UTF8.GetBytes("knr;år;aktivitet\n0301;2022;50\n")), "digitalisering-eksempel.csv", TestCatalog.Instance, isSample: true);

        Assert.True(result.Dataset!.IsSample);
        Assert.Equal("sample", result.Dataset.Name);
    }

    [Fact]
    public void ReportsStatusThatContradictsTheScore()
    {
        var result = ImportText("knr;år;digital_aktivitet;status_aktivitet\n0301;2022;50;..\n4601;2022;;:\n");

        Assert.Equal("The score 50 contradicts the status symbol '..'.", result.Report.Problems.Single().Message);
        Assert.Equal(Score.FromSymbol(SsbSymbol.Confidential), Get(result, "4601", 2022, Indicator.Aktivitet));
    }

    [Fact]
    public void ReportsARowWithAScoreButNoMunicipalityInsteadOfTakingItForAFootnote()
    {
        var result = ImportText("knr;år;aktivitet\n0301;2022;50\n;;55\nKilde: SSB;;\n");

        Assert.Equal(2, result.Report.RowsRead);
        Assert.Equal("test.csv, row 3, column 'knr': The municipality number is empty.", result.Report.Problems[0].ToString());
        Assert.Equal("test.csv, row 3, column 'år': The year is empty.", result.Report.Problems[1].ToString());
    }
}
