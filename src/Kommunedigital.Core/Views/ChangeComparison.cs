using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Classification;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Klass;
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
public sealed record ChangeComparison(
    int EarlierYear,
    int LaterYear,
    Indicator Indicator,
    IReadOnlyList<ChangeEntry> Entries,
    IReadOnlyList<double> Limits,
    CountyCode? County = null)
{
    /// <summary>What a municipality without a change shows as its value, and the legend's row for all of them.</summary>
    public const string NotComparableText = "Ikke sammenlignbar";

    private readonly Dictionary<MunicipalityCode, ChangeEntry> _byLaterShape = Entries.ToDictionary(e => e.Succession.Later.ShapeCode);

    /// <summary>How many entries have a difference.</summary>
    public int ComparableCount => Entries.Count(e => e.Status == ChangeStatus.Comparable);

    /// <summary>How many entries have none ("ikke sammenlignbar": merged, split, changed, new or missing in either year).</summary>
    public int NotComparableCount => Entries.Count - ComparableCount;

    /// <summary>The entry of the later year's municipality drawn as <paramref name="laterShape"/> (the map's key).</summary>
    public bool TryGetEntry(MunicipalityCode laterShape, [NotNullWhen(true)] out ChangeEntry? entry) =>
        _byLaterShape.TryGetValue(laterShape, out entry);

    /// <summary>
    /// The bokmål word for a status, in downloads and the drawn exports' line: "sammenlignbar", "sammenslått",
    /// "delt", "endrede grenser", "ny", "mangler verdi i 2018", "mangler verdi i 2022".
    /// </summary>
    public string StatusLabel(ChangeStatus status) => status switch
    {
        ChangeStatus.Comparable => "sammenlignbar",
        ChangeStatus.Merged => "sammenslått",
        ChangeStatus.SplitSuccessor => "delt",
        ChangeStatus.ChangedTerritory => "endrede grenser",
        ChangeStatus.New => "ny",
        ChangeStatus.MissingEarlier => $"mangler verdi i {Label(EarlierYear)}",
        ChangeStatus.MissingLater => $"mangler verdi i {Label(LaterYear)}",
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
        var line = $"Endring i poeng fra {Label(EarlierYear)} til {Label(LaterYear)}";
        var reasons = selected
            .Where(e => e.Status != ChangeStatus.Comparable)
            .GroupBy(e => e.Status)
            .OrderBy(g => g.Key)
            .Select(g => $"{StatusLabel(g.Key)} {g.Count().ToString(ScoreText.Culture)}")
            .ToArray();
        return reasons.Length == 0 ? line : $"{line} · ikke sammenlignbar: {string.Join(", ", reasons)}";
    }

    /// <summary>
    /// The comparison of <paramref name="indicator"/> from <paramref name="earlierYear"/> to <paramref name="laterYear"/>;
    /// null when the snapshot has no correspondence or the years are not an earlier–later pair of its years. Ranks are
    /// national (among every comparable municipality); the classes are fitted to <paramref name="county"/>'s differences
    /// when one is given, as a level map's classes are fitted to its selection.
    /// </summary>
    public static ChangeComparison? Build(DataSnapshot data, Indicator indicator, int earlierYear, int laterYear, CountyCode? county = null)
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
                return (Succession: s, Earlier: (Score?)null, Later: laterScore, Difference: (decimal?)null, Status: Status(s.Relation), Why: NotComparable(s, data, indicator, earlierYear));
            }

            var earlierScore = data.Dataset.Get(s.SameTerritoryPredecessor!.ShapeCode, earlierYear, indicator);
            if (earlierScore?.Value is not { } from)
            {
                return (s, earlierScore, laterScore, null, ChangeStatus.MissingEarlier,
                    $"Ikke sammenlignbar: ingen verdi i {earlier} ({ScoreStatus.ValueText(earlierScore)}).");
            }

            if (laterScore?.Value is not { } to)
            {
                return (s, earlierScore, laterScore, null, ChangeStatus.MissingLater,
                    $"Ikke sammenlignbar: ingen verdi i {later} ({ScoreStatus.ValueText(laterScore)}).");
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
            var tooltip = string.Create(
                ScoreText.Culture,
                $"Fra {ScoreStatus.ValueText(r.Earlier)} ({earlier}) til {ScoreStatus.ValueText(r.Later)} ({later}): {Signed(difference)} poeng, {CountText.Rank(rank, differences.Length)}");
            return new ChangeEntry(r.Succession, r.Earlier, r.Later, difference, rank, DivergingPalette.ClassOf((double)difference, limits), r.Status, tooltip);
        }).ToArray();
        return new ChangeComparison(earlierYear, laterYear, indicator, entries, limits, county);
    }

    /// <summary>"+7,2", "−3,1" (U+2212), "0,0".</summary>
    public static string Signed(decimal difference) =>
        (difference > 0 ? "+" : string.Empty) + difference.ToString("0.0", ScoreText.Culture);

    /// <summary>"−4,5 – −1,5", "−1,5 – +1,5": a diverging legend class's range, both ends signed and rounded by <see cref="ScoreText.Round"/>.</summary>
    public static string SignedRange(double lower, double upper) =>
        $"{Signed(ScoreText.Round(lower))} – {Signed(ScoreText.Round(upper))}";

    private static ChangeStatus Status(TerritoryRelation relation) => relation switch
    {
        TerritoryRelation.Merged => ChangeStatus.Merged,
        TerritoryRelation.SplitSuccessor => ChangeStatus.SplitSuccessor,
        TerritoryRelation.ChangedTerritory => ChangeStatus.ChangedTerritory,
        _ => ChangeStatus.New,
    };

    private static string NotComparable(Succession succession, DataSnapshot data, Indicator indicator, int earlierYear)
    {
        var earlier = Label(earlierYear);
        var values = string.Join("; ", succession.Predecessors.Select(p =>
            $"{p.Number.Name} ({p.Number.Code.Value}) {earlier}: {ScoreStatus.ValueText(data.Dataset.Get(p.Number.ShapeCode, earlierYear, indicator))}"));
        var why = succession.Relation switch
        {
            TerritoryRelation.Merged => $"{succession.Later.Name} ble dannet etter {earlier} av flere kommuner.",
            TerritoryRelation.SplitSuccessor => $"{succession.Later.Name} fikk etter {earlier} deler av en kommune som ble delt.",
            TerritoryRelation.ChangedTerritory => $"grensene til {succession.Later.Name} er endret etter {earlier}.",
            _ => $"{succession.Later.Name} fantes ikke i {earlier}.",
        };
        return values.Length == 0 ? $"Ikke sammenlignbar: {why}" : $"Ikke sammenlignbar: {why} {values}.";
    }

    private static string Label(int year) => year.ToString(CultureInfo.InvariantCulture);
}
