using Kommunedigital.Core.Views;

namespace Kommunedigital.Web.Components.Map;

/// <summary>
/// One municipality in a <see cref="MapPayload"/>. The module gets it as the short array <see cref="ToJs"/> writes
/// (what painting, the legend, the labels and the tooltip need); the <see cref="Announcement"/> stays on the server
/// and is asked for when keyboard travel lands on the municipality, so each view's message carries no long texts.
/// </summary>
/// <param name="Fill">"#rrggbb" (<see cref="ChoroplethEntry.Fill"/>).</param>
/// <param name="Status">"verdi", "ssb-symbol", "ikke-oppgitt", "ikke-med" or "utenfor" (<see cref="MapPalette.Slug"/>).</param>
/// <param name="Value">"54,3" or the missing reason (<see cref="ChoroplethEntry.ValueText"/>).</param>
/// <param name="Rank">"nr. 12 av 356", or null.</param>
/// <param name="County">The county's name.</param>
/// <param name="Name">The name valid in the view's year (<see cref="ChoroplethEntry.Name"/>), the tooltip's heading.</param>
/// <param name="Number">The number valid in the view's year (<see cref="ChoroplethEntry.Number"/>; 5061 for the 2019 shape 1567).</param>
/// <param name="Announcement">What the live region reads when keyboard travel lands here (<see cref="FocusAnnouncement"/>).</param>
/// <param name="LegendKey">The legend row it is counted in (<see cref="Map.LegendKey"/>), what the legend's buttons highlight; null outside the selection.</param>
/// <param name="Tooltip">
/// A change view's text, shown instead of value and rank (<see cref="ChoroplethEntry.Tooltip"/>: "Fra 44,1 (2018) til 51,3
/// (2022): +7,2 poeng, nr. 5 av 310", or why not comparable); null in a level view.
/// </param>
public sealed record MapPayloadEntry(
    string Fill,
    string Status,
    string Value,
    string? Rank,
    string County,
    string Name,
    string Number,
    string Announcement,
    string? LegendKey,
    string? Tooltip = null)
{
    /// <summary>
    /// What the module reads (ChoroplethMap.razor.js, <c>entriesFromJs</c>): <paramref name="kind"/>, the index of the
    /// entry's [fill, status, legend key] in the view's <c>kinds</c>, then value and rank, or in a change view the
    /// <see cref="Tooltip"/> alone (what its tooltip shows instead). The name and county go once per set of names
    /// (<see cref="MapPayload.ToJs"/>'s <c>names</c>); the number and the announcement are not sent.
    /// </summary>
    public object?[] ToJs(int kind) => Tooltip is null ? [kind, Value, Rank] : [kind, Tooltip];
}
