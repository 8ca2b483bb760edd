using System.Globalization;
using Kommunedigital.Core.Boundaries;

namespace Kommunedigital.Core.Views;

/// <summary>
/// What the "Finn kommune" search offers for a typed text, within one year's structure. Digits match municipality
/// numbers by prefix, with or without the leading zero ("301" and "0301" both find Oslo), in code order. Other text
/// matches names anywhere, ignoring case and accents but not the Norwegian letters (nb-NO: "bae" does not find
/// Bærum, "bæ" does): names that start with the text first, then the rest, each in Norwegian alphabetical order.
/// </summary>
public static class MunicipalityMatcher
{
    /// <summary>How many matches the search list shows.</summary>
    public const int DefaultLimit = 10;

    /// <summary>At most <paramref name="limit"/> municipalities of <paramref name="structure"/> matching <paramref name="text"/>; none for blank text.</summary>
    public static IReadOnlyList<Municipality> Find(BoundarySet structure, string? text, int limit = DefaultLimit)
    {
        ArgumentNullException.ThrowIfNull(structure);
        var query = text?.Trim() ?? string.Empty;
        if (query.Length == 0)
        {
            return [];
        }

        if (query.All(char.IsAsciiDigit))
        {
            return structure.Municipalities
                .Where(m => m.Code.Value.StartsWith(query, StringComparison.Ordinal) || m.Code.Value.TrimStart('0').StartsWith(query, StringComparison.Ordinal))
                .Take(limit)
                .ToList();
        }

        var compare = ScoreText.Culture.CompareInfo;
        const CompareOptions options = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace;
        return structure.Municipalities
            .Select(m => (Municipality: m, Index: compare.IndexOf(m.Name, query, options)))
            .Where(x => x.Index >= 0)
            .OrderBy(x => x.Index == 0 ? 0 : 1)
            .ThenBy(x => x.Municipality.Name, StringComparer.Create(ScoreText.Culture, ignoreCase: true))
            .Take(limit)
            .Select(x => x.Municipality)
            .ToList();
    }
}
