using Kommunedigital.Core.Boundaries;
using NetTopologySuite.Geometries;
using SkiaSharp;

namespace Kommunedigital.Core.Export;

/// <summary>
/// How a <see cref="MapScene"/> places the map: WGS84 is projected to UTM 33 (EPSG:25833) metres, then scaled
/// uniformly (no stretching) and shifted into output units with y pointing down.
/// </summary>
/// <param name="Scale">Output units per UTM metre.</param>
/// <param name="OffsetX">Output x of easting 0.</param>
/// <param name="OffsetY">Output y of northing 0.</param>
public readonly record struct SceneProjection(double Scale, double OffsetX, double OffsetY)
{
    /// <summary>The projection that centres <paramref name="utm33Bounds"/> in <paramref name="frame"/> as large as fits.</summary>
    public static SceneProjection Fit(SKRect frame, Envelope utm33Bounds)
    {
        ArgumentNullException.ThrowIfNull(utm33Bounds);
        var scale = Math.Min(frame.Width / utm33Bounds.Width, frame.Height / utm33Bounds.Height);
        var centre = utm33Bounds.Centre;
        return new SceneProjection(scale, frame.MidX - (centre.X * scale), frame.MidY + (centre.Y * scale));
    }

    /// <summary>UTM 33 easting/northing (metres) to output units.</summary>
    public SKPoint FromUtm33(double easting, double northing) =>
        new((float)(OffsetX + (easting * Scale)), (float)(OffsetY - (northing * Scale)));

    /// <summary>WGS84 longitude/latitude (degrees) to output units, through UTM 33 as the scene's shapes are.</summary>
    public SKPoint FromWgs84(double longitude, double latitude)
    {
        CrsTransforms.Wgs84ToUtm33.Transform(ref longitude, ref latitude);
        return FromUtm33(longitude, latitude);
    }
}
