using Kommunedigital.Core.Data;
using Kommunedigital.Core.Survey;
using static Kommunedigital.Core.Tests.Survey.SurveyTestImport;

namespace Kommunedigital.Core.Tests.Survey;

/// <summary>Issue 11, kind 5: a file cut short is caught by its last line and by coverage, and blocks publishing.</summary>
public class TruncationTests
{
    // 2022 (2020 structure: 4 municipalities) and 2024 (2024 structure: 5), complete.
    private const string Complete =
        "knr;år;prioritering;kompetanse;aktivitet\r\n" +
        "0301;2022;71,4;68,2;75,0\r\n3024;2022;55,0;62,1;60,0\r\n4601;2022;66,3;58,0;58,0\r\n5401;2022;60,1;55,5;51,9\r\n" +
        "0301;2024;72,0;69,0;76,1\r\n3201;2024;56,0;63,0;61,0\r\n4601;2024;67,0;59,0;59,0\r\n5501;2024;61,0;56,0;52,0\r\n1580;2024;45,0;42,7;63,5\r\n";

    [Fact]
    public void AcceptsTheCompleteFileWithoutWarnings()
    {
        var result = Text(Complete);

        Assert.Equal(ImportVerdict.Accepted, result.Report.Verdict);
        Assert.Empty(result.Report.Warnings);
        Assert.Equal(
            ["2022 Digital prioritering 4/4", "2022 Digital kompetanse 4/4", "2022 Digital aktivitet 4/4", "2024 Digital prioritering 5/5", "2024 Digital kompetanse 5/5", "2024 Digital aktivitet 5/5"],
            result.Report.Coverage.Select(c => $"{c.Year} {IndicatorText.Label(c.Indicator)} {c.Municipalities}/{c.StructureMunicipalities}"));
    }

    [Fact]
    public void CatchesAFileCutInsideItsLastNumber()
    {
        var result = Text(Complete[..^3]); // "63,5\r\n" becomes "63,"

        Assert.Equal(ImportVerdict.AcceptedWithBlockingWarnings, result.Report.Verdict);
        Assert.Null(result.Dataset);
        Assert.Equal("rad 10, kolonne «aktivitet»: Ikke et tall eller et SSB-symbol (..  .  :  -): «63,»", result.Report.Problems.Single().ToString());
        Assert.Equal(
            [
                "Rad 10: Siste linje mangler linjeskift og slutter i et tall («63,»): filen kan være avkuttet midt i tallet.",
                "2024: 4 av 5 kommuner (2024-inndelingen), 80 % – under kravet på 95 %. Er filen avkuttet, eller mangler en del av uttaket?",
            ],
            result.Report.Warnings.Select(w => w.Text));
        Assert.All(result.Report.Warnings, w => Assert.True(w.BlocksPublishing));
    }

    [Fact]
    public void CatchesAFileCutAfterTwoRowsOfAYearAndReportsCoverage()
    {
        var cut = Complete[..(Complete.IndexOf("4601;2024", StringComparison.Ordinal) + "4601;2024;6".Length)];

        var result = Text(cut);

        Assert.Equal(ImportVerdict.AcceptedWithBlockingWarnings, result.Report.Verdict);
        Assert.Equal(
            [
                "Rad 8: Siste linje mangler linjeskift og slutter i et tall («6»): filen kan være avkuttet midt i tallet.",
                "2024: Digital prioritering 3 (60 %), Digital kompetanse 2 (40 %), Digital aktivitet 2 (40 %) av 5 kommuner (2024-inndelingen) – under kravet på 95 %. Er filen avkuttet, eller mangler en del av uttaket?",
            ],
            result.Report.Warnings.Select(w => w.Text));
        Assert.Equal("advarsler stopper publisering: " + string.Join(" ", result.Report.Warnings.Select(w => w.Text)), result.Report.Refusal);
    }

    [Fact]
    public void CatchesAFileCutInsideAQuotedField()
    {
        var result = Text(Complete + "\"1580");

        Assert.Equal(
            "Rad 11: Siste linje mangler linjeskift og slutter inne i et felt i anførselstegn: filen ser avkuttet ut.",
            result.Report.Warnings.Single().Text);
    }

    [Fact]
    public void PublishesABlockedFileOnlyWhenTheWarningsAreOverridden()
    {
        var cut = Complete[..^2];

        var blocked = Text(cut);
        var overridden = Text(cut, options: new DataOptions { PublishDespiteWarnings = true });

        Assert.Null(blocked.Dataset);
        Assert.Equal(ImportVerdict.AcceptedWithBlockingWarnings, overridden.Report.Verdict);
        Assert.Null(overridden.Report.Refusal);
        Assert.Equal(63.5, overridden.Dataset!.Get(Kommunedigital.Core.Boundaries.MunicipalityCode.Parse("1580"), 2024, Indicator.Aktivitet)!.Value.Value);
    }

    [Fact]
    public void UsesTheConfiguredMinimumCoverage()
    {
        var threeOfFour = Complete[..Complete.IndexOf("5401", StringComparison.Ordinal)] + Complete[Complete.IndexOf("0301;2024", StringComparison.Ordinal)..];

        Assert.Equal(ImportVerdict.AcceptedWithBlockingWarnings, Text(threeOfFour).Report.Verdict);
        Assert.Equal(ImportVerdict.Accepted, Text(threeOfFour, options: new DataOptions { MinimumCoverage = 0.75 }).Report.Verdict);
    }
}
