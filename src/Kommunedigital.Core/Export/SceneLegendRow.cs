using SkiaSharp;

namespace Kommunedigital.Core.Export;

/// <summary>One legend row: a swatch and its label, in output units (y down).</summary>
/// <param name="Swatch">The swatch rectangle.</param>
/// <param name="Colour">Swatch fill "#rrggbb".</param>
/// <param name="Hatched">True for the missing-data row: drawn with the same hatch as missing municipalities.</param>
/// <param name="Label">E.g. "40,0–52,3 (71)" or "Mangler data: Tall mangler (3)".</param>
public sealed record SceneLegendRow(SKRect Swatch, string Colour, bool Hatched, SceneText Label);
