namespace Kommunedigital.Bench.Browser;

/// <summary>A page whose first view is measured, and how to tell that it has drawn every shape.</summary>
/// <param name="Name">Short id used in results ("map", "embed", "baseline").</param>
/// <param name="Url">Absolute URL to open.</param>
/// <param name="ReadyAttribute">Attribute the page sets on its map container once every shape is drawn.</param>
/// <param name="ShapeSelector">CSS selector matching one element per drawn municipality.</param>
public sealed record PageTarget(string Name, string Url, string ReadyAttribute, string ShapeSelector);
