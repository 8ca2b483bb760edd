namespace Kommunedigital.Core.Views;

/// <summary>How the table view orders a model's entries: by one column, either way, ties by kommunenummer.</summary>
public static class EntryOrder
{
    /// <summary>Sort by kommunenummer (the default).</summary>
    public const string ByCode = "kommunenummer";

    /// <summary>Sort by name.</summary>
    public const string ByName = "kommune";

    /// <summary>Sort by county name.</summary>
    public const string ByCounty = "fylke";

    /// <summary>Sort by value.</summary>
    public const string ByValue = "verdi";

    /// <summary>Sort by national rank.</summary>
    public const string ByRank = "rang";

    /// <summary>
    /// <paramref name="entries"/> ordered by the column <paramref name="key"/> (<see cref="ByCode"/>, <see cref="ByName"/>, <see cref="ByCounty"/>,
    /// <see cref="ByValue"/> or <see cref="ByRank"/>; anything else orders by kommunenummer). Names and counties compare as bokmål text, ignoring case (Æ, Ø, Å last). Entries
    /// without a value or rank come last in either direction: missing is not a small number. Ties keep code order.
    /// </summary>
    public static IReadOnlyList<ChoroplethEntry> Sort(IEnumerable<ChoroplethEntry> entries, string key, bool descending)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var text = StringComparer.Create(ScoreText.Culture, ignoreCase: true);
        IOrderedEnumerable<ChoroplethEntry> ordered = key switch
        {
            ByName => descending ? entries.OrderByDescending(e => e.Municipality.Name, text) : entries.OrderBy(e => e.Municipality.Name, text),
            ByCounty => descending ? entries.OrderByDescending(e => e.CountyName, text) : entries.OrderBy(e => e.CountyName, text),
            ByValue => entries.OrderBy(e => e.Score?.Value is null)
                .ThenBy(e => descending ? -(e.Score?.Value ?? 0) : e.Score?.Value ?? 0),
            ByRank => entries.OrderBy(e => e.Rank is null)
                .ThenBy(e => descending ? -(e.Rank ?? 0) : e.Rank ?? 0),
            _ => descending ? entries.OrderByDescending(e => e.Municipality.Code) : entries.OrderBy(e => e.Municipality.Code),
        };
        return [.. ordered.ThenBy(e => e.Municipality.Code)];
    }
}
