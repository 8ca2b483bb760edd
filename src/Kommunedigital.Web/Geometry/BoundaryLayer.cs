namespace Kommunedigital.Web.Geometry;

/// <summary>The two layers of a boundary set served to the map.</summary>
public enum BoundaryLayer
{
    Municipalities,
    Counties,
}
