namespace Kommunedigital.Core.Export;

/// <summary>The two CSV dialects the downloads offer.</summary>
public enum DatasetCsvFormat
{
    /// <summary>What Norwegian Excel opens by double-click: UTF-8 with BOM, ';' separator, decimal comma.</summary>
    Excel,

    /// <summary>RFC 4180 for scripts: UTF-8 without BOM, ',' separator, decimal point.</summary>
    Rfc4180,
}
