namespace Kommunedigital.Core.Boundaries;

/// <summary>How to read one GeoJSON file of a boundary set (municipalities or counties).</summary>
/// <param name="File">A <see cref="BoundaryFileEntry.FileName"/> listed in the manifest.</param>
/// <param name="Crs">
/// The file's coordinate reference system as the manifest names it: "WGS84" or "EPSG:25832/25833/25835".
/// A <c>crs</c> member in the file must agree with it.
/// </param>
/// <param name="CodeProperty">Feature property holding the number (JSON text or number).</param>
/// <param name="NameProperty">
/// Feature property holding the name; required for municipalities. County names come from the set's
/// county table, so for counties it is informational only.
/// </param>
public sealed record BoundaryLayerEntry(string File, string Crs, string CodeProperty, string? NameProperty);
