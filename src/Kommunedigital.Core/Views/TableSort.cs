namespace Kommunedigital.Core.Views;

/// <summary>
/// How the table view is sorted: a column and a direction. Names and county names sort in Norwegian order
/// (nb-NO, ignoring case: "Aremark" … "Øygarden", "Ål", "Åsnes"); missing values and unranked municipalities sort
/// last in either direction, because they are not small numbers; ties keep municipality-code order.
/// </summary>
/// <param name="Column">The column sorted by.</param>
/// <param name="Descending">True for largest (or last in the alphabet) first.</param>
public sealed record TableSort(TableColumn Column, bool Descending)
{
    private static readonly StringComparer NorwegianText = StringComparer.Create(ScoreText.Culture, ignoreCase: true);

    /// <summary>By municipality code, ascending: the table's order when it opens.</summary>
    public static TableSort Default { get; } = new(TableColumn.MunicipalityCode, Descending: false);

    /// <summary>The sort after the reader activates <paramref name="column"/>'s header: the same column flips direction, another starts ascending.</summary>
    public TableSort Toggle(TableColumn column) => new(column, Column == column && !Descending);

    /// <summary>The aria-sort value of <paramref name="column"/>'s header: "ascending", "descending", or null when it is not the sort column.</summary>
    public string? AriaSort(TableColumn column) => column != Column ? null : Descending ? "descending" : "ascending";

    /// <summary><paramref name="entries"/> in this order (county names from <see cref="ChoroplethEntry.CountyName"/>).</summary>
    public IReadOnlyList<ChoroplethEntry> Order(IEnumerable<ChoroplethEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var sign = Descending ? -1 : 1;
        IOrderedEnumerable<ChoroplethEntry> ordered = Column switch
        {
            TableColumn.MunicipalityName => Text(entries, e => e.Name),
            TableColumn.CountyName => Text(entries, e => e.CountyName),
            TableColumn.Value => entries.OrderBy(e => e.MappedValue is null).ThenBy(e => sign * (e.MappedValue ?? 0)),
            TableColumn.Rank => entries.OrderBy(e => e.Rank is null).ThenBy(e => sign * (e.Rank ?? 0)),
            _ => Descending ? entries.OrderByDescending(e => e.Number) : entries.OrderBy(e => e.Number),
        };
        return ordered.ThenBy(e => e.Municipality.Code).ToList();
    }

    private IOrderedEnumerable<ChoroplethEntry> Text(IEnumerable<ChoroplethEntry> entries, Func<ChoroplethEntry, string> key) =>
        Descending ? entries.OrderByDescending(key, NorwegianText) : entries.OrderBy(key, NorwegianText);
}
