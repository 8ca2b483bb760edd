using System.Text;
using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Survey;

namespace Kommunedigital.Core.Tests.Survey;

public class SurveyImporterTests
{
    // These fixtures hold a few municipalities of the test catalog's years; coverage has its own tests.
    private static readonly SurveyImporter Importer = new(new DataOptions { MinimumCoverage = 0 });

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
        Assert.Equal("Excel-arbeidsbok, ark «Tabell», bred tabell (én kolonne per indikator), overskrift på rad 4", report.Format);
        Assert.Equal([9, 10], report.NoteRows);
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
        Assert.Equal("CSV (Windows-1252, semikolonseparert), bred tabell (én kolonne per indikator), overskrift på rad 4", result.Report.Format);
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
        Assert.Equal("«Bærum Tromsø» (forventet fire sifre som 0301, eller «0301 Oslo»)", latinBad.Report.Problems.Single().Detail);
    }

    [Fact]
    public void ReadsLongLayoutWithEnglishHeadersAndCodesWithoutLeadingZero()
    {
        var result = ImportTestData("long-layout.csv");

        Assert.NotNull(result.Dataset);
        Assert.Equal("CSV (UTF-8 with BOM, kommaseparert), lang tabell (én rad per kommune, år og indikator), overskrift på rad 1", result.Report.Format);
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

        Assert.Equal("CSV (UTF-8 with BOM, tabulatorseparert), bred tabell (én kolonne per indikator), overskrift på rad 1", result.Report.Format);
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
                "rad 3, kolonne «kommunenummer»: Kommunenummeret gjaldt ikke 1. januar i året: 9999 i 2022 (året tegnes på 2020-inndelingen)",
                "rad 4, kolonne «kommunenummer»: Kommunenummeret gjaldt ikke 1. januar i året: 0219 i 2022 (året tegnes på 2020-inndelingen)",
                "rad 5, kolonne «år»: Ingen kommuneinndeling dekker året: 2015: den eldste inndelingen er 2018, gjeldende fra 1. januar 2018",
                "rad 6, kolonne «kommunenummer»: Duplikat: kommunen, året og indikatoren står allerede på en tidligere rad: 0301, 2022, Digital prioritering står også på rad 2",
                "rad 7, kolonne «digital_prioritering»: Ikke et tall eller et SSB-symbol (..  .  :  -): «mye»",
                "rad 8, kolonne «digital_kompetanse»: Skår utenfor tillatt område 0–100: 104,5",
                "rad 9, kolonne «kommunenummer»: Kommunenummeret er tomt: tomt kommunenummer",
            ],
            result.Report.Problems.Select(p => p.ToString()));
        Assert.Equal(70.1, Get(result, "0301", 2022, Indicator.Prioritering).Value);
        Assert.Equal(63.5, Get(result, "4601", 2024, Indicator.Aktivitet).Value);
        Assert.Equal(6, result.Dataset.Records.Count);
    }

    [Fact]
    public void UsesTheConfiguredScoreRange()
    {
        var importer = new SurveyImporter(new DataOptions { ScoreMinimum = 0, ScoreMaximum = 10, MinimumCoverage = 0 });
        var result = importer.Import(new MemoryStream(Encoding.UTF8.GetBytes("knr;år;kompetanse\n0301;2022;9,5\n4601;2022;10,5\n")), "scale.csv", TestCatalog.Instance);

        Assert.Equal(1, result.Report.RowsAccepted);
        Assert.Equal(("Skår utenfor tillatt område 0–10", "10,5"), (result.Report.Problems.Single().Reason, result.Report.Problems.Single().Detail));
    }

    [Fact]
    public void RejectsEmptyFile()
    {
        var result = ImportTestData("empty.csv");

        Assert.Null(result.Dataset);
        Assert.Equal("Filen er tom.", result.Report.Rejection);
    }

    [Fact]
    public void RejectsHeaderOnlyFile()
    {
        var result = ImportTestData("header-only.csv");

        Assert.Null(result.Dataset);
        Assert.Equal("Filen har en overskrift (rad 1), men ingen datarader under den.", result.Report.Rejection);
    }

    [Fact]
    public void RejectsPngRenamedXlsx()
    {
        var result = ImportBytes(SurveyFixtures.Png(), "kart.xlsx");

        Assert.Null(result.Dataset);
        Assert.Equal("Filen er ikke et regneark, en CSV-fil eller JSON-stat (den ser ut som et PNG-bilde); forventet en Excel-arbeidsbok (.xlsx), en CSV-fil eller JSON-stat 2.0.", result.Report.Rejection);
    }

    [Fact]
    public void RejectsPngRenamedCsv()
    {
        Assert.StartsWith("Filen er ikke et regneark, en CSV-fil eller JSON-stat", ImportBytes(SurveyFixtures.Png(), "kart.csv").Report.Rejection);
    }

    [Fact]
    public void RejectsTruncatedXlsx()
    {
        var result = ImportBytes(SurveyFixtures.TruncatedWorkbook(), "avbrutt.xlsx");

        Assert.Null(result.Dataset);
        Assert.StartsWith("Filen kunne ikke åpnes som Excel-arbeidsbok (.xlsx): den er skadet, ufullstendig", result.Report.Rejection);
    }

    [Fact]
    public void RejectsOldExcelFormatWithAdvice()
    {
        var result = ImportBytes(SurveyFixtures.OldExcel(), "gammel.xlsx");

        Assert.Equal("Filen er lagret i det gamle Excel 97-2003-formatet (.xls); lagre den som .xlsx eller CSV og prøv igjen.", result.Report.Rejection);
    }

    [Fact]
    public void RejectsFileWithoutRecognisableColumnsListingWhatIsMissingAndFound()
    {
        var result = ImportText("nr;periode;tall\nA;2022;50\n", "feil.csv");

        Assert.Null(result.Dataset);
        Assert.Equal(
            "Fant ingen tabelloverskrift som kan brukes. Mangler: kommunenummer (kommunenummer, knr, region, eller en kolonne med numre som 0301 eller «0301 Oslo»); skårer (digital prioritering, digital kompetanse, digital aktivitet; eller indikator og verdi). Overskrifter funnet (rad 1): «nr», «periode», «tall».",
            result.Report.Rejection);
    }

    [Fact]
    public void RejectsTextThatIsNotATable()
    {
        var result = ImportTestData("not-a-table.csv");

        Assert.Null(result.Dataset);
        Assert.StartsWith("Fant ingen tabelloverskrift som kan brukes. Mangler: kommunenummer", result.Report.Rejection);
    }

    [Fact]
    public void RejectsFileWhereEveryRowFails()
    {
        var result = ImportText("knr;år;aktivitet\n9999;2022;50\n0301;2022;x\n");

        Assert.Null(result.Dataset);
        Assert.Equal(2, result.Report.Problems.Count);
        Assert.Equal("Ingen av de 2 dataradene kunne brukes; se feilene over.", result.Report.Rejection);
    }

    [Fact]
    public void RejectsMissingFileWithoutThrowing()
    {
        var result = Importer.ImportFile("/nonexistent/folder/tall.xlsx", TestCatalog.Instance);

        Assert.Null(result.Dataset);
        Assert.Equal("tall.xlsx", result.Report.FileName);
        Assert.StartsWith("Filen kunne ikke åpnes:", result.Report.Rejection);
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

        Assert.Equal("rad 2, kolonne «digital_aktivitet»: Skår og status motsier hverandre: 50 med status «..»", result.Report.Problems.Single().ToString());
        Assert.Equal(Score.FromSymbol(SsbSymbol.Confidential), Get(result, "4601", 2022, Indicator.Aktivitet));
    }

    [Fact]
    public void ReportsARowWithAScoreButNoMunicipalityInsteadOfTakingItForAFootnote()
    {
        var result = ImportText("knr;år;aktivitet\n0301;2022;50\n;;55\nKilde: SSB;;\n");

        Assert.Equal(2, result.Report.RowsRead);
        Assert.Equal("rad 3, kolonne «knr»: Kommunenummeret er tomt: tomt kommunenummer", result.Report.Problems[0].ToString());
        Assert.Equal("rad 3, kolonne «år»: Året er tomt: tomt år", result.Report.Problems[1].ToString());
        Assert.Equal([4], result.Report.NoteRows);
    }
}
