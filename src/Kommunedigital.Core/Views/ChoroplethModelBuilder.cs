using System.Globalization;
using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Classification;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Resources;
using Kommunedigital.Core.Survey;
using NetTopologySuite.Geometries;

namespace Kommunedigital.Core.Views;

/// <summary>
/// Turns a <see cref="MapView"/> into the <see cref="ChoroplethModel"/> that the page, the embed and every
/// download draw. Pure and cheap (one pass over the year's municipalities plus a sort): it runs on every UI change.
/// </summary>
public static class ChoroplethModelBuilder
{
    /// <summary>
    /// Builds the model of <paramref name="view"/>: an entry for every municipality of the year's structure
    /// (ordered by code) with its score (null without a record), classes computed from the selection's values
    /// (<see cref="ChoroplethClassifier.DefaultClassCount"/> classes), national competition ranks, every text a
    /// reader sees (value, rank, county name, legend counts, the number and name valid in the view's year from
    /// <see cref="DataSnapshot.Correspondence"/>), missing values grouped by reason (SSB symbol, empty
    /// cell, no record: never merged), the extent (explicit bbox, else the county, else the country)
    /// and the title, every text in <see cref="MapView.Language"/>. A change view (<see cref="MapView.ChangeFrom"/>) goes through the same model: see
    /// <see cref="ChoroplethModel.Change"/>.
    /// </summary>
    /// <remarks>
    /// A change view's entries carry the change (<see cref="ChangeComparison"/>, on the view year's structure): value
    /// text "+7,2", national rank among the comparable ones, the diverging class fitted to the selection
    /// (<see cref="DivergingPalette"/>, all seven classes in the legend with signed ranges), and every municipality
    /// without a change as <see cref="EntryStatus.NotComparable"/>, one missing group "Ikke sammenlignbar".
    /// </remarks>
    /// <param name="data">The loaded data.</param>
    /// <param name="view">
    /// A view whose year has a structure and whose county exists in it, and whose change (if any) the correspondence
    /// covers, as <see cref="MapViewQuery"/> guarantees.
    /// </param>
    /// <exception cref="ArgumentException">The year has no boundary structure, the county is not in it, or the change cannot be built.</exception>
    public static ChoroplethModel Build(DataSnapshot data, MapView view)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(view);

        var structure = data.Boundaries.ForYear(view.Year)
            ?? throw new ArgumentException($"No boundary structure covers {view.Year}.", nameof(view));
        County? county = null;
        if (view.County is { } countyCode)
        {
            county = structure.TryGetCounty(countyCode, out var found)
                ? found
                : throw new ArgumentException($"County {countyCode} is not in the {structure.Id} structure.", nameof(view));
        }

        if (view.ChangeFrom is { } earlierYear)
        {
            return BuildChange(data, view, earlierYear, structure, county);
        }

        var municipalities = structure.Municipalities;
        var count = municipalities.Count;
        var scores = new Score?[count];
        var inSelection = new bool[count];
        var national = new List<double>(count);
        var selected = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var municipality = municipalities[i];
            var score = data.Dataset.Get(municipality.Code, view.Year, view.Indicator);
            scores[i] = score;
            inSelection[i] = county is null || municipality.County == county.Code;
            if (score?.Value is { } value)
            {
                national.Add(value);
                if (inSelection[i])
                {
                    selected.Add(value);
                }
            }
        }

        var ranked = national.ToArray();
        Array.Sort(ranked);
        var breaks = ChoroplethClassifier.Breaks(selected, view.Method);
        var colours = breaks.Count > 0 ? SequentialPalette.Colours(breaks.Count) : [];
        var classCounts = new int[breaks.Count];
        var missing = new MissingTally();
        var countyNames = structure.Counties.ToDictionary(c => c.Code, c => c.Name);
        var numbers = YearNumbers.For(data, view.Year, structure);

        var entries = new ChoroplethEntry[count];
        for (var i = 0; i < count; i++)
        {
            var municipality = municipalities[i];
            var score = scores[i];
            var value = score?.Value;
            int? rank = value is { } v ? ScoreStatistics.Rank(ranked, v) : null;
            int? classIndex = null;
            var status = inSelection[i] ? ScoreStatus.Of(score) : EntryStatus.OutsideSelection;
            var number = numbers.Of(municipality);
            string fill;
            if (status == EntryStatus.OutsideSelection)
            {
                fill = MapPalette.OutsideColour;
            }
            else if (value is { } v2)
            {
                var index = ChoroplethClassifier.ClassOf(v2, breaks);
                classIndex = index;
                classCounts[index]++;
                fill = colours[index];
            }
            else
            {
                missing.Add(score);
                fill = MapPalette.MissingColour;
            }

            entries[i] = new ChoroplethEntry(
                municipality,
                countyNames.GetValueOrDefault(municipality.County, municipality.County.Value),
                score,
                status,
                classIndex,
                fill,
                rank,
                ScoreStatus.ValueText(score, view.Language),
                rank is { } r ? CountText.Rank(r, ranked.Length, view.Language) : null,
                number.Code,
                number.Name);
        }

        var legend = new LegendClass[breaks.Count];
        for (var c = 0; c < breaks.Count; c++)
        {
            var lower = c == 0 ? selected.Min() : breaks[c - 1];
            legend[c] = LegendClass.Of(c, lower, breaks[c], colours[c], classCounts[c], view.Language);
        }

        return new ChoroplethModel(
            view,
            structure,
            Title(view, county),
            entries,
            legend,
            missing.Groups(view.Language),
            ranked.Length,
            Extent(view, county, structure),
            data.Dataset.IsSample,
            SourceLine(data, view.Language, change: false));
    }

    /// <summary>
    /// "Digital kompetanse 2022", or "Digital kompetanse 2022 – Vestland" with a county; a change view
    /// "Endring i digital kompetanse 2018–2022 – Vestland". In English "Digital competence 2022 – Vestland", "Change
    /// in digital competence 2018–2022"; the county keeps its official name.
    /// </summary>
    public static string Title(MapView view, County? county)
    {
        ArgumentNullException.ThrowIfNull(view);
        var title = Subject(view);
        return county is null ? title : $"{title} – {county.Name}";
    }

    /// <summary>"Digital kompetanse 2022", "Endring i digital kompetanse 2018–2022" (English: "Change in digital competence 2018–2022").</summary>
    internal static string Subject(MapView view)
    {
        var language = view.Language;
        var year = view.Year.ToString(CultureInfo.InvariantCulture);
        var label = IndicatorText.Label(view.Indicator, language);
        return view.ChangeFrom is { } from
            ? ReaderText.Format(language, "Title.Change", label.ToLower(ReaderText.Culture(language)), from.ToString(CultureInfo.InvariantCulture), year)
            : $"{label} {year}";
    }

    // The source line with the published release after it ("… Versjon 3, publisert 1. desember 2026").
    private static string SourceLine(DataSnapshot data, ReaderLanguage language, bool change)
    {
        var line = ChoroplethModel.SourceLineOf(language, change);
        return data.Release is { } release ? $"{line}. {release.TextIn(language)}" : line;
    }

    private static ChoroplethModel BuildChange(DataSnapshot data, MapView view, int earlierYear, BoundarySet structure, County? county)
    {
        var change = ChangeComparison.Build(data, view.Indicator, earlierYear, view.Year, county?.Code, view.Language)
            ?? throw new ArgumentException($"No correspondence covers the change {earlierYear}–{view.Year}.", nameof(view));
        var colours = DivergingPalette.Colours;
        var classCounts = new int[colours.Count];
        var notComparable = 0;
        var countyNames = structure.Counties.ToDictionary(c => c.Code, c => c.Name);
        var numbers = YearNumbers.For(data, view.Year, structure);
        var municipalities = structure.Municipalities;
        var entries = new ChoroplethEntry[municipalities.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            var municipality = municipalities[i];
            if (!change.TryGetEntry(municipality.Code, out var entry))
            {
                throw new ArgumentException($"The correspondence {earlierYear}–{view.Year} has no municipality {municipality.Code}.", nameof(view));
            }

            var inSelection = county is null || municipality.County == county.Code;
            var comparable = entry.Difference is not null;
            var status = !inSelection ? EntryStatus.OutsideSelection : comparable ? EntryStatus.Value : EntryStatus.NotComparable;
            int? classIndex = null;
            string fill;
            if (!inSelection)
            {
                fill = MapPalette.OutsideColour;
            }
            else if (entry.ClassIndex is { } index)
            {
                classIndex = index;
                classCounts[index]++;
                fill = colours[index];
            }
            else
            {
                notComparable++;
                fill = MapPalette.MissingColour;
            }

            var number = numbers.Of(municipality);
            entries[i] = new ChoroplethEntry(
                municipality,
                countyNames.GetValueOrDefault(municipality.County, municipality.County.Value),
                entry.Later,
                status,
                classIndex,
                fill,
                entry.Rank,
                entry.Difference is { } difference ? ChangeComparison.Signed(difference, view.Language) : ChangeComparison.NotComparableTextIn(view.Language),
                entry.Rank is { } rank ? CountText.Rank(rank, change.ComparableCount, view.Language) : null,
                number.Code,
                number.Name,
                entry);
        }

        // All seven classes, as a level map lists all its classes; none when the selection has no change at all.
        var edges = DivergingPalette.Edges(change.Limits);
        LegendClass[] legend = classCounts.Sum() == 0
            ? []
            : [.. Enumerable.Range(0, colours.Count).Select(c => LegendClass.OfChange(c, edges[c], edges[c + 1], colours[c], classCounts[c], view.Language))];
        MissingGroup[] missing = notComparable > 0 ? [MissingGroup.NotComparable(notComparable, view.Language)] : [];
        return new ChoroplethModel(
            view,
            structure,
            Title(view, county),
            entries,
            legend,
            missing,
            change.ComparableCount,
            Extent(view, county, structure),
            data.Dataset.IsSample,
            SourceLine(data, view.Language, change: true),
            change);
    }

    /// <summary>Counts missing entries by reason: one slot per SSB symbol, then empty cells, then no record.</summary>
    private sealed class MissingTally
    {
        private readonly int[] _symbols = new int[Enum.GetValues<SsbSymbol>().Length];
        private int _notStated;
        private int _notInDataset;

        public void Add(Score? score)
        {
            switch (ScoreStatus.Of(score))
            {
                case EntryStatus.SsbSymbol: _symbols[(int)score!.Value.Symbol!.Value]++; break;
                case EntryStatus.NotStated: _notStated++; break;
                case EntryStatus.NotInDataset: _notInDataset++; break;
                default: throw new ArgumentException("A score with a value is not missing.", nameof(score));
            }
        }

        public List<MissingGroup> Groups(ReaderLanguage language)
        {
            var groups = new List<MissingGroup>();
            foreach (var symbol in Enum.GetValues<SsbSymbol>())
            {
                if (_symbols[(int)symbol] > 0)
                {
                    groups.Add(MissingGroup.Of(Score.FromSymbol(symbol), _symbols[(int)symbol], language));
                }
            }

            if (_notStated > 0)
            {
                groups.Add(MissingGroup.Of(Score.NotStated, _notStated, language));
            }

            if (_notInDataset > 0)
            {
                groups.Add(MissingGroup.Of(null, _notInDataset, language));
            }

            return groups;
        }
    }

    // A copy each time: Envelope is mutable and the structure's own must not change under other readers.
    private static Envelope Extent(MapView view, County? county, BoundarySet structure) =>
        view.Extent is { } bounds ? new Envelope(bounds.West, bounds.East, bounds.South, bounds.North)
        : county is not null ? new Envelope(county.DisplayGeometry.EnvelopeInternal)
        : new Envelope(structure.Extent);
}
