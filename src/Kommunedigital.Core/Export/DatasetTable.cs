using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Klass;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Core.Export;

/// <summary>Builds the rows of the CSV and Excel downloads from a dataset.</summary>
public static class DatasetTable
{
    /// <summary>
    /// One row per municipality of each dataset year's structure (the structure in force on 1 January),
    /// ordered by year, then municipality number. Municipalities the dataset has no record for still get a
    /// row with null scores, so a download lists every municipality. A dataset code unknown to the
    /// structure (only possible for hand-built datasets) gets a row with an empty name. With
    /// <paramref name="numbering"/>, each row shows the number and name valid on 1 January of its year (2019: 5061
    /// Rindal, stored and drawn as the 2018 shape 1567), in the order of the shape codes.
    /// </summary>
    /// <param name="dataset">The scores.</param>
    /// <param name="boundaries">Names, counties and the municipality list per year.</param>
    /// <param name="year">Only this year; null for every year in the dataset.</param>
    /// <param name="county">Only municipalities in this county (in the year's structure); null for all.</param>
    /// <param name="numbering">SSB KLASS's numbering per year (<see cref="Data.DataSnapshot.Correspondence"/>); null for the boundary sets' codes and names.</param>
    public static IReadOnlyList<DatasetRow> Build(SurveyDataset dataset, BoundaryCatalog boundaries, int? year = null, CountyCode? county = null, MunicipalNumbering? numbering = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(boundaries);
        var rows = new List<DatasetRow>();
        foreach (var y in dataset.Years)
        {
            if (year is { } only && only != y)
            {
                continue;
            }

            var set = boundaries.ForYear(y);
            var numbers = set is null ? null : YearNumbers.For(numbering, y, set);
            var codes = new SortedSet<MunicipalityCode>(dataset.Records.Where(r => r.Year == y).Select(r => r.Municipality));
            if (set is not null)
            {
                codes.UnionWith(set.Municipalities.Select(m => m.Code));
            }

            foreach (var code in codes)
            {
                if (county is { } c && code.County != c)
                {
                    continue;
                }

                var number = set is not null && set.TryGetMunicipality(code, out var municipality)
                    ? numbers!.Of(municipality)
                    : new ValidNumber(code, code, string.Empty);
                var countyName = set is not null && set.TryGetCounty(code.County, out var found) ? found.Name : string.Empty;
                rows.Add(new DatasetRow(
                    number.Code,
                    number.Name,
                    code.County,
                    countyName,
                    y,
                    dataset.Get(code, y, Indicator.Prioritering),
                    dataset.Get(code, y, Indicator.Kompetanse),
                    dataset.Get(code, y, Indicator.Aktivitet)));
            }
        }

        return rows;
    }

    /// <summary>
    /// The rows of one view: exactly the municipalities of <paramref name="model"/>'s selection, in its order, with
    /// the numbers and names valid in the view's year as the map shows them (<see cref="ChoroplethEntry.Number"/>,
    /// <see cref="ChoroplethEntry.Name"/>), and the scores of all three indicators for the view's year.
    /// </summary>
    /// <param name="model">The view, as the map, the table and every other download show it.</param>
    /// <param name="dataset">The dataset the model was built from (the model holds one indicator, a row all three).</param>
    public static IReadOnlyList<DatasetRow> FromModel(ChoroplethModel model, SurveyDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(dataset);
        var year = model.View.Year;
        return [.. model.Selected.Select(e => new DatasetRow(
            e.Number,
            e.Name,
            e.Municipality.County,
            e.CountyName,
            year,
            dataset.Get(e.Municipality.Code, year, Indicator.Prioritering),
            dataset.Get(e.Municipality.Code, year, Indicator.Kompetanse),
            dataset.Get(e.Municipality.Code, year, Indicator.Aktivitet)))];
    }
}
