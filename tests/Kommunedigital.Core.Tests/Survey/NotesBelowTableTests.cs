using Kommunedigital.Core.Survey;
using static Kommunedigital.Core.Tests.Survey.SurveyTestImport;

namespace Kommunedigital.Core.Tests.Survey;

/// <summary>Issue 11, kind 2: a notes block below the table is skipped and reported once, never as rejected rows.</summary>
public class NotesBelowTableTests
{
    [Fact]
    public void SkipsSixNoteRowsEvenWhenTheyStandInAScoreColumn()
    {
        var result = File("notes-below-table.csv");

        Assert.Equal(ImportVerdict.Accepted, result.Report.Verdict);
        Assert.Equal((4, 4, 0), (result.Report.RowsRead, result.Report.RowsAccepted, result.Report.RowsRejected));
        Assert.Empty(result.Report.Problems);
        Assert.Equal([7, 8, 9, 10, 11, 12], result.Report.NoteRows);
        Assert.True(result.Report.NotesBelowTable);
        Assert.Contains("Merknader: 6 merknadsrader under tabellen hoppet over (rad 7, 8, 9, 10, 11 og 1 til)\n", Report(result), StringComparison.Ordinal);
        Assert.Equal(51.9, Get(result, "5401", 2022, Indicator.Aktivitet)!.Value.Value);
    }

    [Theory]
    [InlineData("Kilde: SSB")]
    [InlineData("Merknader")]
    [InlineData("Symbolforklaring")]
    [InlineData("1) Tall for Bærum gjelder 2021")]
    [InlineData("..: Tall mangler")]
    [InlineData(":: Vises ikke av konfidensialitetshensyn")]
    [InlineData("Sist endret 01.10.2024")]
    [InlineData("Fotnote: foreløpige tall")]
    public void TakesEachKindOfNoteAsTheStartOfTheNotes(string note)
    {
        var result = Text($"kompetanse;knr;år\n68,2;0301;2022\n62,1;3024;2022\n58;4601;2022\n55,5;5401;2022\n{note};;\nmer tekst;;\n");

        Assert.Empty(result.Report.Problems);
        Assert.Equal([6, 7], result.Report.NoteRows);
    }

    [Fact]
    public void StillRejectsADataRowBelowTheNotesWhoseScoreIsBad()
    {
        var result = Text("kompetanse;knr;år\n68,2;0301;2022\nKilde: SSB;;\nmye;3024;2022\n");

        Assert.Equal([3], result.Report.NoteRows);
        Assert.False(result.Report.NotesBelowTable);
        Assert.Equal("rad 4, kolonne «kompetanse»: Ikke et tall eller et SSB-symbol (..  .  :  -): «mye»", result.Report.Problems.Single().ToString());
    }
}
