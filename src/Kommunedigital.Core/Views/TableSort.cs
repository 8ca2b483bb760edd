using System.Globalization;

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
    private static readonly StringComparer NorwegianText = StringComparer.Create(CultureInfo.GetCultureInfo("nb-NO"), ignoreCase: true);

    /// <summary>By municipality code, ascending: the table's order when it opens.</summary>
    public static TableSort Default { get; } = new(TableColumn.MunicipalityCode, Descending: false);

    /// <summary>The sort after the reader activates <paramref name="column"/>'s header: the same column flips direction, another starts ascending.</summary>
    public TableSort Toggle(TableColumn column) => new(column, Column == column && !Descending);

    /// <summary>The aria-sort value of <paramref name="column"/>'s header: "ascending", "descending", or null when it is not the sort column.</summary>
    public string? AriaSort(TableColumn column) => column != Column ? null : Descending ? "descending" : "ascending";

    /// <summary>
    /// <paramref name="rows"/> in this order. <paramref name="entry"/> gives a row's municipality, score and rank;
    /// <paramref name="countyName"/> the county name shown in its row.
    /// </summary>
    public IReadOnlyList<T> Order<T>(IEnumerable<T> rows, Func<T, ChoroplethEntry> entry, Func<T, string> countyName)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(countyName);
        var sign = Descending ? -1 : 1;
        IOrderedEnumerable<T> ordered = Column switch
        {
            TableColumn.MunicipalityName => Text(rows, r => entry(r).Municipality.Name),
            TableColumn.CountyName => Text(rows, countyName),
            TableColumn.Value => rows.OrderBy(r => entry(r).Score?.Value is null).ThenBy(r => sign * (entry(r).Score?.Value ?? 0)),
            TableColumn.Rank => rows.OrderBy(r => entry(r).Rank is null).ThenBy(r => sign * (entry(r).Rank ?? 0)),
            _ => Descending ? rows.OrderByDescending(r => entry(r).Municipality.Code) : rows.OrderBy(r => entry(r).Municipality.Code),
        };
        return ordered.ThenBy(r => entry(r).Municipality.Code).ToList();
    }

    private IOrderedEnumerable<T> Text<T>(IEnumerable<T> rows, Func<T, string> key) =>
        Descending ? rows.OrderByDescending(key, NorwegianText) : rows.OrderBy(key, NorwegianText);
}
