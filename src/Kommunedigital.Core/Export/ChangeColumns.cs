using Kommunedigital.Core.Resources;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Core.Export;

/// <summary>
/// Column names of the CSV and Excel downloads of a change view (<see cref="ChoroplethModel.Change"/>), in order: the
/// later year's municipality as in every other download, then the earlier year's, the later year's values, the change
/// and why a municipality has none. Public once published, like <see cref="DatasetColumns"/>; GeoJSON uses the same
/// names with "aar" for "år".
/// </summary>
public static class ChangeColumns
{
    public const string Indicator = "indikator";
    public const string EarlierYear = "fra_år";
    public const string EarlierMunicipality = "fra_kommunenummer";
    public const string EarlierMunicipalityName = "fra_kommune";
    public const string EarlierScore = "fra_verdi";
    public const string EarlierStatus = "fra_status";
    public const string LaterYear = "til_år";
    public const string LaterScore = "til_verdi";
    public const string LaterStatus = "til_status";
    public const string Difference = "endring";
    public const string Rank = "rangering";
    public const string Comparability = "sammenlignbarhet";
    public const string Explanation = "forklaring";

    /// <summary>All seventeen headers in file order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        DatasetColumns.Municipality, DatasetColumns.MunicipalityName, DatasetColumns.County, DatasetColumns.CountyName,
        Indicator,
        EarlierYear, EarlierMunicipality, EarlierMunicipalityName, EarlierScore, EarlierStatus,
        LaterYear, LaterScore, LaterStatus,
        Difference, Rank, Comparability, Explanation,
    ];

    private static readonly IReadOnlyList<string> English = Read(ReaderLanguage.English);

    /// <summary>
    /// The seventeen headers in <paramref name="language"/>: <see cref="All"/> in bokmål; in English the level file's first
    /// four, then "indicator", "from_year", "from_municipality_number", "from_municipality", "from_value", "from_status",
    /// "to_year", "to_value", "to_status", "change", "rank", "comparability", "explanation".
    /// </summary>
    public static IReadOnlyList<string> For(ReaderLanguage language) => language == ReaderLanguage.English ? English : All;

    /// <summary>The headers as the resources write them (the bokmål ones equal <see cref="All"/>; a test holds them to it).</summary>
    internal static IReadOnlyList<string> Read(ReaderLanguage language)
    {
        var level = DatasetColumns.Read(language);
        return
        [
            level[0], level[1], level[2], level[3],
            .. new[]
            {
                "Indicator", "EarlierYear", "EarlierMunicipality", "EarlierMunicipalityName", "EarlierScore", "EarlierStatus",
                "LaterYear", "LaterScore", "LaterStatus", "Difference", "Rank", "Comparability", "Explanation",
            }.Select(name => ReaderText.Get(language, "Column." + name)),
        ];
    }
}
