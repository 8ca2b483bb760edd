using Kommunedigital.Core.Boundaries;

namespace Kommunedigital.Core.Klass;

/// <summary>
/// The correspondence between every pair of survey years (earlier ≤ later), built once from the boundary sets and
/// SSB's KLASS files; immutable and safe to share. See <see cref="YearCorrespondence"/> for one pair.
/// </summary>
/// <remarks>
/// Territory flows are worked out between boundary sets, then given each year's numbers and names:
/// <list type="bullet">
/// <item>Towards a set that takes effect with a change list (2018 → 2020), the list says where each number valid the
/// day before went; a number listed with several successors, or marked <c>splittes</c>, went there in part. A number
/// not listed continued unchanged.</item>
/// <item>Towards the set SSB harmonises to (2024: each of its codes is its own group <c>K.NNNN</c>), a number grouped
/// <c>K.NNNN</c> went wholly into NNNN; a number grouped <c>K.Rest</c> (split) is followed through the sets in
/// between. A municipality of that set with no earlier number of its own group (Haram 1580 against 2020) is new; its
/// territory is traced through the older group members (Haram 1534 of 2018 → Ålesund 1507 of 2020), and the municipality
/// it came out of counts as having lost part of its territory (Ålesund 1507 → 1508 is then a changed territory, not
/// the same one, although SSB groups it so).</item>
/// <item>Between sets further apart the flows are composed; a part of a part is a part.</item>
/// <item>A <see cref="BoundaryAdjustment"/> (a territory change under an unchanged number that KLASS does not show,
/// found by geometry) makes the municipality a changed territory for every pair of years across it.</item>
/// </list>
/// Two years on the same set (2018 and 2019) correspond one to one, shape by shape.
/// </remarks>
public sealed class MunicipalCorrespondence
{
    private readonly Dictionary<(int Earlier, int Later), YearCorrespondence> _pairs;

    private MunicipalCorrespondence(MunicipalNumbering numbering, IReadOnlyList<int> years, Dictionary<(int, int), YearCorrespondence> pairs)
    {
        Numbering = numbering;
        Years = years;
        _pairs = pairs;
    }

    /// <summary>The numbering of each year the correspondence was built on.</summary>
    public MunicipalNumbering Numbering { get; }

    /// <summary>The years covered, oldest first.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>
    /// The correspondence from <paramref name="earlierYear"/> to <paramref name="laterYear"/> (equal years give the
    /// identity), or null when either year is not in <see cref="Years"/> or the years are in the wrong order.
    /// </summary>
    public YearCorrespondence? Between(int earlierYear, int laterYear) =>
        _pairs.TryGetValue((earlierYear, laterYear), out var pair) ? pair : null;

    /// <summary>
    /// Builds the correspondence for every pair of the years the numbering knows plus <paramref name="extraYears"/>
    /// (survey years after the last known change, say). Years before the oldest boundary set are ignored.
    /// </summary>
    /// <exception cref="KlassDataException">The KLASS files cannot say where a municipality went (a split without a change list).</exception>
    public static MunicipalCorrespondence Create(MunicipalNumbering numbering, IEnumerable<int>? extraYears = null)
    {
        ArgumentNullException.ThrowIfNull(numbering);
        var years = numbering.KnownYears
            .Concat(extraYears ?? [])
            .Where(y => numbering.ForYear(y) is not null)
            .Distinct()
            .Order()
            .ToArray();
        var flows = new SetFlows(numbering);
        var pairs = new Dictionary<(int, int), YearCorrespondence>();
        foreach (var earlier in years)
        {
            foreach (var later in years.Where(y => y >= earlier))
            {
                pairs[(earlier, later)] = Correspond(numbering.ForYear(earlier)!, numbering.ForYear(later)!, flows);
            }
        }

        return new MunicipalCorrespondence(numbering, years, pairs);
    }

    private static YearCorrespondence Correspond(YearNumbering earlier, YearNumbering later, SetFlows flows)
    {
        if (ReferenceEquals(earlier.Boundaries, later.Boundaries))
        {
            var same = later.Numbers
                .Select(n => new Succession(n, TerritoryRelation.SameTerritory, [new Predecessor(EarlierNumber(earlier, n.ShapeCode), true)]))
                .ToArray();
            return new YearCorrespondence(earlier, later, same);
        }

        var incoming = flows.Between(earlier.Boundaries, later.Boundaries);
        var successions = later.Numbers.Select(n =>
        {
            var edges = incoming.TryGetValue(n.ShapeCode, out var list) ? list : [];
            var predecessors = edges
                .Select(e => new Predecessor(EarlierNumber(earlier, e.From), e.Kind == FlowKind.Whole))
                .OrderBy(p => p.Number.Code)
                .ToArray();
            return new Succession(n, Classify(edges), predecessors);
        }).ToArray();
        return new YearCorrespondence(earlier, later, successions);
    }

    private static TerritoryRelation Classify(IReadOnlyList<Flow> edges)
    {
        if (edges.Count == 0 || edges.All(e => e.Kind == FlowKind.Origin))
        {
            return TerritoryRelation.New;
        }

        if (edges.Any(e => e.Kind is FlowKind.Part or FlowKind.Origin))
        {
            return TerritoryRelation.SplitSuccessor;
        }

        if (edges.Any(e => e.Kind == FlowKind.GroupedPart))
        {
            return TerritoryRelation.ChangedTerritory;
        }

        return edges.Count == 1 ? TerritoryRelation.SameTerritory : TerritoryRelation.Merged;
    }

    private static ValidNumber EarlierNumber(YearNumbering earlier, MunicipalityCode shape) =>
        earlier.TryGetByShape(shape, out var number)
            ? number
            : throw new InvalidOperationException($"No number of {earlier.Year} denotes the shape {shape}.");
}
