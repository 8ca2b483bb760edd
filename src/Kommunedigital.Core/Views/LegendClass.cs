namespace Kommunedigital.Core.Views;

/// <summary>One class of the legend: values v with Lower &lt;= v &lt;= Upper (the first class closed below, the rest open below).</summary>
/// <param name="Index">0 = lowest values.</param>
/// <param name="Lower">Lowest value of the class (the previous class's upper break, or the minimum).</param>
/// <param name="Upper">Upper break.</param>
/// <param name="Colour">"#rrggbb".</param>
/// <param name="Count">Municipalities in the selection that fall in this class.</param>
public sealed record LegendClass(int Index, double Lower, double Upper, string Colour, int Count);
