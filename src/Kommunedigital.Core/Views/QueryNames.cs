namespace Kommunedigital.Core.Views;

/// <summary>
/// The query-string names of a <see cref="MapView"/>. They are public once a link is shared:
/// never rename one; add the new name and keep reading the old.
/// </summary>
public static class QueryNames
{
    public const string Indicator = "indikator";
    public const string Year = "aar";
    public const string County = "fylke";
    public const string Municipality = "kommune";
    public const string Method = "klassifisering";
    public const string Extent = "bbox";
}
