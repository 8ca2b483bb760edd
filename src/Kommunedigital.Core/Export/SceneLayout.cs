namespace Kommunedigital.Core.Export;

/// <summary>
/// The page a <see cref="MapScene"/> is laid out on, in output units (pixels for PNG, points for PDF).
/// Text sizes and margins follow the page's shorter side, so a layout looks the same at any size.
/// </summary>
public sealed record SceneLayout
{
    /// <summary>Largest side accepted, in output units: far beyond any print size, small enough to allocate.</summary>
    public const float MaxSide = 10_000;

    /// <param name="width">Page width, 1 to <see cref="MaxSide"/>.</param>
    /// <param name="height">Page height, 1 to <see cref="MaxSide"/>.</param>
    /// <param name="mapOnly">
    /// Only the map: no title, legend or source, no margin, and the page shrunk to the fitted map's own aspect
    /// inside <paramref name="width"/> × <paramref name="height"/> (the picture on a PowerPoint slide).
    /// </param>
    public SceneLayout(float width, float height, bool mapOnly = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1f);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1f);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, MaxSide);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(height, MaxSide);
        Width = width;
        Height = height;
        MapOnly = mapOnly;
    }

    /// <summary>ISO A4 width in PostScript points (210 mm).</summary>
    public const float A4ShortSide = 595.2756f;

    /// <summary>ISO A4 height in PostScript points (297 mm).</summary>
    public const float A4LongSide = 841.8898f;

    public float Width { get; }

    public float Height { get; }

    public bool MapOnly { get; }

    /// <summary>The PNG default: 1200 × 1500 pixels, portrait like Norway.</summary>
    public static SceneLayout PngDefault { get; } = new(1200, 1500);

    /// <summary>A4 landscape in points, the PDF default.</summary>
    public static SceneLayout A4Landscape { get; } = new(A4LongSide, A4ShortSide);

    /// <summary>A4 portrait in points.</summary>
    public static SceneLayout A4Portrait { get; } = new(A4ShortSide, A4LongSide);
}
