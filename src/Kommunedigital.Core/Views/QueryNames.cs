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
    public const string Extent = "bbox";

    /// <summary>Downloads only: PNG scale factor 1-4.</summary>
    public const string Scale = "skala";

    /// <summary>Downloads only: PDF page orientation, "liggende" (landscape, default) or "staaende" (portrait).</summary>
    public const string Orientation = "retning";

    /// <summary>Downloads only: CSV dialect, "excel" (default: BOM, ';', decimal comma) or "rfc4180" (',', '.').</summary>
    public const string CsvDialect = "csv";
}
