using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Classification;
using Kommunedigital.Core.Survey;

namespace Kommunedigital.Core.Views;

/// <summary>
/// What a reader is looking at: the state behind the page, its URL, the embed and every download.
/// </summary>
/// <param name="Indicator">The indicator coloured.</param>
/// <param name="Year">Survey year; its boundary structure is the one in force on 1 January.</param>
/// <param name="County">County filter in that year's structure; null for the whole country ("Hele landet").</param>
/// <param name="Municipality">Selected municipality (detail panel, highlight); null when none.</param>
/// <param name="Method">Classification method.</param>
/// <param name="Extent">An explicit map extent for drawn exports (WGS84); null means the selection's own extent.</param>
/// <param name="ChangeFrom">
/// The earlier survey year of a change view (<c>endring=2018-2022</c>): the map shows the change in points from this
/// year to <paramref name="Year"/>, on <paramref name="Year"/>'s boundaries, counties and municipality keys. Null for
/// the level view. <see cref="MapViewQuery"/> only returns views where it is earlier than the year and SSB KLASS's
/// correspondence covers the pair.
/// </param>
/// <param name="Language">
/// The language of every text the view produces (titles, legends, notes, downloads). Not in the query string: the
/// path carries it (<c>/en</c> for English; the Web's <c>SitePaths</c> owns the paths).
/// </param>
/// <param name="Release">
/// The published release the view is pinned to (<c>versjon=3</c>), or null for the latest. <see cref="MapViewQuery"/>
/// only sets it when the data read are that release.
/// </param>
public sealed record MapView(
    Indicator Indicator,
    int Year,
    CountyCode? County,
    MunicipalityCode? Municipality,
    ClassificationMethod Method,
    GeoBounds? Extent,
    int? ChangeFrom = null,
    ReaderLanguage Language = ReaderLanguage.Bokmal,
    int? Release = null)
{
    /// <summary>True for a change view (<see cref="ChangeFrom"/> is set).</summary>
    public bool IsChange => ChangeFrom is not null;
}
