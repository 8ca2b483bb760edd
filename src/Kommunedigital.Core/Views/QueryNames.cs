namespace Kommunedigital.Core.Views;

/// <summary>
/// The query-string names of a <see cref="MapView"/>. They are public once a link is shared:
/// never rename one; add the new name and keep reading the old.
/// </summary>
public static class QueryNames
{
    public const string Indicator = "indikator";
    public const string Year = "aar";

    /// <summary>A change view: "2018-2022" (earlier-later); when present it sets the year instead of <see cref="Year"/>.</summary>
    public const string Change = "endring";
    public const string County = "fylke";
    public const string Municipality = "kommune";
    public const string Method = "klassifisering";

    /// <summary>
    /// The map's extent, "west,south,east,north" in WGS84 degrees: written by the map page once the reader moves the
    /// map, and honoured by the drawn downloads and the embed.
    /// </summary>
    public const string Extent = "utsnitt";

    /// <summary>The extent's first name, never written since <see cref="Extent"/> replaced it and still read.</summary>
    public const string ExtentBbox = "bbox";

    /// <summary>
    /// A published release the link is pinned to ("versjon=3"): the page, the table, the embed and every download show
    /// that release's numbers instead of the latest. Absent: the latest published release.
    /// </summary>
    public const string Version = "versjon";

    /// <summary>Downloads only: PNG scale factor 1-4.</summary>
    public const string Scale = "skala";

    /// <summary>Downloads only: PDF page orientation, "liggende" (landscape, default) or "staaende" (portrait).</summary>
    public const string Orientation = "retning";

    /// <summary>Downloads only: CSV dialect, "excel" (default: BOM, ';', decimal comma) or "rfc4180" (',', '.').</summary>
    public const string CsvDialect = "csv";
}
