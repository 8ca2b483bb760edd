using Kommunedigital.Core.Survey;

namespace Kommunedigital.Core.Export;

/// <summary>
/// Column names of the CSV and Excel downloads, in order. Public once published: people write scripts
/// against them, so they are never renamed. <c>SurveyImporter</c> reads them back.
/// </summary>
public static class DatasetColumns
{
    public const string Municipality = "kommunenummer";
    public const string MunicipalityName = "kommune";
    public const string County = "fylkesnummer";
    public const string CountyName = "fylke";
    public const string Year = "år";

    /// <summary>"digital_prioritering", "digital_kompetanse", "digital_aktivitet".</summary>
    public static string Score(Indicator indicator) => "digital_" + IndicatorText.Slug(indicator);

    /// <summary>"status_prioritering" etc.: the SSB symbol when the score is missing (or "-" for nil), else empty.</summary>
    public static string Status(Indicator indicator) => "status_" + IndicatorText.Slug(indicator);

    /// <summary>All eleven headers in file order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Municipality, MunicipalityName, County, CountyName, Year,
        .. IndicatorText.All.Select(Score),
        .. IndicatorText.All.Select(Status),
    ];
}
