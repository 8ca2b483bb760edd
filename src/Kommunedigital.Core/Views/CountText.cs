using Kommunedigital.Core.Resources;

namespace Kommunedigital.Core.Views;

/// <summary>How counts and ranks of municipalities are written, in bokmål or English, everywhere they are shown.</summary>
public static class CountText
{
    /// <summary>"1 kommune", "356 kommuner" (no thousands separator is ever needed: Norway has fewer than 1000).</summary>
    public static string Municipalities(int count) => Municipalities(count, ReaderLanguage.Bokmal);

    /// <summary>"1 kommune", "356 kommuner"; in English "1 municipality", "356 municipalities".</summary>
    public static string Municipalities(int count, ReaderLanguage language) =>
        count == 1 ? ReaderText.Get(language, "Count.OneMunicipality") : ReaderText.Format(language, "Count.Municipalities", count);

    /// <summary>"nr. 12 av 356": a national competition rank out of the municipalities that have a value.</summary>
    public static string Rank(int rank, int of) => Rank(rank, of, ReaderLanguage.Bokmal);

    /// <summary>"nr. 12 av 356"; in English "no. 12 of 356".</summary>
    public static string Rank(int rank, int of, ReaderLanguage language) => ReaderText.Format(language, "Count.Rank", rank, of);
}
