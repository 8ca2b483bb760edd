using Kommunedigital.Core.Views;
using SkiaSharp;

namespace Kommunedigital.Core.Export;

/// <summary>One legend row: a swatch and its label, in output units (y down).</summary>
/// <param name="Swatch">The swatch rectangle.</param>
/// <param name="Colour">Swatch fill "#rrggbb".</param>
/// <param name="Status"><see cref="EntryStatus.Value"/> for a class row; for a missing-data row its kind, hatched as on the map.</param>
/// <param name="Label">E.g. "40,0–52,3 (71)" or "Mangler data: Tall mangler (3)".</param>
public sealed record SceneLegendRow(SKRect Swatch, string Colour, EntryStatus Status, SceneText Label)
{
    /// <summary>The hatch of a missing-data row (<see cref="MapPalette.HatchAngle"/>); null for a class row.</summary>
    public int? HatchAngle => MapPalette.HatchAngle(Status);

    /// <summary>True for a missing-data row.</summary>
    public bool Hatched => HatchAngle is not null;
}
