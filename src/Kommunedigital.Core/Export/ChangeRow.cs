using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Survey;

namespace Kommunedigital.Core.Export;

/// <summary>
/// One municipality of a change view as its CSV, Excel and GeoJSON downloads show it (<see cref="ChangeColumns"/>),
/// built by <see cref="ChangeTable.FromModel"/> from the model's entries, so every file carries the map's numbers.
/// </summary>
/// <param name="Municipality">Number valid on 1 January of the later year.</param>
/// <param name="MunicipalityName">Name valid then.</param>
/// <param name="County">County in the later year's structure.</param>
/// <param name="CountyName">Its name.</param>
/// <param name="Indicator">The view's indicator.</param>
/// <param name="EarlierYear">The earlier survey year.</param>
/// <param name="EarlierMunicipalities">
/// The predecessors' numbers valid in the earlier year, ", "-separated in number order: one for the same territory
/// (Bærum "0219"), several for a merger ("0122, 0123, 0124, 0125, 0138"), empty when there are none.
/// </param>
/// <param name="EarlierNames">Their names valid then, in the same order.</param>
/// <param name="EarlierScore">
/// The same territory's score in the earlier year; null when the territory changed (no single earlier value is made up
/// from the predecessors: their values are in <paramref name="Explanation"/>) or the dataset has no record.
/// </param>
/// <param name="EarlierStatus">
/// <see cref="Views.ScoreStatus.Code(Score?, Views.ReaderLanguage)"/> of <paramref name="EarlierScore"/> for the same territory; empty when the territory changed
/// (<paramref name="Comparability"/> says how).
/// </param>
/// <param name="LaterYear">The later survey year (the view's year).</param>
/// <param name="LaterScore">The municipality's score in the later year; null without a value.</param>
/// <param name="LaterStatus"><see cref="Views.ScoreStatus.Code(Score?, Views.ReaderLanguage)"/> of <paramref name="LaterScore"/>.</param>
/// <param name="Difference">Later minus earlier in points, rounded once (<see cref="Views.ChangeEntry.Difference"/>); null when not comparable.</param>
/// <param name="Rank">Rank of the change among the comparable municipalities of the whole country, 1 = largest rise; null when not comparable.</param>
/// <param name="Comparability">"sammenlignbar", "sammenslått", "delt", "endrede grenser", "ny", "mangler verdi i 2018" … (<see cref="Views.ChangeComparison.StatusLabel"/>).</param>
/// <param name="Explanation">The map's tooltip (<see cref="Views.ChangeEntry.Tooltip"/>): the change in words, or why there is none with the predecessors' own values.</param>
public sealed record ChangeRow(
    MunicipalityCode Municipality,
    string MunicipalityName,
    CountyCode County,
    string CountyName,
    Indicator Indicator,
    int EarlierYear,
    string EarlierMunicipalities,
    string EarlierNames,
    Score? EarlierScore,
    string EarlierStatus,
    int LaterYear,
    Score? LaterScore,
    string LaterStatus,
    decimal? Difference,
    int? Rank,
    string Comparability,
    string Explanation);
