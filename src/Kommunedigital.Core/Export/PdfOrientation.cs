namespace Kommunedigital.Core.Export;

/// <summary>Orientation of an A4 PDF page.</summary>
public enum PdfOrientation
{
    /// <summary>297 × 210 mm (842 × 595 pt): the default, room for the legend beside the map.</summary>
    Landscape,

    /// <summary>210 × 297 mm (595 × 842 pt).</summary>
    Portrait,
}
