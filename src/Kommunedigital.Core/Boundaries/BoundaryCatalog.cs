namespace Kommunedigital.Core.Boundaries;

/// <summary>
/// All loaded boundary structures. A survey year is drawn on the structure in force on
/// 1 January of that year: 2018-2019 on 2018, 2020-2023 on 2020, 2024 and later on 2024.
/// </summary>
public sealed class BoundaryCatalog
{
    /// <param name="sets">At least one set; ids must be unique.</param>
    public BoundaryCatalog(IEnumerable<BoundarySet> sets)
    {
        Sets = sets.OrderBy(s => s.ValidFrom).ToArray();
        if (Sets.Count == 0)
        {
            throw new ArgumentException("A boundary catalog needs at least one boundary set.", nameof(sets));
        }
    }

    /// <summary>Sets ordered by <see cref="BoundarySet.ValidFrom"/>, oldest first.</summary>
    public IReadOnlyList<BoundarySet> Sets { get; }

    /// <summary>
    /// The structure in force on 1 January of <paramref name="year"/>, or null for a year before
    /// the oldest set.
    /// </summary>
    public BoundarySet? ForYear(int year)
    {
        var firstOfJanuary = new DateOnly(year, 1, 1);
        return Sets.LastOrDefault(s => s.ValidFrom <= firstOfJanuary);
    }

    /// <summary>The set with this id ("2018", "2020", "2024"), or null.</summary>
    public BoundarySet? ById(string id) => Sets.FirstOrDefault(s => s.Id == id);
}
