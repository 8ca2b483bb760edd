namespace Kommunedigital.Bench.Browser;

/// <summary>One recolour: the control's change event to the end of the frame after the last shape changed.</summary>
/// <param name="Change">"indicator", "year", "county" or "mode" (level ↔ change view).</param>
/// <param name="From">Option value before.</param>
/// <param name="To">Option value chosen.</param>
/// <param name="Ms">Latency on the page clock.</param>
/// <param name="ShapesChanged">Shape fills (or classes) that changed, plus shapes added.</param>
public sealed record Recolour(string Change, string From, string To, double Ms, int ShapesChanged);
