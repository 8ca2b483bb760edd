namespace Kommunedigital.Core.Views;

/// <summary>
/// A view's query values as written in the link, under their canonical names (<see cref="QueryNames"/>), found by
/// <see cref="MapViewQueryString.Read"/>: trimmed, null when absent or blank, not yet interpreted or checked.
/// </summary>
/// <param name="Indicator">The <c>indikator</c> value.</param>
/// <param name="Year">The <c>aar</c> value.</param>
/// <param name="County">The <c>fylke</c> value.</param>
/// <param name="Municipality">The <c>kommune</c> value.</param>
/// <param name="Method">The <c>klassifisering</c> value.</param>
/// <param name="Extent">The <c>utsnitt</c> value (or the older <c>bbox</c>).</param>
/// <param name="Change">The <c>endring</c> value.</param>
/// <param name="Version">The <c>versjon</c> value.</param>
public sealed record MapViewQueryValues(string? Indicator, string? Year, string? County, string? Municipality, string? Method, string? Extent, string? Change = null, string? Version = null);
