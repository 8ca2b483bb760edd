namespace Kommunedigital.Core.Views;

/// <summary>The sortable columns of the table view, in the table's order.</summary>
public enum TableColumn
{
    /// <summary>Kommunenummer: by code, as text ("0301" before "1101").</summary>
    MunicipalityCode,

    /// <summary>Kommune: by name in Norwegian order (æ, ø, å after z).</summary>
    MunicipalityName,

    /// <summary>Fylke: by county name in Norwegian order.</summary>
    CountyName,

    /// <summary>Verdi: by score; missing scores last in either direction.</summary>
    Value,

    /// <summary>Rangering: by rank; unranked last in either direction.</summary>
    Rank,
}
