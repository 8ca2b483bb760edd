namespace Kommunedigital.Core.Views;

/// <summary>How counts and ranks of municipalities are written in bokmål, everywhere they are shown.</summary>
public static class CountText
{
    /// <summary>"1 kommune", "356 kommuner" (no thousands separator is ever needed: Norway has fewer than 1000).</summary>
    public static string Municipalities(int count) =>
        count == 1 ? "1 kommune" : $"{count.ToString(ScoreText.Culture)} kommuner";

    /// <summary>"nr. 12 av 356": a national competition rank out of the municipalities that have a value.</summary>
    public static string Rank(int rank, int of) =>
        $"nr. {rank.ToString(ScoreText.Culture)} av {of.ToString(ScoreText.Culture)}";
}
