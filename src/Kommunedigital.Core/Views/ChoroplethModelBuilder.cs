using System.Globalization;
using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Classification;
using Kommunedigital.Core.Data;
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
    /// (<see cref="ChoroplethClassifier.DefaultClassCount"/> classes), national competition ranks, missing values
    /// grouped by SSB symbol (no record counts as ".."), the extent (explicit bbox, else the county, else the country)
    /// and the bokmål title.
    /// </summary>
    /// <param name="data">The loaded data.</param>
    /// <param name="view">A view whose year has a structure and whose county exists in it, as <see cref="MapViewQuery"/> guarantees.</param>
    /// <exception cref="ArgumentException">The year has no boundary structure or the county is not in it.</exception>
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
        var missingCounts = new int[Enum.GetValues<SsbSymbol>().Length];

        var entries = new ChoroplethEntry[count];
        for (var i = 0; i < count; i++)
        {
            var value = scores[i]?.Value;
            int? rank = value is { } v ? ScoreStatistics.Rank(ranked, v) : null;
            int? classIndex = null;
            string fill;
            if (!inSelection[i])
            {
                fill = ChoroplethModel.OutsideColour;
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
                missingCounts[(int)(scores[i]?.Symbol ?? SsbSymbol.Missing)]++;
                fill = ChoroplethModel.MissingColour;
            }

            entries[i] = new ChoroplethEntry(municipalities[i], scores[i], classIndex, fill, inSelection[i], rank);
        }

        var legend = new LegendClass[breaks.Count];
        for (var c = 0; c < breaks.Count; c++)
        {
            var lower = c == 0 ? selected.Min() : breaks[c - 1];
            legend[c] = new LegendClass(c, lower, breaks[c], colours[c], classCounts[c]);
        }

        var missing = new List<MissingGroup>();
        foreach (var symbol in Enum.GetValues<SsbSymbol>())
        {
            if (missingCounts[(int)symbol] > 0)
            {
                missing.Add(new MissingGroup(symbol, missingCounts[(int)symbol]));
            }
        }

        return new ChoroplethModel(
            view,
            structure,
            Title(view, county),
            entries,
            legend,
            missing,
            Extent(view, county, structure),
            data.Dataset.IsSample,
            ChoroplethModel.DefaultSourceLine);
    }

    /// <summary>"Digital kompetanse 2022", or "Digital kompetanse 2022 – Vestland" with a county.</summary>
    public static string Title(MapView view, County? county)
    {
        ArgumentNullException.ThrowIfNull(view);
        var title = $"{IndicatorText.Label(view.Indicator)} {view.Year.ToString(CultureInfo.InvariantCulture)}";
        return county is null ? title : $"{title} – {county.Name}";
    }

    // A copy each time: Envelope is mutable and the structure's own must not change under other readers.
    private static Envelope Extent(MapView view, County? county, BoundarySet structure) =>
        view.Extent is { } bounds ? new Envelope(bounds.West, bounds.East, bounds.South, bounds.North)
        : county is not null ? new Envelope(county.DisplayGeometry.EnvelopeInternal)
        : new Envelope(structure.Extent);
}
