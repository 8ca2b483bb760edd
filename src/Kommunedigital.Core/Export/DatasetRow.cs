using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Survey;

namespace Kommunedigital.Core.Export;

/// <summary>
/// One municipality in one year, as the CSV and Excel downloads show it. Number and name are those valid on
/// 1 January of <see cref="Year"/> (as <see cref="Views.ChoroplethEntry.Number"/> and <see cref="Views.ChoroplethEntry.Name"/>); the county comes from the boundary
/// structure of <see cref="Year"/>. A score is null when the dataset holds no record for
/// it; a missing record is a <see cref="Score"/> whose Value is null and whose Symbol says why.
/// </summary>
public sealed record DatasetRow(
    MunicipalityCode Municipality,
    string MunicipalityName,
    CountyCode County,
    string CountyName,
    int Year,
    Score? Prioritering,
    Score? Kompetanse,
    Score? Aktivitet)
{
    public Score? ScoreOf(Indicator indicator) => indicator switch
    {
        Indicator.Prioritering => Prioritering,
        Indicator.Kompetanse => Kompetanse,
        Indicator.Aktivitet => Aktivitet,
        _ => throw new ArgumentOutOfRangeException(nameof(indicator)),
    };
}
