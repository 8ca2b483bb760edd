using System.Globalization;
using Kommunedigital.Core.Survey;

namespace Kommunedigital.Core.Tests.Survey;

public class SurveyFileCheckTests
{
    [Fact]
    public void PrintsTheReportAndExitsTwoForAFileWithSomeBadRowsAndLowCoverage()
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);

        var exitCode = new SurveyFileCheck().Run(TestPaths.TestData("Survey/bad-rows.csv"), TestCatalog.Instance, output);

        var text = output.ToString();
        Assert.Equal(2, exitCode);
        Assert.Contains("Rader: 9 datarader lest, 2 tatt inn, 7 avvist\n", text, StringComparison.Ordinal);
        Assert.Contains("År: 2022, 2024\n", text, StringComparison.Ordinal);
        Assert.Contains("Indikatorer: Digital prioritering, Digital kompetanse, Digital aktivitet\n", text, StringComparison.Ordinal);
        Assert.Contains("  Ikke et tall eller et SSB-symbol (..  .  :  -) (kolonne «digital_prioritering»): 1 rad – rad 7; første: «mye»\n", text, StringComparison.Ordinal);
        Assert.EndsWith("Resultat: GODKJENT MED ADVARSLER SOM STOPPER PUBLISERING. Rett filen, eller overstyr med Data__PublishDespiteWarnings=true.\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ExitsOneForARejectedFile()
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);

        var exitCode = new SurveyFileCheck().Run(TestPaths.TestData("Survey/header-only.csv"), TestCatalog.Instance, output);

        Assert.Equal(1, exitCode);
        Assert.EndsWith("Resultat: AVVIST. Filen har en overskrift (rad 1), men ingen datarader under den.\n", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CountsSymbolsInTheSummary()
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);

        new SurveyFileCheck().Run(TestPaths.TestData("Survey/ssb-wide-windows1252.csv"), TestCatalog.Instance, output);

        Assert.Contains("Skårer: 12 (9 med tall; SSB-symboler: 1 «..» (tall mangler), 1 «.» (kan ikke forekomme), 1 «:» (konfidensielt), 1 «-» (null))\n", output.ToString(), StringComparison.Ordinal);
    }
}
