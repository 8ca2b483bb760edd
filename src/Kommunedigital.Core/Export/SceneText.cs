namespace Kommunedigital.Core.Export;

/// <summary>
/// One line of text placed on a <see cref="MapScene"/>, in output units (pixels or points, y down). Text from
/// data (municipality names) stays plain text in every format: each writer escapes or shapes it, never parses it.
/// </summary>
/// <param name="Text">The line, already wrapped to fit; never empty.</param>
/// <param name="X">Left edge of the line.</param>
/// <param name="Baseline">Y of the baseline.</param>
/// <param name="Size">Font size (em height) in output units.</param>
/// <param name="Weight">Regular or semibold Source Sans 3.</param>
/// <param name="Colour">"#rrggbb".</param>
/// <param name="Role">What the line is.</param>
public sealed record SceneText(string Text, float X, float Baseline, float Size, SceneFontWeight Weight, string Colour, SceneTextRole Role);
