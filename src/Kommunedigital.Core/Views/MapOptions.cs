using System.ComponentModel.DataAnnotations;

namespace Kommunedigital.Core.Views;

/// <summary>
/// The map page's background tiles (configuration section "Map"; environment variables such as <c>Map__TileUrl</c>).
/// None by default: the choropleth needs no tiles, and without them the page makes no third-party requests.
/// </summary>
public sealed class MapOptions : IValidatableObject
{
    public const string SectionName = "Map";

    /// <summary>
    /// A Leaflet tile URL template, absolute http(s) with <c>{z}</c>, <c>{x}</c> and <c>{y}</c>
    /// (e.g. <c>https://cache.kartverket.no/v1/wmts/1.0.0/topograatone/default/webmercator/{z}/{y}/{x}.png</c>);
    /// null or empty for no tile layer.
    /// </summary>
    public string? TileUrl { get; set; }

    /// <summary>The tile provider's attribution, shown on the map; required when <see cref="TileUrl"/> is set.</summary>
    public string? TileAttribution { get; set; }

    /// <summary>True when a tile layer is configured.</summary>
    public bool HasTiles => !string.IsNullOrWhiteSpace(TileUrl);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!HasTiles)
        {
            yield break;
        }

        if (!Uri.TryCreate(TileUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            yield return new ValidationResult("Map:TileUrl must be an absolute http or https URL.", [nameof(TileUrl)]);
        }

        var missing = new[] { "{z}", "{x}", "{y}" }.Where(p => !TileUrl!.Contains(p, StringComparison.Ordinal)).ToArray();
        if (missing.Length > 0)
        {
            yield return new ValidationResult($"Map:TileUrl lacks the placeholder(s) {string.Join(", ", missing)}.", [nameof(TileUrl)]);
        }

        if (string.IsNullOrWhiteSpace(TileAttribution))
        {
            yield return new ValidationResult("Map:TileAttribution is required with Map:TileUrl: tile providers require their credit on the map.", [nameof(TileAttribution)]);
        }
    }
}
