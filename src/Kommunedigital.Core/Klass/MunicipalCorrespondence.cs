using System.Globalization;
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

    /// <summary>How much of an earlier municipality went into a later one.</summary>
    private enum FlowKind
    {
        /// <summary>All of it.</summary>
        Whole,

        /// <summary>SSB's grouping says all of it, but part of it became a new municipality.</summary>
        GroupedPart,

        /// <summary>Part of it: it was split.</summary>
        Part,

        /// <summary>Part of it became this new municipality.</summary>
        Origin,
    }

    private readonly record struct Flow(MunicipalityCode From, FlowKind Kind);

    /// <summary>Territory flows between boundary sets, later shape → incoming flows; each pair worked out once.</summary>
    private sealed class SetFlows
    {
        private readonly MunicipalNumbering _numbering;
        private readonly IReadOnlyList<BoundarySet> _sets;
        private readonly Dictionary<(int, int), Dictionary<MunicipalityCode, List<Flow>>> _memo = [];

        public SetFlows(MunicipalNumbering numbering)
        {
            _numbering = numbering;
            _sets = numbering.Boundaries.Sets;
        }

        private KlassTables Klass => _numbering.Klass;

        public Dictionary<MunicipalityCode, List<Flow>> Between(BoundarySet earlier, BoundarySet later) =>
            Pair(IndexOf(earlier), IndexOf(later));

        private int IndexOf(BoundarySet set)
        {
            for (var i = 0; i < _sets.Count; i++)
            {
                if (ReferenceEquals(_sets[i], set))
                {
                    return i;
                }
            }

            throw new InvalidOperationException("The set " + set.Id + " is not in the catalog.");
        }

        private Dictionary<MunicipalityCode, List<Flow>> Pair(int i, int j)
        {
            if (_memo.TryGetValue((i, j), out var known))
            {
                return known;
            }

            var later = _sets[j];
            var year = later.ValidFrom.Year;
            Dictionary<MunicipalityCode, List<Flow>> result;
            if (j == i + 1 && Klass.ChangeLists.FirstOrDefault(c => c.EffectiveYear == year) is { } list)
            {
                result = FromChangeList(_sets[i], later, list);
                Adjust(result, Klass.BoundaryAdjustments.Where(a => a.EffectiveYear == year).Select(a => a.Code));
            }
            else if (IsHarmonisationTarget(later))
            {
                result = ByGroups(i, j);
                var first = _sets[i].ValidFrom.Year;
                Adjust(result, Klass.BoundaryAdjustments
                    .Where(a => a.EffectiveYear > first && a.EffectiveYear <= year)
                    .Select(a => Klass.TryGetHarmonised(a.Code, out var h) && h.GroupMunicipality is { } g ? g : a.Code));
            }
            else if (j > i + 1)
            {
                result = Compose(Pair(i, j - 1), Pair(j - 1, j));
            }
            else
            {
                throw new KlassDataException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"KLASS: no change list takes effect on 1 January {year}, and the {later.Id} boundary set is not the structure KLASS harmonises to, so the municipalities of {_sets[i].Id} cannot be followed into it. Add the change list to data/klass.json."));
            }

            _memo[(i, j)] = result;
            return result;
        }

        private Dictionary<MunicipalityCode, List<Flow>> FromChangeList(BoundarySet earlier, BoundarySet later, CodeChangeList list)
        {
            var before = _numbering.ForYear(list.EffectiveYear - 1);
            if (before is null || !ReferenceEquals(before.Boundaries, earlier))
            {
                throw new InvalidOperationException($"{list.FileName}: the year before it is not drawn on the {earlier.Id} set.");
            }

            var result = new Dictionary<MunicipalityCode, List<Flow>>();
            var listed = list.Changes.ToLookup(c => c.From);
            foreach (var number in before.Numbers)
            {
                var changes = listed[number.Code].ToArray();
                if (changes.Length == 0)
                {
                    if (!later.Contains(number.Code))
                    {
                        throw new KlassDataException(string.Create(
                            CultureInfo.InvariantCulture,
                            $"{list.FileName}: {number.Code} {number.Name} is not listed, so it should continue in {later.Id}, but the {later.Id} boundary set has no {number.Code}."));
                    }

                    Add(result, number.Code, new Flow(number.ShapeCode, FlowKind.Whole));
                    continue;
                }

                var kind = changes.Length > 1 || changes.Any(c => c.Split) ? FlowKind.Part : FlowKind.Whole;
                foreach (var change in changes)
                {
                    Add(result, change.To, new Flow(number.ShapeCode, kind));
                }
            }

            var unknown = list.Changes.Select(c => c.From).Where(c => !before.TryGet(c, out _)).Distinct().Order().ToArray();
            if (unknown.Length > 0)
            {
                throw new KlassDataException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{list.FileName}: lists numbers that are not valid in {list.EffectiveYear - 1}: {string.Join(", ", unknown)}."));
            }

            return result;
        }

        private Dictionary<MunicipalityCode, List<Flow>> ByGroups(int i, int j)
        {
            var earlier = _sets[i];
            var later = _sets[j];
            var result = new Dictionary<MunicipalityCode, List<Flow>>();
            var throughNext = j > i + 1 ? Compose(Pair(i, i + 1), Pair(i + 1, j)) : null;
            foreach (var municipality in earlier.Municipalities)
            {
                if (Harmonised(municipality.Code, earlier).GroupMunicipality is { } group && later.Contains(group))
                {
                    Add(result, group, new Flow(municipality.Code, FlowKind.Whole));
                }
                else if (throughNext is not null)
                {
                    // Split (K.Rest): follow it through the next set, where a change list says where it went.
                    foreach (var (to, flows) in throughNext)
                    {
                        foreach (var flow in flows.Where(f => f.From == municipality.Code))
                        {
                            Add(result, to, flow);
                        }
                    }
                }
                else
                {
                    throw new KlassDataException(string.Create(
                        CultureInfo.InvariantCulture,
                        $"KLASS groups {municipality.Code} {municipality.Name} ({earlier.Id}) as {Harmonised(municipality.Code, earlier).GroupCode}, and no change list says which municipalities of {later.Id} it became."));
                }
            }

            // A municipality with no earlier number of its own: trace its territory through older group members.
            foreach (var municipality in later.Municipalities.Where(m => !result.ContainsKey(m.Code)))
            {
                for (var k = 0; k < i; k++)
                {
                    var members = _sets[k].Municipalities
                        .Where(m => Harmonised(m.Code, _sets[k]).GroupMunicipality == municipality.Code)
                        .Select(m => m.Code)
                        .ToHashSet();
                    if (members.Count == 0)
                    {
                        continue;
                    }

                    var sources = Pair(k, i)
                        .Where(p => p.Value.Any(f => members.Contains(f.From)))
                        .Select(p => p.Key)
                        .Order()
                        .ToArray();
                    foreach (var source in sources)
                    {
                        Add(result, municipality.Code, new Flow(source, FlowKind.Origin));
                        foreach (var flows in result.Values)
                        {
                            for (var f = 0; f < flows.Count; f++)
                            {
                                if (flows[f].From == source && flows[f].Kind == FlowKind.Whole)
                                {
                                    flows[f] = flows[f] with { Kind = FlowKind.GroupedPart };
                                }
                            }
                        }
                    }

                    break;
                }
            }

            return result;
        }

        /// <summary>A municipality whose boundary changed under its number: its whole predecessor becomes a changed territory.</summary>
        private static void Adjust(Dictionary<MunicipalityCode, List<Flow>> result, IEnumerable<MunicipalityCode> changed)
        {
            foreach (var code in changed)
            {
                if (result.TryGetValue(code, out var flows))
                {
                    for (var f = 0; f < flows.Count; f++)
                    {
                        if (flows[f].Kind == FlowKind.Whole)
                        {
                            flows[f] = flows[f] with { Kind = FlowKind.GroupedPart };
                        }
                    }
                }
            }
        }

        private HarmonisedNumber Harmonised(MunicipalityCode code, BoundarySet set) =>
            Klass.TryGetHarmonised(code, out var number)
                ? number
                : throw new KlassDataException($"KLASS harmonisation does not know the number {code} of the {set.Id} boundary set.");

        private bool IsHarmonisationTarget(BoundarySet set) =>
            set.Municipalities.All(m => Klass.TryGetHarmonised(m.Code, out var h) && h.GroupMunicipality == m.Code);

        private static Dictionary<MunicipalityCode, List<Flow>> Compose(
            Dictionary<MunicipalityCode, List<Flow>> first, Dictionary<MunicipalityCode, List<Flow>> second)
        {
            // first: middle → flows from earlier; second: later → flows from middle.
            var result = new Dictionary<MunicipalityCode, List<Flow>>();
            foreach (var (later, fromMiddle) in second)
            {
                foreach (var middle in fromMiddle)
                {
                    if (!first.TryGetValue(middle.From, out var fromEarlier))
                    {
                        continue;
                    }

                    foreach (var earlier in fromEarlier)
                    {
                        var kind = (earlier.Kind, middle.Kind) switch
                        {
                            (FlowKind.Whole, FlowKind.Whole) => FlowKind.Whole,
                            (FlowKind.Whole or FlowKind.GroupedPart, FlowKind.Whole or FlowKind.GroupedPart) => FlowKind.GroupedPart,
                            (_, FlowKind.Origin) => FlowKind.Origin,
                            _ => FlowKind.Part,
                        };
                        var flows = result.TryGetValue(later, out var existing) ? existing : result[later] = [];
                        var index = flows.FindIndex(f => f.From == earlier.From);
                        if (index < 0)
                        {
                            flows.Add(new Flow(earlier.From, kind));
                        }
                        else if (flows[index].Kind != kind)
                        {
                            // Reached by two paths: some of it came one way, some another.
                            flows[index] = flows[index] with { Kind = FlowKind.Part };
                        }
                    }
                }
            }

            return result;
        }

        private static void Add(Dictionary<MunicipalityCode, List<Flow>> result, MunicipalityCode to, Flow flow)
        {
            var flows = result.TryGetValue(to, out var existing) ? existing : result[to] = [];
            if (!flows.Contains(flow))
            {
                flows.Add(flow);
            }
        }
    }
}
