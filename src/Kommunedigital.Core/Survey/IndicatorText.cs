using System.Diagnostics.CodeAnalysis;
using Kommunedigital.Core.Resources;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Core.Survey;

/// <summary>
/// The public names of <see cref="Indicator"/>: the URL slug ("kompetanse", part of shared links,
/// so never renamed, in every language) and the label shown to people in the reader's language.
/// </summary>
public static class IndicatorText
{
    /// <summary>All indicators in display order.</summary>
    public static IReadOnlyList<Indicator> All { get; } = [Indicator.Prioritering, Indicator.Kompetanse, Indicator.Aktivitet];

    /// <summary>URL and file-name slug: "prioritering", "kompetanse", "aktivitet".</summary>
    public static string Slug(Indicator indicator) => indicator switch
    {
        Indicator.Prioritering => "prioritering",
        Indicator.Kompetanse => "kompetanse",
        Indicator.Aktivitet => "aktivitet",
        _ => throw new ArgumentOutOfRangeException(nameof(indicator)),
    };

    /// <summary>Bokmål label: "Digital prioritering", "Digital kompetanse", "Digital aktivitet".</summary>
    public static string Label(Indicator indicator) => Label(indicator, ReaderLanguage.Bokmal);

    /// <summary>
    /// The label in <paramref name="language"/>: "Digital prioritering" / "Digital priority", "Digital kompetanse" /
    /// "Digital competence", "Digital aktivitet" / "Digital activity".
    /// </summary>
    public static string Label(Indicator indicator, ReaderLanguage language) => indicator switch
    {
        Indicator.Prioritering => ReaderText.Get(language, "Indicator.Prioritering"),
        Indicator.Kompetanse => ReaderText.Get(language, "Indicator.Kompetanse"),
        Indicator.Aktivitet => ReaderText.Get(language, "Indicator.Aktivitet"),
        _ => throw new ArgumentOutOfRangeException(nameof(indicator)),
    };

    /// <summary>Accepts the slug, case-insensitively.</summary>
    public static bool TryParseSlug([NotNullWhen(true)] string? slug, out Indicator indicator)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(Slug(candidate), slug?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                indicator = candidate;
                return true;
            }
        }

        indicator = default;
        return false;
    }
}
