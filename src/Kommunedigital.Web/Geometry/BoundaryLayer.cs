namespace Kommunedigital.Web.Geometry;

/// <summary>The layers of a boundary set served to the map.</summary>
public enum BoundaryLayer
{
    /// <summary>The municipalities' display geometry as GeoJSON: the map's detailed shapes, fetched when it zooms in.</summary>
    Municipalities,

    /// <summary>The counties' display geometry as GeoJSON: the outlines drawn when a county is chosen.</summary>
    Counties,

    /// <summary>
    /// The municipalities' country-view shapes as SVG (<c>FirstPaintSvg.WriteShapes</c>), the format of the first
    /// paint: what the map draws a boundary set with until it zooms in.
    /// </summary>
    Shapes,
}
