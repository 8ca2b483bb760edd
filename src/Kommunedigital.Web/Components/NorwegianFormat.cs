using System.Globalization;
using Kommunedigital.Core.Survey;

namespace Kommunedigital.Web.Components;

/// <summary>How the UI writes numbers: bokmål, one decimal, decimal comma ("54,3").</summary>
public static class NorwegianFormat
{
    /// <summary>The nb-NO culture. Its minus sign is U+2212, which screen readers read as "minus".</summary>
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("nb-NO");

    /// <summary>"54,3".</summary>
    public static string Number(double value) => value.ToString("F1", Culture);

    /// <summary>"54,3", or the SSB reason ("Tall mangler") when missing; "Tall mangler" when there is no record.</summary>
    public static string Score(Score? score) => score switch
    {
        { Value: { } value } => Number(value),
        { Symbol: { } symbol } => SsbSymbolText.Reason(symbol),
        _ => SsbSymbolText.Reason(SsbSymbol.Missing),
    };

    /// <summary>"40,0–52,3" (en dash).</summary>
    public static string Range(double lower, double upper) => $"{Number(lower)}–{Number(upper)}";

    /// <summary>"nr. 12 av 356".</summary>
    public static string Rank(int rank, int of) =>
        string.Create(Culture, $"nr. {rank} av {of}");
}
