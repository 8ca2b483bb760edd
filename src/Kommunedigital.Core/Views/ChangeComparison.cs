using System.Globalization;
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
/// <param name="Limits">The six symmetric class limits of <see cref="DivergingPalette"/> for these differences.</param>
public sealed record ChangeComparison(int EarlierYear, int LaterYear, Indicator Indicator, IReadOnlyList<ChangeEntry> Entries, IReadOnlyList<double> Limits)
{
    /// <summary>How many entries have a difference.</summary>
    public int ComparableCount => Entries.Count(e => e.Status == ChangeStatus.Comparable);

    /// <summary>How many entries have none ("ikke sammenlignbar": merged, split, changed, new or missing in either year).</summary>
    public int NotComparableCount => Entries.Count - ComparableCount;

    /// <summary>
    /// The comparison of <paramref name="indicator"/> from <paramref name="earlierYear"/> to <paramref name="laterYear"/>;
    /// null when the snapshot has no correspondence or the years are not an earlier–later pair of its years.
    /// </summary>
    public static ChangeComparison? Build(DataSnapshot data, Indicator indicator, int earlierYear, int laterYear)
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
        var limits = DivergingPalette.Limits(differences.Length == 0 ? 0 : Math.Max(-differences[0], differences[^1]));
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
        return new ChangeComparison(earlierYear, laterYear, indicator, entries, limits);
    }

    /// <summary>"+7,2", "−3,1" (U+2212), "0,0".</summary>
    public static string Signed(decimal difference) =>
        (difference > 0 ? "+" : string.Empty) + difference.ToString("0.0", ScoreText.Culture);

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
