using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Core.Tests.Views;

public class ScoreStatusTests
{
    public static TheoryData<Score?, EntryStatus, string, string> Cases => new()
    {
        { Score.Of(58.25), EntryStatus.Value, "58,3", "" },
        { Score.FromSymbol(SsbSymbol.Nil), EntryStatus.Value, "0,0", "-" },
        { Score.FromSymbol(SsbSymbol.Missing), EntryStatus.SsbSymbol, "Tall mangler", ".." },
        { Score.FromSymbol(SsbSymbol.NotApplicable), EntryStatus.SsbSymbol, "Tall kan ikke forekomme", "." },
        { Score.FromSymbol(SsbSymbol.Confidential), EntryStatus.SsbSymbol, "Vises ikke av konfidensialitetshensyn", ":" },
        { Score.NotStated, EntryStatus.NotStated, "Ikke oppgitt", "" },
        { null, EntryStatus.NotInDataset, "Ikke med i datasettet", "ikke med i datasettet" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void EachKindOfScoreHasItsStatusTextAndDownloadCode(Score? score, EntryStatus status, string text, string code)
    {
        Assert.Equal(status, ScoreStatus.Of(score));
        Assert.Equal(text, ScoreStatus.ValueText(score));
        Assert.Equal(code, ScoreStatus.Code(score));
    }

    [Fact]
    public void TheThreeKindsOfMissingAndNotComparableAreHatchedEachItsOwnWay()
    {
        Assert.Equal(
            [null, 45, -45, 90, null, 0],
            Enum.GetValues<EntryStatus>().Select(MapPalette.HatchAngle));
        Assert.Equal(
            ["verdi", "ssb-symbol", "ikke-oppgitt", "ikke-med", "utenfor", "ikke-sammenlignbar"],
            Enum.GetValues<EntryStatus>().Select(MapPalette.Slug));
    }

    [Theory]
    [InlineData(1, "1 kommune")]
    [InlineData(0, "0 kommuner")]
    [InlineData(356, "356 kommuner")]
    public void CountsAreWrittenInBokmal(int count, string expected) =>
        Assert.Equal(expected, CountText.Municipalities(count));

    [Fact]
    public void ARankIsOutOfTheRankedMunicipalities() =>
        Assert.Equal("nr. 12 av 356", CountText.Rank(12, 356));
}
