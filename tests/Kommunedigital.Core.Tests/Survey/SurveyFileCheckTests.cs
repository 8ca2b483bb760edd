using System.Globalization;
using Kommunedigital.Core.Survey;

namespace Kommunedigital.Core.Tests.Survey;

public class SurveyFileCheckTests
{
    [Fact]
    public void PrintsTheReportAndExitsZeroForAFileWithSomeBadRows()
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);

        var exitCode = new SurveyFileCheck().Run(TestPaths.TestData("Survey/bad-rows.csv"), TestCatalog.Instance, output);

        var text = output.ToString();
        Assert.Equal(0, exitCode);
        Assert.Contains("Rows read: 9\n", text, StringComparison.Ordinal);
        Assert.Contains("Rows accepted: 2\n", text, StringComparison.Ordinal);
        Assert.Contains("Rows rejected: 7\n", text, StringComparison.Ordinal);
        Assert.Contains("Years: 2022, 2024\n", text, StringComparison.Ordinal);
        Assert.Contains("Indicators: Digital prioritering, Digital kompetanse, Digital aktivitet\n", text, StringComparison.Ordinal);
        Assert.Contains("  bad-rows.csv, row 7, column 'digital_prioritering': 'mye' is not a number", text, StringComparison.Ordinal);
        Assert.EndsWith("ACCEPTED\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ExitsOneForARejectedFile()
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);

        var exitCode = new SurveyFileCheck().Run(TestPaths.TestData("Survey/header-only.csv"), TestCatalog.Instance, output);

        Assert.Equal(1, exitCode);
        Assert.EndsWith("REJECTED: The file has a header (row 1) but no data rows below it.\n", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CountsSymbolsInTheSummary()
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);

        new SurveyFileCheck().Run(TestPaths.TestData("Survey/ssb-wide-windows1252.csv"), TestCatalog.Instance, output);

        Assert.Contains("Scores: 12 (SSB symbols: 1 \"..\", 1 \".\", 1 \":\", 1 \"-\")\n", output.ToString(), StringComparison.Ordinal);
    }
}
