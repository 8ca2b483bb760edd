using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Views;
using SkiaSharp;

namespace Kommunedigital.Core.Export;

/// <summary>
/// One municipality as drawn: its display outline projected to UTM 33 (EPSG:25833) and fitted into the scene's
/// map frame, in output units with y down.
/// </summary>
/// <param name="Code">Kommunenummer.</param>
/// <param name="Name">Name as data: plain text, never markup.</param>
/// <param name="Fill">"#rrggbb" from the model (class colour, missing colour or outside-selection grey).</param>
/// <param name="Status">The entry's status: outside the county filter is grey context, each kind of missing its own hatch.</param>
/// <param name="IsHighlighted">The view's selected municipality: drawn with a dark outline.</param>
/// <param name="ValueText">The entry's <see cref="ChoroplethEntry.ValueText"/>: "54,3" or the missing reason, e.g. "Tall mangler".</param>
/// <param name="Rings">
/// Closed rings (first point not repeated at the end): exteriors and holes of every part. Fill them with the
/// even-odd rule; holes and islands then need no orientation.
/// </param>
public sealed record SceneShape(
    MunicipalityCode Code,
    string Name,
    string Fill,
    EntryStatus Status,
    bool IsHighlighted,
    string ValueText,
    IReadOnlyList<SKPoint[]> Rings)
{
    /// <summary>False for neighbours outside a county filter, drawn as grey context.</summary>
    public bool InSelection => Status != EntryStatus.OutsideSelection;

    /// <summary>The hatch drawn over <see cref="Fill"/> (<see cref="MapPalette.HatchAngle"/>); null when not missing.</summary>
    public int? HatchAngle => MapPalette.HatchAngle(Status);

    /// <summary>In the selection without a value: drawn hatched.</summary>
    public bool IsMissing => HatchAngle is not null;
}
