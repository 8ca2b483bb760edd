using Kommunedigital.Core.Views;

namespace Kommunedigital.Core.Export;

/// <summary>Builds the rows of a change view's CSV, Excel and GeoJSON downloads from its model.</summary>
public static class ChangeTable
{
    /// <summary>
    /// One row per municipality of <paramref name="model"/>'s selection, in its order (later year's codes), read from the
    /// entries' <see cref="ChoroplethEntry.Change"/>: the numbers and names the map shows, both years' scores, the
    /// difference and rank, and the comparability with its explanation.
    /// </summary>
    /// <exception cref="ArgumentException">The model is not a change view.</exception>
    public static IReadOnlyList<ChangeRow> FromModel(ChoroplethModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var change = model.Change ?? throw new ArgumentException("The model is not a change view.", nameof(model));
        return [.. model.Selected.Select(e => Row(change, e))];
    }

    /// <summary>The row of one entry of a change view.</summary>
    public static ChangeRow Row(ChangeComparison change, ChoroplethEntry entry)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(entry);
        var item = entry.Change ?? throw new ArgumentException("The entry is not from a change view.", nameof(entry));
        var succession = item.Succession;
        var sameTerritory = succession.IsComparable;
        return new ChangeRow(
            entry.Number,
            entry.Name,
            entry.Municipality.County,
            entry.CountyName,
            change.Indicator,
            change.EarlierYear,
            string.Join(", ", succession.Predecessors.Select(p => p.Number.Code.Value)),
            string.Join(", ", succession.Predecessors.Select(p => p.Number.Name)),
            sameTerritory ? item.Earlier : null,
            sameTerritory ? ScoreStatus.Code(item.Earlier, change.Language) : string.Empty,
            change.LaterYear,
            item.Later,
            ScoreStatus.Code(item.Later, change.Language),
            item.Difference,
            item.Rank,
            change.StatusLabel(item.Status),
            item.Tooltip);
    }
}
