using Kommunedigital.Core.Data;
using Kommunedigital.Core.Survey;
using static Kommunedigital.Core.Tests.Survey.SurveyTestImport;

namespace Kommunedigital.Core.Tests.Survey;

/// <summary>Issue 11, kind 4: an SSB symbol, an empty cell and a municipality absent from the file stay three things.</summary>
public class MissingKindsTests
{
    private static readonly DataOptions Override = new() { PublishDespiteWarnings = true };

    [Fact]
    public void KeepsSsbSymbolsEmptyCellsAndAbsentMunicipalitiesApart()
    {
        var result = File("three-kinds-of-missing.csv", Override);

        Assert.Equal(Score.Of(71.4), Get(result, "0301", 2022, Indicator.Prioritering));
        Assert.Equal(Score.NotStated, Get(result, "0301", 2022, Indicator.Kompetanse));
        Assert.Equal(Score.FromSymbol(SsbSymbol.Missing), Get(result, "3024", 2022, Indicator.Prioritering));
        Assert.Equal(Score.FromSymbol(SsbSymbol.Confidential), Get(result, "3024", 2022, Indicator.Aktivitet));
        Assert.Equal(Score.FromSymbol(SsbSymbol.Nil), Get(result, "4601", 2022, Indicator.Prioritering));
        Assert.Equal(0, Get(result, "4601", 2022, Indicator.Prioritering)!.Value.Value);
        Assert.Equal(Score.FromSymbol(SsbSymbol.NotApplicable), Get(result, "4601", 2022, Indicator.Kompetanse));
        Assert.Equal(Score.NotStated, Get(result, "4601", 2022, Indicator.Aktivitet));
        Assert.Null(Get(result, "5401", 2022, Indicator.Prioritering));
        Assert.Equal(9, result.Dataset!.Records.Count);
    }

    [Fact]
    public void CountsEachKindInTheReport()
    {
        var result = File("three-kinds-of-missing.csv");

        Assert.Equal(2, result.Report.NotStatedCount);
        Assert.Equal(1, result.Report.SymbolCounts[SsbSymbol.Missing]);
        Assert.Equal(1, result.Report.SymbolCounts[SsbSymbol.Confidential]);
        Assert.Equal(1, result.Report.SymbolCounts[SsbSymbol.NotApplicable]);
        Assert.Equal(1, result.Report.SymbolCounts[SsbSymbol.Nil]);
        Assert.Contains(
            "Skårer: 9 (4 med tall; SSB-symboler: 1 «..» (tall mangler), 1 «.» (kan ikke forekomme), 1 «:» (konfidensielt), 1 «-» (null); 2 ikke oppgitt (tom celle))\n",
            Report(result),
            StringComparison.Ordinal);
        Assert.Contains("  2022: 3 av 4 kommuner (2020-inndelingen), 75 %\n", Report(result), StringComparison.Ordinal);
    }
}
