namespace Kommunedigital.Core.Views;

/// <summary>
/// A bounding box in WGS84 degrees. Valid boxes have West &lt; East, South &lt; North,
/// longitudes within [-180, 180] and latitudes within [-90, 90].
/// </summary>
public sealed record GeoBounds(double West, double South, double East, double North);
