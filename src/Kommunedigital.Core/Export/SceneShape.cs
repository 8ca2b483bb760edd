using Kommunedigital.Core.Boundaries;
using SkiaSharp;

namespace Kommunedigital.Core.Export;

/// <summary>
/// One municipality as drawn: its display outline projected to UTM 33 (EPSG:25833) and fitted into the scene's
/// map frame, in output units with y down.
/// </summary>
/// <param name="Code">Kommunenummer.</param>
/// <param name="Name">Name as data: plain text, never markup.</param>
/// <param name="Fill">"#rrggbb" from the model (class colour, missing colour or outside-selection grey).</param>
/// <param name="InSelection">False for neighbours outside a county filter, drawn as grey context.</param>
/// <param name="IsMissing">In the selection without a value: drawn hatched over <paramref name="Fill"/>.</param>
/// <param name="IsHighlighted">The view's selected municipality: drawn with a dark outline.</param>
/// <param name="ValueText">"54,3" (nb-NO, one decimal) or the SSB reason, e.g. "Tall mangler".</param>
/// <param name="Rings">
/// Closed rings (first point not repeated at the end): exteriors and holes of every part. Fill them with the
/// even-odd rule; holes and islands then need no orientation.
/// </param>
public sealed record SceneShape(
    MunicipalityCode Code,
    string Name,
    string Fill,
    bool InSelection,
    bool IsMissing,
    bool IsHighlighted,
    string ValueText,
    IReadOnlyList<SKPoint[]> Rings);
