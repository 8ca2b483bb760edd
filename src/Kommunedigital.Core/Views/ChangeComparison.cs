using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Classification;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Klass;
using Kommunedigital.Core.Resources;
using Kommunedigital.Core.Survey;

namespace Kommunedigital.Core.Views;

/// <summary>
/// The change of one indicator between two survey years on the later year's municipalities, following SSB KLASS's
/// correspondence: a difference only where the territory is the same and both years have a value, never a value
/// made up from merged or split predecessors. Immutable.
/// </summary>
/// <param name="EarlierYear">The earlier survey year.</param>
/// <param name="LaterYear">The later survey year, whose boundaries the change is drawn on.</param>
/// <param name="Indicator">The indicator.</param>
/// <param name="Entries">One per municipality of the later year, ordered by number.</param>
/// <param name="Limits">
/// The six symmetric class limits of <see cref="DivergingPalette"/> for the differences in <paramref name="County"/>
/// (the whole country when null); every entry's class is read against them.
/// </param>
/// <param name="County">The county (in the later year's structure) the classes are fitted to; null for the whole country.</param>
/// <param name="Language">The language of its texts (tooltips, status words, the line).</param>
public sealed record ChangeComparison(
    int EarlierYear,
    int LaterYear,
    Indicator Indicator,
    IReadOnlyList<ChangeEntry> Entries,
    IReadOnlyList<double> Limits,
    CountyCode? County = null,
    ReaderLanguage Language = ReaderLanguage.Bokmal)
{
    /// <summary>What a municipality without a change shows as its value, and the legend's row for all of them (bokmål).</summary>
    public static string NotComparableText { get; } = NotComparableTextIn(ReaderLanguage.Bokmal);

    /// <summary><see cref="NotComparableText"/> in <paramref name="language"/>: "Ikke sammenlignbar", "Not comparable".</summary>
    public static string NotComparableTextIn(ReaderLanguage language) => ReaderText.Get(language, "Change.NotComparable");

    private readonly Dictionary<MunicipalityCode, ChangeEntry> _byLaterShape = Entries.ToDictionary(e => e.Succession.Later.ShapeCode);

    /// <summary>How many entries have a difference.</summary>
    public int ComparableCount => Entries.Count(e => e.Status == ChangeStatus.Comparable);

    /// <summary>How many entries have none ("ikke sammenlignbar": merged, split, changed, new or missing in either year).</summary>
    public int NotComparableCount => Entries.Count - ComparableCount;

    /// <summary>The entry of the later year's municipality drawn as <paramref name="laterShape"/> (the map's key).</summary>
    public bool TryGetEntry(MunicipalityCode laterShape, [NotNullWhen(true)] out ChangeEntry? entry) =>
        _byLaterShape.TryGetValue(laterShape, out entry);

    /// <summary>
    /// The word for a status in <see cref="Language"/>, in downloads and the drawn exports' line: "sammenlignbar",
    /// "sammenslått", "delt", "endrede grenser", "ny", "mangler verdi i 2018", "mangler verdi i 2022"; in English
    /// "comparable", "merged", "split", "changed boundaries", "new", "no value in 2018".
    /// </summary>
    public string StatusLabel(ChangeStatus status) => status switch
    {
        ChangeStatus.Comparable => ReaderText.Get(Language, "ChangeStatus.Comparable"),
        ChangeStatus.Merged => ReaderText.Get(Language, "ChangeStatus.Merged"),
        ChangeStatus.SplitSuccessor => ReaderText.Get(Language, "ChangeStatus.SplitSuccessor"),
        ChangeStatus.ChangedTerritory => ReaderText.Get(Language, "ChangeStatus.ChangedTerritory"),
        ChangeStatus.New => ReaderText.Get(Language, "ChangeStatus.New"),
        ChangeStatus.MissingEarlier => ReaderText.Format(Language, "ChangeStatus.MissingValue", Label(EarlierYear)),
        ChangeStatus.MissingLater => ReaderText.Format(Language, "ChangeStatus.MissingValue", Label(LaterYear)),
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>
    /// The line naming both years that every drawn export carries, with the not-comparable ones among
    /// <paramref name="selected"/> by reason: "Endring i poeng fra 2018 til 2022 · ikke sammenlignbar: sammenslått 40,
    /// delt 6, mangler verdi i 2018 2". Without any: "Endring i poeng fra 2018 til 2022".
    /// </summary>
    public string Line(IEnumerable<ChangeEntry> selected)
    {
        ArgumentNullException.ThrowIfNull(selected);
        var line = ReaderText.Format(Language, "Change.Line", Label(EarlierYear), Label(LaterYear));
        var reasons = selected
            .Where(e => e.Status != ChangeStatus.Comparable)
            .GroupBy(e => e.Status)
            .OrderBy(g => g.Key)
            .Select(g => $"{StatusLabel(g.Key)} {g.Count().ToString(ReaderText.Culture(Language))}")
            .ToArray();
        return reasons.Length == 0 ? line : ReaderText.Format(Language, "Change.LineNotComparable", line, string.Join(", ", reasons));
    }

    /// <summary>
    /// The comparison of <paramref name="indicator"/> from <paramref name="earlierYear"/> to <paramref name="laterYear"/>;
    /// null when the snapshot has no correspondence or the years are not an earlier–later pair of its years. Ranks are
    /// national (among every comparable municipality); the classes are fitted to <paramref name="county"/>'s differences
    /// when one is given, as a level map's classes are fitted to its selection. Its texts are in <paramref name="language"/>.
    /// </summary>
    public static ChangeComparison? Build(DataSnapshot data, Indicator indicator, int earlierYear, int laterYear, CountyCode? county = null, ReaderLanguage language = ReaderLanguage.Bokmal)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (earlierYear >= laterYear || data.Correspondence?.Between(earlierYear, laterYear) is not { } correspondence)
        {
            return null;
        }

        var earlier = Label(earlierYear);
        var later = Label(laterYear);
        var raw = correspondence.Successions.Select(s =>
        {
            var laterScore = data.Dataset.Get(s.Later.ShapeCode, laterYear, indicator);
            if (!s.IsComparable)
            {
                return (Succession: s, Earlier: (Score?)null, Later: laterScore, Difference: (decimal?)null, Status: Status(s.Relation), Why: NotComparable(s, data, indicator, earlierYear, language));
            }

            var earlierScore = data.Dataset.Get(s.SameTerritoryPredecessor!.ShapeCode, earlierYear, indicator);
            if (earlierScore?.Value is not { } from)
            {
                return (s, earlierScore, laterScore, null, ChangeStatus.MissingEarlier,
                    ReaderText.Format(language, "Change.NoValueIn", earlier, ScoreStatus.ValueText(earlierScore, language)));
            }

            if (laterScore?.Value is not { } to)
            {
                return (s, earlierScore, laterScore, null, ChangeStatus.MissingLater,
                    ReaderText.Format(language, "Change.NoValueIn", later, ScoreStatus.ValueText(laterScore, language)));
            }

            return (s, earlierScore, laterScore, ScoreText.Round(to - from), ChangeStatus.Comparable, string.Empty);
        }).ToArray();

        var differences = raw.Where(r => r.Difference is not null).Select(r => (double)r.Difference!.Value).Order().ToArray();
        var fitted = raw
            .Where(r => r.Difference is not null && (county is null || r.Succession.Later.ShapeCode.County == county))
            .Select(r => Math.Abs((double)r.Difference!.Value))
            .DefaultIfEmpty(0)
            .Max();
        var limits = DivergingPalette.Limits(fitted);
        var entries = raw.Select(r =>
        {
            if (r.Difference is not { } difference)
            {
                return new ChangeEntry(r.Succession, r.Earlier, r.Later, null, null, null, r.Status, r.Why);
            }

            var rank = ScoreStatistics.Rank(differences, (double)difference);
            var tooltip = ReaderText.Format(
                language,
                "Change.Tooltip",
                ScoreStatus.ValueText(r.Earlier, language),
                earlier,
                ScoreStatus.ValueText(r.Later, language),
                later,
                Signed(difference, language),
                CountText.Rank(rank, differences.Length, language));
            return new ChangeEntry(r.Succession, r.Earlier, r.Later, difference, rank, DivergingPalette.ClassOf((double)difference, limits), r.Status, tooltip);
        }).ToArray();
        return new ChangeComparison(earlierYear, laterYear, indicator, entries, limits, county, language);
    }

    /// <summary>"+7,2", "−3,1" (U+2212), "0,0".</summary>
    public static string Signed(decimal difference) => Signed(difference, ReaderLanguage.Bokmal);

    /// <summary>In <paramref name="language"/>: "+7,2", "−3,1" in bokmål; "+7.2", "−3.1" (U+2212 too) in English.</summary>
    public static string Signed(decimal difference, ReaderLanguage language) =>
        (difference > 0 ? "+" : string.Empty) + difference.ToString("0.0", ReaderText.Culture(language));

    /// <summary>"−4,5 – −1,5", "−1,5 – +1,5": a diverging legend class's range, both ends signed and rounded by <see cref="ScoreText.Round"/>.</summary>
    public static string SignedRange(double lower, double upper) => SignedRange(lower, upper, ReaderLanguage.Bokmal);

    /// <summary><see cref="SignedRange(double, double)"/> in <paramref name="language"/>: "−4.5 – −1.5" in English.</summary>
    public static string SignedRange(double lower, double upper, ReaderLanguage language) =>
        $"{Signed(ScoreText.Round(lower), language)} – {Signed(ScoreText.Round(upper), language)}";

    private static ChangeStatus Status(TerritoryRelation relation) => relation switch
    {
        TerritoryRelation.Merged => ChangeStatus.Merged,
        TerritoryRelation.SplitSuccessor => ChangeStatus.SplitSuccessor,
        TerritoryRelation.ChangedTerritory => ChangeStatus.ChangedTerritory,
        _ => ChangeStatus.New,
    };

    private static string NotComparable(Succession succession, DataSnapshot data, Indicator indicator, int earlierYear, ReaderLanguage language)
    {
        var earlier = Label(earlierYear);
        var values = string.Join("; ", succession.Predecessors.Select(p =>
            $"{p.Number.Name} ({p.Number.Code.Value}) {earlier}: {ScoreStatus.ValueText(data.Dataset.Get(p.Number.ShapeCode, earlierYear, indicator), language)}"));
        var key = succession.Relation switch
        {
            TerritoryRelation.Merged => "Change.Why.Merged",
            TerritoryRelation.SplitSuccessor => "Change.Why.SplitSuccessor",
            TerritoryRelation.ChangedTerritory => "Change.Why.ChangedTerritory",
            _ => "Change.Why.New",
        };
        var why = ReaderText.Format(language, key, succession.Later.Name, earlier);
        return values.Length == 0
            ? ReaderText.Format(language, "Change.NotComparableBecause", why)
            : ReaderText.Format(language, "Change.NotComparableBecauseValues", why, values);
    }

    private static string Label(int year) => year.ToString(CultureInfo.InvariantCulture);
}
