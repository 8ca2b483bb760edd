using System.Globalization;
using Kommunedigital.Core.Boundaries;

namespace Kommunedigital.Core.Klass;

/// <summary>
/// Which municipality numbers are valid on 1 January of each survey year, the shape each denotes in the
/// boundary set the year is drawn on, and the name valid that year — from the boundary sets and SSB's KLASS
/// change lists. Built once, immutable, safe to share.
/// </summary>
/// <remarks>
/// A year Y is drawn on the newest boundary set S in force on 1 January of Y (<see cref="BoundaryCatalog.ForYear"/>).
/// The numbers valid in Y are S's codes, renumbered by every change list taking effect after S and no later than
/// Y (1 January 2019: Rindal 1567 → 5061, while 2019 is still drawn on the 2018 set). Such a change list may only
/// renumber one to one; a merge or split without its own boundary set is refused, because no shape would exist
/// for it. A change list taking effect on the same day as a set must name only numbers of that set.
/// <para>
/// Name of number N in year Y: when a change list renames N (same number, new name) after Y, the name before the
/// first such change ("Nordreisa" in 2018); else when one renamed it on or before Y, the name after the latest
/// ("Nordreisa - Ráisa - Raisi" in 2019); else KLASS's harmonised name, the name at the end of N's validity.
/// </para>
/// For years after the newest set and change list, the numbering of the last known year applies.
/// </remarks>
public sealed class MunicipalNumbering
{
    private readonly Dictionary<int, YearNumbering> _years;
    private readonly int _firstYear;
    private readonly int _lastYear;

    private MunicipalNumbering(KlassTables klass, BoundaryCatalog boundaries, Dictionary<int, YearNumbering> years)
    {
        Klass = klass;
        Boundaries = boundaries;
        _years = years;
        _firstYear = years.Keys.Min();
        _lastYear = years.Keys.Max();
    }

    /// <summary>Every year with a numbering of its own, oldest first: the oldest set's year to the newest set or change list.</summary>
    public IReadOnlyList<int> KnownYears => Enumerable.Range(_firstYear, _lastYear - _firstYear + 1).ToArray();

    /// <summary>The KLASS tables this numbering was built from.</summary>
    public KlassTables Klass { get; }

    /// <summary>The boundary sets this numbering was built on.</summary>
    public BoundaryCatalog Boundaries { get; }

    /// <summary>
    /// The numbering of <paramref name="year"/>, or null for a year before the oldest boundary set. Years after the
    /// last known change get the last known numbering (with <see cref="YearNumbering.Year"/> = <paramref name="year"/>).
    /// </summary>
    public YearNumbering? ForYear(int year)
    {
        if (year < _firstYear)
        {
            return null;
        }

        if (year <= _lastYear)
        {
            return _years[year];
        }

        var last = _years[_lastYear];
        return new YearNumbering(year, last.Boundaries, last.Numbers, last.Replaced);
    }

    /// <summary>Builds the numbering of every year from the oldest set to the last change list or newest set.</summary>
    /// <exception cref="KlassDataException">
    /// The KLASS files and the boundary sets disagree: a number of a set is unknown to KLASS, a change list renumbers a
    /// number that is not valid, merges or splits without a boundary set, or names numbers outside the set taking
    /// effect with it. The message names the file and the numbers.
    /// </exception>
    public static MunicipalNumbering Create(KlassTables klass, BoundaryCatalog boundaries)
    {
        ArgumentNullException.ThrowIfNull(klass);
        ArgumentNullException.ThrowIfNull(boundaries);
        var years = new Dictionary<int, YearNumbering>();
        var renames = Renames(klass);
        var lastChangeYear = klass.ChangeLists.Count == 0 ? 0 : klass.ChangeLists[^1].EffectiveYear;
        for (var i = 0; i < boundaries.Sets.Count; i++)
        {
            var set = boundaries.Sets[i];
            var first = set.ValidFrom.Year;
            var last = i + 1 < boundaries.Sets.Count
                ? boundaries.Sets[i + 1].ValidFrom.Year - 1
                : Math.Max(first, lastChangeYear);

            // Current number → shape code, starting from the set's own codes.
            var current = set.Municipalities.ToDictionary(m => m.Code, m => m.Code);
            foreach (var list in klass.ChangeLists.Where(c => c.EffectiveYear == first))
            {
                CheckAgainstSet(list, set);
            }

            for (var year = first; year <= last; year++)
            {
                foreach (var list in klass.ChangeLists.Where(c => c.EffectiveYear == year && year > first))
                {
                    Renumber(list, current, set);
                }

                years[year] = Build(year, set, current, klass, renames);
            }
        }

        return new MunicipalNumbering(klass, boundaries, years);
    }

    private static YearNumbering Build(
        int year, BoundarySet set, Dictionary<MunicipalityCode, MunicipalityCode> current, KlassTables klass, ILookup<MunicipalityCode, (int Year, CodeChange Change)> renames)
    {
        var numbers = current
            .OrderBy(p => p.Key)
            .Select(p => new ValidNumber(p.Key, p.Value, NameIn(p.Key, year, set, klass, renames[p.Key])))
            .ToArray();
        var replaced = numbers.Where(n => n.Code != n.ShapeCode).ToDictionary(n => n.ShapeCode);
        return new YearNumbering(year, set, numbers, replaced);
    }

    private static string NameIn(MunicipalityCode code, int year, BoundarySet set, KlassTables klass, IEnumerable<(int Year, CodeChange Change)> renames)
    {
        if (!klass.TryGetHarmonised(code, out var harmonised))
        {
            throw new KlassDataException(string.Create(
                CultureInfo.InvariantCulture,
                $"KLASS harmonisation does not know the number {code}, valid in {year} on the {set.Id} boundary set. The KLASS files and data/boundaries.json do not belong together."));
        }

        // Only a change list's name-only rows are trusted for names: the 2019-2020 list was re-encoded from
        // Latin-1 and lost ŋ and š in some renumbered names, while KLASS's harmonised names are clean.
        CodeChange? previous = null;
        foreach (var (effective, change) in renames)
        {
            if (effective > year)
            {
                return change.FromName;
            }

            previous = change;
        }

        return previous?.ToName ?? harmonised.Name;
    }

    /// <summary>Every name-only change, by number, oldest first.</summary>
    private static ILookup<MunicipalityCode, (int Year, CodeChange Change)> Renames(KlassTables klass) =>
        klass.ChangeLists
            .SelectMany(l => l.Changes.Where(c => IsRename(l, c)).Select(c => (l.EffectiveYear, Change: c)))
            .ToLookup(r => r.Change.From);

    /// <summary>A row that keeps the number, changes only the name, and is not part of a merger.</summary>
    private static bool IsRename(CodeChangeList list, CodeChange change) =>
        change.From == change.To && change.FromName != change.ToName && !change.Split &&
        list.Changes.Count(c => c.To == change.To) == 1;

    private static void Renumber(CodeChangeList list, Dictionary<MunicipalityCode, MunicipalityCode> current, BoundarySet set)
    {
        foreach (var change in list.Changes.Where(c => c.From != c.To))
        {
            var oneToOne = !change.Split &&
                           list.Changes.Count(c => c.From == change.From) == 1 &&
                           list.Changes.Count(c => c.To == change.To) == 1;
            if (!oneToOne)
            {
                throw new KlassDataException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{list.FileName}: {change.From} → {change.To} is part of a merge or split on 1 January {list.EffectiveYear}, but no boundary set starts then (the year is drawn on the {set.Id} set). Add the boundary set of {list.EffectiveYear} to data/boundaries.json."));
            }

            if (!current.Remove(change.From, out var shape))
            {
                throw new KlassDataException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{list.FileName}: renumbers {change.From} to {change.To} on 1 January {list.EffectiveYear}, but {change.From} is not valid the year before (boundary set {set.Id})."));
            }

            if (!current.TryAdd(change.To, shape))
            {
                throw new KlassDataException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{list.FileName}: renumbers {change.From} to {change.To} on 1 January {list.EffectiveYear}, but {change.To} is already in use."));
            }
        }
    }

    private static void CheckAgainstSet(CodeChangeList list, BoundarySet set)
    {
        var outside = list.Changes.Select(c => c.To).Where(c => !set.Contains(c)).Distinct().Order().ToArray();
        if (outside.Length > 0)
        {
            throw new KlassDataException(string.Create(
                CultureInfo.InvariantCulture,
                $"{list.FileName}: takes effect with the {set.Id} boundary set but names numbers it does not have: {string.Join(", ", outside)}."));
        }
    }
}
