using System.Globalization;
using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Klass;
using Kommunedigital.Core.Survey;

namespace Kommunedigital.Core.Views;

/// <summary>
/// A municipality's history across the survey years, following SSB KLASS's correspondence through the 2020 and 2024
/// reforms (Tromsø 1902 → 5401 → 5501), and following a selection when the year changes.
/// </summary>
public static class MunicipalityHistory
{
    /// <summary>
    /// One <see cref="HistoryYear"/> per dataset year, oldest first, for the municipality drawn as
    /// <paramref name="shape"/> in <paramref name="year"/>. Empty when the snapshot has no correspondence.
    /// </summary>
    public static IReadOnlyList<HistoryYear> Build(DataSnapshot data, int year, MunicipalityCode shape)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Correspondence is not { } correspondence || correspondence.Numbering.ForYear(year) is not { } own ||
            !own.TryGetByShape(shape, out var self))
        {
            return [];
        }

        var result = new List<HistoryYear>();
        foreach (var other in MapViewQuery.Years(data))
        {
            if (other == year)
            {
                result.Add(Year(data, other, TerritoryRelation.SameTerritory, [self], null));
            }
            else if (other < year && correspondence.Between(other, year) is { } back && back.TryGetByLaterShape(shape, out var succession))
            {
                var entries = succession.Predecessors.Select(p => p.Number).ToArray();
                result.Add(Year(data, other, succession.Relation, entries, EarlierNote(succession, self, other, year)));
            }
            else if (other > year && correspondence.Between(year, other) is { } forward)
            {
                var successors = forward.SuccessorsOf(shape);
                if (successors.Count == 0)
                {
                    continue;
                }

                var relation = successors.Count == 1 && successors[0].IsComparable
                    ? TerritoryRelation.SameTerritory
                    : successors.Count == 1 ? successors[0].Relation : TerritoryRelation.SplitSuccessor;
                result.Add(Year(data, other, relation, successors.Select(s => s.Later).ToArray(), LaterNote(successors, self, year, other)));
            }
        }

        return result;
    }

    /// <summary>
    /// Where a selection goes when the reader switches from <paramref name="fromYear"/> to <paramref name="toYear"/>: the
    /// same territory under that year's shape (5501 in 2024 → 5401 in 2022), a municipality it wholly became part of
    /// (Trøgstad 2018 → Indre Østfold 2022, with a note), or none, with a bokmål note saying why (merged from several,
    /// split, new).
    /// </summary>
    public static FollowedSelection Follow(MunicipalCorrespondence correspondence, MunicipalityCode shape, int fromYear, int toYear)
    {
        ArgumentNullException.ThrowIfNull(correspondence);
        var from = correspondence.Numbering.ForYear(fromYear);
        if (from is null || !from.TryGetByShape(shape, out var self))
        {
            return new FollowedSelection(null, null);
        }

        var to = Label(toYear);
        if (toYear < fromYear && correspondence.Between(toYear, fromYear) is { } back && back.TryGetByLaterShape(shape, out var succession))
        {
            return succession.Relation switch
            {
                TerritoryRelation.SameTerritory => new FollowedSelection(succession.Predecessors[0].Number.ShapeCode, null),
                TerritoryRelation.ChangedTerritory => new FollowedSelection(
                    succession.Predecessors[0].Number.ShapeCode,
                    $"{Name(self)} hadde andre grenser i {to}. Viser {Name(succession.Predecessors[0].Number)} slik kommunen var da."),
                _ when succession.Predecessors.Count == 0 => new FollowedSelection(null, $"{Name(self)} fantes ikke i {to}. Ingen kommune er valgt."),
                _ => new FollowedSelection(
                    null,
                    $"{Name(self)} fantes ikke i {to}; området var {(succession.Relation == TerritoryRelation.Merged ? "" : "helt eller delvis ")}{List(succession.Predecessors.Select(p => p.Number))}. Ingen kommune er valgt."),
            };
        }

        if (toYear > fromYear && correspondence.Between(fromYear, toYear) is { } forward)
        {
            var successors = forward.SuccessorsOf(shape);
            if (successors.Count == 1)
            {
                var successor = successors[0];
                return new FollowedSelection(
                    successor.Later.ShapeCode,
                    successor.IsComparable ? null : $"{LaterNote(successors, self, fromYear, toYear)} Viser {Name(successor.Later)}.");
            }

            if (successors.Count > 1)
            {
                return new FollowedSelection(null, $"{LaterNote(successors, self, fromYear, toYear)} Ingen kommune er valgt.");
            }
        }

        return toYear == fromYear || ReferenceEquals(correspondence.Numbering.ForYear(toYear)?.Boundaries, from.Boundaries)
            ? new FollowedSelection(shape, null)
            : new FollowedSelection(null, $"{Name(self)} har ingen tilsvarende kommune i {to}. Ingen kommune er valgt.");
    }

    private static HistoryYear Year(DataSnapshot data, int year, TerritoryRelation relation, IReadOnlyList<ValidNumber> numbers, string? note)
    {
        var structure = data.Boundaries.ForYear(year)!;
        var medians = IndicatorText.All.Select(indicator =>
        {
            var values = structure.Municipalities
                .Select(m => data.Dataset.Get(m.Code, year, indicator)?.Value)
                .OfType<double>()
                .ToArray();
            Array.Sort(values);
            return ScoreStatistics.Median(values);
        }).ToArray();
        var entries = numbers
            .OrderBy(n => n.Code)
            .Select(n => new HistoryEntry(n, IndicatorText.All.Select(i => data.Dataset.Get(n.ShapeCode, year, i)).ToArray()))
            .ToArray();
        return new HistoryYear(year, relation, entries, medians, note);
    }

    /// <summary>Why an earlier year of <paramref name="self"/> (profile year <paramref name="laterYear"/>) shows what it shows.</summary>
    private static string? EarlierNote(Succession succession, ValidNumber self, int earlierYear, int laterYear)
    {
        var names = List(succession.Predecessors.Select(p => p.Number));
        var then = Label(earlierYear);
        return succession.Relation switch
        {
            TerritoryRelation.SameTerritory => succession.Predecessors[0].Number is var p && (p.Code != self.Code || p.Name != self.Name)
                ? $"I {then} var det {Name(p)}."
                : null,
            TerritoryRelation.Merged =>
                $"{self.Name} ble dannet etter {then} av {names}. Verdiene gjelder de tidligere kommunene hver for seg og kan ikke slås sammen til ett tall.",
            TerritoryRelation.SplitSuccessor =>
                $"{self.Name} fikk etter {then} deler av en kommune som ble delt ({List(succession.Predecessors.Where(p => !p.Whole).Select(p => p.Number))}), og kan ikke sammenlignes med {names}.",
            TerritoryRelation.ChangedTerritory =>
                $"{Name(succession.Predecessors[0].Number)} hadde andre grenser i {then}, og kan ikke sammenlignes direkte.",
            TerritoryRelation.New => succession.Predecessors.Count == 0
                ? $"{self.Name} fantes ikke i {then}."
                : $"{self.Name} fantes ikke i {then}; området var en del av {names}.",
            _ => null,
        };
    }

    /// <summary>Why a later year of <paramref name="self"/> (profile year <paramref name="earlierYear"/>) shows what it shows.</summary>
    private static string? LaterNote(IReadOnlyList<Succession> successors, ValidNumber self, int earlierYear, int laterYear)
    {
        var later = Label(laterYear);
        if (successors.Count > 1)
        {
            return $"{Name(self)} ble etter {Label(earlierYear)} delt mellom {List(successors.Select(s => s.Later))}; ingen av dem har samme område.";
        }

        var successor = successors[0];
        return successor.Relation switch
        {
            TerritoryRelation.SameTerritory => successor.Later.Code != self.Code || successor.Later.Name != self.Name
                ? $"I {later} er det {Name(successor.Later)}."
                : null,
            TerritoryRelation.Merged => $"{Name(self)} ble etter {Label(earlierYear)} en del av {Name(successor.Later)}, slått sammen av {List(successor.Predecessors.Select(p => p.Number))}.",
            TerritoryRelation.ChangedTerritory => $"{Name(successor.Later)} har andre grenser i {later} enn {Name(self)} hadde i {Label(earlierYear)}.",
            _ => $"{Name(self)} ble etter {Label(earlierYear)} en del av {Name(successor.Later)}, som også fikk område fra andre kommuner.",
        };
    }

    private static string Name(ValidNumber number) => $"{number.Name} ({number.Code.Value})";

    private static string Label(int year) => year.ToString(CultureInfo.InvariantCulture);

    /// <summary>"A", "A og B", "A, B og C".</summary>
    private static string List(IEnumerable<ValidNumber> numbers)
    {
        var names = numbers.Select(n => n.Name).ToArray();
        return names.Length <= 1 ? string.Concat(names) : string.Join(", ", names[..^1]) + " og " + names[^1];
    }
}
