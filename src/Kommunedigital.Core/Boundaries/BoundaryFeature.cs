using NetTopologySuite.Geometries;

namespace Kommunedigital.Core.Boundaries;

/// <summary>One polygonal feature as read from a boundary file, in the file's own CRS.</summary>
/// <param name="Index">Zero-based position in the file's feature array, for messages.</param>
/// <param name="Code">The code property as text: a JSON number 301 becomes "301", a string is kept trimmed.</param>
/// <param name="Name">The name property, or null when the layer names none.</param>
/// <param name="Geometry">Polygon or MultiPolygon, possibly invalid.</param>
internal sealed record BoundaryFeature(int Index, string Code, string? Name, Geometry Geometry);
