using System.Globalization;
using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Klass;
using Kommunedigital.Core.Resources;
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
    public static IReadOnlyList<HistoryYear> Build(DataSnapshot data, int year, MunicipalityCode shape, ReaderLanguage language = ReaderLanguage.Bokmal)
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
                result.Add(Year(data, other, succession.Relation, entries, EarlierNote(succession, self, other, year, language)));
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
                result.Add(Year(data, other, relation, successors.Select(s => s.Later).ToArray(), LaterNote(successors, self, year, other, language)));
            }
        }

        return result;
    }

    /// <summary>
    /// Where a selection goes when the reader switches from <paramref name="fromYear"/> to <paramref name="toYear"/>: the
    /// same territory under that year's shape (5501 in 2024 → 5401 in 2022), a municipality it wholly became part of
    /// (Trøgstad 2018 → Indre Østfold 2022, with a note), or none, with a note in the reader's language saying why (merged from several,
    /// split, new).
    /// </summary>
    public static FollowedSelection Follow(MunicipalCorrespondence correspondence, MunicipalityCode shape, int fromYear, int toYear, ReaderLanguage language = ReaderLanguage.Bokmal)
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
                    T(language, "History.OtherBoundariesThen", Name(self), to, Name(succession.Predecessors[0].Number))),
                _ when succession.Predecessors.Count == 0 => new FollowedSelection(null, T(language, "History.DidNotExistNoneSelected", Name(self), to)),
                _ => new FollowedSelection(
                    null,
                    T(language, succession.Relation == TerritoryRelation.Merged ? "History.DidNotExistAreaWas" : "History.DidNotExistAreaWasPartly", Name(self), to, List(succession.Predecessors.Select(p => p.Number), language))),
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
                    successor.IsComparable ? null : T(language, "History.NoteShowing", LaterNote(successors, self, fromYear, toYear, language), Name(successor.Later)));
            }

            if (successors.Count > 1)
            {
                return new FollowedSelection(null, T(language, "History.NoteNoneSelected", LaterNote(successors, self, fromYear, toYear, language)));
            }
        }

        return toYear == fromYear || ReferenceEquals(correspondence.Numbering.ForYear(toYear)?.Boundaries, from.Boundaries)
            ? new FollowedSelection(shape, null)
            : new FollowedSelection(null, T(language, "History.NoCounterpart", Name(self), to));
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
    private static string? EarlierNote(Succession succession, ValidNumber self, int earlierYear, int laterYear, ReaderLanguage language)
    {
        var names = List(succession.Predecessors.Select(p => p.Number), language);
        var then = Label(earlierYear);
        return succession.Relation switch
        {
            TerritoryRelation.SameTerritory => succession.Predecessors[0].Number is var p && (p.Code != self.Code || p.Name != self.Name)
                ? T(language, "History.ThenItWas", then, Name(p))
                : null,
            TerritoryRelation.Merged =>
                T(language, "History.FormedFrom", self.Name, then, names),
            TerritoryRelation.SplitSuccessor =>
                T(language, "History.GotPartOfSplit", self.Name, then, List(succession.Predecessors.Where(p => !p.Whole).Select(p => p.Number), language), names),
            TerritoryRelation.ChangedTerritory =>
                T(language, "History.OtherBoundariesNotComparable", Name(succession.Predecessors[0].Number), then),
            TerritoryRelation.New => succession.Predecessors.Count == 0
                ? T(language, "History.DidNotExist", self.Name, then)
                : T(language, "History.DidNotExistPartOf", self.Name, then, names),
            _ => null,
        };
    }

    /// <summary>Why a later year of <paramref name="self"/> (profile year <paramref name="earlierYear"/>) shows what it shows.</summary>
    private static string? LaterNote(IReadOnlyList<Succession> successors, ValidNumber self, int earlierYear, int laterYear, ReaderLanguage language)
    {
        var later = Label(laterYear);
        if (successors.Count > 1)
        {
            return T(language, "History.SplitBetween", Name(self), Label(earlierYear), List(successors.Select(s => s.Later), language));
        }

        var successor = successors[0];
        return successor.Relation switch
        {
            TerritoryRelation.SameTerritory => successor.Later.Code != self.Code || successor.Later.Name != self.Name
                ? T(language, "History.LaterItIs", later, Name(successor.Later))
                : null,
            TerritoryRelation.Merged => T(language, "History.MergedInto", Name(self), Label(earlierYear), Name(successor.Later), List(successor.Predecessors.Select(p => p.Number), language)),
            TerritoryRelation.ChangedTerritory => T(language, "History.ChangedBoundariesLater", Name(successor.Later), later, Name(self), Label(earlierYear)),
            _ => T(language, "History.PartOfWithOthers", Name(self), Label(earlierYear), Name(successor.Later)),
        };
    }

    private static string Name(ValidNumber number) => $"{number.Name} ({number.Code.Value})";

    private static string Label(int year) => year.ToString(CultureInfo.InvariantCulture);

    /// <summary>"A", "A og B", "A, B og C" ("A, B and C" in English).</summary>
    private static string List(IEnumerable<ValidNumber> numbers, ReaderLanguage language)
    {
        var names = numbers.Select(n => n.Name).ToArray();
        return names.Length <= 1 ? string.Concat(names) : string.Join(", ", names[..^1]) + ReaderText.Get(language, "History.ListAnd") + names[^1];
    }

    private static string T(ReaderLanguage language, string key, params object?[] args) => ReaderText.Format(language, key, args);
}
