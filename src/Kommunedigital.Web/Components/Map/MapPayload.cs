using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Web.Components.Map;

/// <summary>
/// What the JS module needs to draw one view: where the geometry is (HTTP, cached by the browser) and a
/// colour per municipality. Only this crosses the SignalR circuit; geometry never does.
/// </summary>
/// <param name="MunicipalitiesUrl">Versioned URL of the structure's municipality GeoJSON.</param>
/// <param name="CountiesUrl">Versioned URL of the structure's county GeoJSON.</param>
/// <param name="Styles">By kommunenummer: [fill "#rrggbb", kind (0 value, 1 missing, 2 outside), value text, rank text].</param>
/// <param name="Selected">Highlighted municipality, or null.</param>
/// <param name="County">County filter, or null for the whole country.</param>
/// <param name="Label">Indicator name for the tooltip.</param>
/// <param name="MapLabel">Accessible name of the map region.</param>
/// <param name="CountyNames">County names of the structure by fylkesnummer, for the tooltip.</param>
public sealed record MapPayload(
    string MunicipalitiesUrl,
    string CountiesUrl,
    IReadOnlyDictionary<string, object[]> Styles,
    string? Selected,
    string? County,
    string Label,
    string MapLabel,
    IReadOnlyDictionary<string, string> CountyNames)
{
    public const int KindValue = 0;
    public const int KindMissing = 1;
    public const int KindOutside = 2;

    /// <summary>Builds the payload of <paramref name="model"/>, whose boundaries are served at the given URLs.</summary>
    public static MapPayload From(ChoroplethModel model, string municipalitiesUrl, string countiesUrl)
    {
        var ranked = model.Entries.Count(e => e.Rank is not null);
        var styles = new Dictionary<string, object[]>(model.Entries.Count, StringComparer.Ordinal);
        foreach (var entry in model.Entries)
        {
            var kind = !entry.InSelection ? KindOutside : entry.ClassIndex is null ? KindMissing : KindValue;
            var rank = entry.Rank is { } r ? NorwegianFormat.Rank(r, ranked) : string.Empty;
            styles[entry.Municipality.Code.Value] = [entry.Fill, kind, NorwegianFormat.Score(entry.Score), rank];
        }

        return new MapPayload(
            municipalitiesUrl,
            countiesUrl,
            styles,
            model.View.Municipality?.Value,
            model.View.County?.Value,
            IndicatorText.Label(model.View.Indicator),
            $"Kart: {model.Title}",
            model.Boundaries.Counties.ToDictionary(c => c.Code.Value, c => c.Name, StringComparer.Ordinal));
    }

    /// <summary>The object the module's <c>setView</c> takes.</summary>
    public object ToJs(bool fit) => new
    {
        municipalitiesUrl = MunicipalitiesUrl,
        countiesUrl = CountiesUrl,
        styles = Styles,
        selected = Selected,
        county = County,
        label = Label,
        mapLabel = MapLabel,
        countyNames = CountyNames,
        fit,
    };
}
