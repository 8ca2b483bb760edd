using System.Globalization;

namespace Kommunedigital.Core.Boundaries;

/// <summary>
/// Reads the coordinate reference system names that GeoJSON files and the manifest use. GDAL writes
/// "urn:ogc:def:crs:EPSG::25833"; people write "EPSG:25833"; RFC 7946 files have no crs member at all,
/// which means WGS84 longitude/latitude.
/// </summary>
internal static class BoundaryCrs
{
    /// <summary>The manifest's name for WGS84 longitude/latitude.</summary>
    public const string Wgs84Name = "WGS84";

    /// <summary>What the error messages list as supported.</summary>
    public static string SupportedText { get; } =
        "WGS84 (EPSG:4326, CRS84), " + string.Join(", ", CrsTransforms.SupportedEpsg.Order().Select(e => "EPSG:" + e.ToString(CultureInfo.InvariantCulture)));

    /// <summary>
    /// Parses a CRS name. <paramref name="epsg"/> is null for WGS84 longitude/latitude, else a
    /// projected EPSG code that <see cref="CrsTransforms"/> can reproject.
    /// </summary>
    /// <remarks>
    /// EPSG:4326 formally has latitude first, but GeoJSON writers (GDAL among them) put longitude first
    /// whatever the name says, so it is read as longitude/latitude like CRS84. EPSG:4258 (ETRS89) is
    /// within a metre of WGS84 in Norway and is treated as the same, as <see cref="CrsTransforms"/> does.
    /// </remarks>
    public static bool TryParse(string? name, out int? epsg)
    {
        epsg = null;
        var text = name?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        if (text.Equals(Wgs84Name, StringComparison.OrdinalIgnoreCase) ||
            text.Equals("WGS 84", StringComparison.OrdinalIgnoreCase) ||
            text.EndsWith(":CRS84", StringComparison.OrdinalIgnoreCase) ||
            text.Equals("CRS84", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (TryReadEpsgNumber(text) is not { } code)
        {
            return false;
        }

        if (code is 4326 or 4258)
        {
            return true;
        }

        if (CrsTransforms.SupportedEpsg.Contains(code))
        {
            epsg = code;
            return true;
        }

        return false;
    }

    /// <summary>The manifest's spelling of a parsed CRS: "WGS84" or "EPSG:25833".</summary>
    public static string Name(int? epsg) =>
        epsg is { } code ? "EPSG:" + code.ToString(CultureInfo.InvariantCulture) : Wgs84Name;

    // "EPSG:25833", "urn:ogc:def:crs:EPSG::25833", "urn:ogc:def:crs:EPSG:6.6:25833",
    // "http://www.opengis.net/def/crs/EPSG/0/25833": the code is the last run of digits after "EPSG".
    private static int? TryReadEpsgNumber(string text)
    {
        var at = text.IndexOf("EPSG", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var separator = text.LastIndexOfAny([':', '/']);
        if (separator < at)
        {
            return null;
        }

        var digits = text[(separator + 1)..];
        return digits.Length is > 0 and <= 6 && digits.All(char.IsAsciiDigit)
            ? int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture)
            : null;
    }
}
