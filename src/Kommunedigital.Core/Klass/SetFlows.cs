using System.Globalization;
using Kommunedigital.Core.Boundaries;

namespace Kommunedigital.Core.Klass;

/// <summary>Territory flows between boundary sets, later shape → incoming flows; each pair worked out once.</summary>
internal sealed class SetFlows
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
