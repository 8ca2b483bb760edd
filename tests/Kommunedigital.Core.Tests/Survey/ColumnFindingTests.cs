using Kommunedigital.Core.Survey;
using static Kommunedigital.Core.Tests.Survey.SurveyTestImport;

namespace Kommunedigital.Core.Tests.Survey;

/// <summary>Issue 11, kind 1: columns are found by name and by content; content decides; two candidates are named.</summary>
public class ColumnFindingTests
{
    private const string All2022 = "0301 Oslo;{0}\n3024 Bærum;{1}\n4601 Bergen;{2}\n5401 Tromsø;{3}\n";

    [Fact]
    public void ReadsALongFileWhoseValueColumnIsHeadedSkar()
    {
        var result = Text("kommunenummer;år;indikator;skår\n0301;2022;Digital kompetanse;68,2\n3024;2022;Digital kompetanse;62,1\n4601;2022;Digital kompetanse;58\n5401;2022;Digital kompetanse;55,5\n");

        Assert.Equal(ImportVerdict.Accepted, result.Report.Verdict);
        Assert.Equal("CSV (UTF-8, semikolonseparert), lang tabell (én rad per kommune, år og indikator), overskrift på rad 1", result.Report.Format);
        Assert.Equal([68.2, 62.1, 58, 55.5], result.Dataset!.Records.Select(r => r.Score.Value));
    }

    [Fact]
    public void ReadsPxWebsCsvDownloadWithTheTableTitleAsValueHeaderAndRegionCodesWithNames()
    {
        var result = File("pxweb-long-title.csv");

        Assert.Equal(ImportVerdict.Accepted, result.Report.Verdict);
        Assert.Equal("CSV (UTF-8, semikolonseparert), lang tabell (én rad per kommune, år og indikator), overskrift på rad 3", result.Report.Format);
        Assert.Equal((12, 12, 0), (result.Report.RowsRead, result.Report.RowsAccepted, result.Report.Problems.Count));
        Assert.Equal([17], result.Report.NoteRows);
        Assert.Equal(71.4, Get(result, "0301", 2022, Indicator.Prioritering)!.Value.Value);
        Assert.Equal(Score.FromSymbol(SsbSymbol.Missing), Get(result, "3024", 2022, Indicator.Prioritering));
        Assert.Equal(Score.FromSymbol(SsbSymbol.Confidential), Get(result, "3024", 2022, Indicator.Aktivitet));
        Assert.Equal(Score.FromSymbol(SsbSymbol.NotApplicable), Get(result, "4601", 2022, Indicator.Kompetanse));
        Assert.Equal(Score.FromSymbol(SsbSymbol.Nil), Get(result, "5401", 2022, Indicator.Prioritering));
        Assert.Equal(51.9, Get(result, "5401", 2022, Indicator.Aktivitet)!.Value.Value);
        Assert.Empty(result.Report.NameWarnings);
    }

    [Fact]
    public void ReadsTheYearFromWideHeadersLikeDigitalPrioritering2022()
    {
        var result = Text("region;Digital prioritering 2022;Digital kompetanse 2022\n" + string.Format(System.Globalization.CultureInfo.InvariantCulture, All2022, "71,4;68,2", "55;62,1", "66,3;58", "60,1;55,5"));

        Assert.Equal(ImportVerdict.Accepted, result.Report.Verdict);
        Assert.Equal("CSV (UTF-8, semikolonseparert), bred tabell (én kolonne per indikator og år), overskrift på rad 1", result.Report.Format);
        Assert.Equal([2022], result.Report.Years);
        Assert.Equal(55, Get(result, "3024", 2022, Indicator.Prioritering)!.Value.Value);
        Assert.Equal(55.5, Get(result, "5401", 2022, Indicator.Kompetanse)!.Value.Value);
        Assert.Null(Get(result, "5401", 2022, Indicator.Aktivitet));
    }

    [Fact]
    public void TakesTheCodeColumnByContentWhenTheColumnNamedRegionHoldsCountyNames()
    {
        var result = Text("kommune;region;år;kompetanse\n0301 Oslo;Oslo;2022;68,2\n3024 Bærum;Viken;2022;62,1\n4601 Bergen;Vestland;2022;58\n5401 Tromsø;Troms og Finnmark;2022;55,5\n");

        Assert.Equal(ImportVerdict.Accepted, result.Report.Verdict);
        Assert.Equal(["0301", "3024", "4601", "5401"], result.Dataset!.Records.Select(r => r.Municipality.Value));
    }

    [Fact]
    public void FindsUnnamedCodeAndYearColumnsByTheirContent()
    {
        var result = Text("A;B;Digital aktivitet\n0301;2022;75\n3024;2022;60\n4601;2022;58\n5401;2022;51,9\n");

        Assert.Equal(ImportVerdict.Accepted, result.Report.Verdict);
        Assert.Equal(51.9, Get(result, "5401", 2022, Indicator.Aktivitet)!.Value.Value);
    }

    [Fact]
    public void NamesBothColumnsWhenTwoValueColumnsRemain()
    {
        var result = Text("knr;år;indikator;verdi;skår\n0301;2022;Digital kompetanse;68,2;1\n");

        Assert.Equal(ImportVerdict.Rejected, result.Report.Verdict);
        Assert.Equal("To kolonner kan være verdi: «verdi» (kolonne 4) og «skår» (kolonne 5). Gi den ene en annen overskrift, eller fjern den.", result.Report.Rejection);
    }

    [Fact]
    public void NamesBothColumnsWhenTwoCodeColumnsDisagree()
    {
        var result = Text("kommunenummer;knr;år;kompetanse\n0301;0301;2022;68,2\n3024;4601;2022;62,1\n");

        Assert.Equal("To kolonner kan være kommunenummer: «kommunenummer» (kolonne 1) og «knr» (kolonne 2). Gi den ene en annen overskrift, eller fjern den.", result.Report.Rejection);
    }

    [Fact]
    public void PrintsAHeaderWithALineBreakOnOneLine()
    {
        var result = Text("knr;år;\"Digital\nprioritering\"\n0301;2022;mye\n3024;2022;55\n4601;2022;66\n5401;2022;60\n");

        Assert.Equal("rad 3, kolonne «Digital prioritering»: Ikke et tall eller et SSB-symbol (..  .  :  -): «mye»", result.Report.Problems.Single().ToString());
    }
}
