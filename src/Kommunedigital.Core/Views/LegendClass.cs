namespace Kommunedigital.Core.Views;

/// <summary>One class of the legend: values v with Lower &lt;= v &lt;= Upper (the first class closed below, the rest open below).</summary>
/// <param name="Index">0 = lowest values.</param>
/// <param name="Lower">Lowest value of the class (the previous class's upper break, or the minimum).</param>
/// <param name="Upper">Upper break.</param>
/// <param name="Colour">"#rrggbb".</param>
/// <param name="Count">Municipalities in the selection that fall in this class.</param>
/// <param name="RangeText">"40,0–52,3" (<see cref="ScoreText.Range(double, double, ReaderLanguage)"/>).</param>
/// <param name="CountText">"71 kommuner" (<see cref="Views.CountText.Municipalities(int, ReaderLanguage)"/>).</param>
public sealed record LegendClass(int Index, double Lower, double Upper, string Colour, int Count, string RangeText, string CountText)
{
    /// <summary>The class with its texts written by <see cref="ScoreText"/> and <see cref="Views.CountText"/>.</summary>
    public static LegendClass Of(int index, double lower, double upper, string colour, int count, ReaderLanguage language = ReaderLanguage.Bokmal) =>
        new(index, lower, upper, colour, count, ScoreText.Range(lower, upper, language), Views.CountText.Municipalities(count, language));

    /// <summary>A change view's class, its range signed at both ends (<see cref="ChangeComparison.SignedRange(double, double, ReaderLanguage)"/>): "−4,5 – −1,5".</summary>
    public static LegendClass OfChange(int index, double lower, double upper, string colour, int count, ReaderLanguage language = ReaderLanguage.Bokmal) =>
        new(index, lower, upper, colour, count, ChangeComparison.SignedRange(lower, upper, language), Views.CountText.Municipalities(count, language));
}
