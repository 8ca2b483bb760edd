using System.Text.Json.Serialization;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Web.Components.Map;

/// <summary>One municipality in a <see cref="MapPayload"/>, named for the module (the JSON names are fixed here).</summary>
/// <param name="Fill">"#rrggbb" (<see cref="ChoroplethEntry.Fill"/>).</param>
/// <param name="Status">"verdi", "ssb-symbol", "ikke-oppgitt", "ikke-med" or "utenfor" (<see cref="MapPalette.Slug"/>).</param>
/// <param name="Value">"54,3" or the missing reason (<see cref="ChoroplethEntry.ValueText"/>).</param>
/// <param name="Rank">"nr. 12 av 356", or null.</param>
/// <param name="County">The county's name.</param>
/// <param name="Name">The name valid in the view's year (<see cref="ChoroplethEntry.Name"/>), the tooltip's heading.</param>
/// <param name="Number">The number valid in the view's year (<see cref="ChoroplethEntry.Number"/>; 5061 for the 2019 shape 1567).</param>
/// <param name="Tooltip">
/// A change view's text, shown instead of value and rank (<see cref="ChoroplethEntry.Tooltip"/>: "Fra 44,1 (2018) til 51,3
/// (2022): +7,2 poeng, nr. 5 av 310", or why not comparable); left out of the JSON in a level view.
/// </param>
public sealed record MapPayloadEntry(
    [property: JsonPropertyName("fill")] string Fill,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("rank")] string? Rank,
    [property: JsonPropertyName("county")] string County,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("number")] string Number,
    [property: JsonPropertyName("tooltip"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Tooltip = null);
