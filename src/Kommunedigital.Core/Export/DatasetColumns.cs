using Kommunedigital.Core.Resources;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Views;

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

    private static readonly IReadOnlyList<string> English = Read(ReaderLanguage.English);

    /// <summary>
    /// The eleven headers of a download in <paramref name="language"/>: <see cref="All"/> in bokmål; in English
    /// "municipality_number", "municipality", "county_number", "county", "year", "digital_priority",
    /// "digital_competence", "digital_activity", "status_priority", "status_competence", "status_activity".
    /// </summary>
    public static IReadOnlyList<string> For(ReaderLanguage language) => language == ReaderLanguage.English ? English : All;

    /// <summary>The headers as the resources write them (the bokmål ones equal <see cref="All"/>; a test holds them to it).</summary>
    internal static IReadOnlyList<string> Read(ReaderLanguage language)
    {
        string Word(Indicator indicator) => ReaderText.Get(language, "Column.Indicator." + indicator);
        return
        [
            ReaderText.Get(language, "Column.Municipality"),
            ReaderText.Get(language, "Column.MunicipalityName"),
            ReaderText.Get(language, "Column.County"),
            ReaderText.Get(language, "Column.CountyName"),
            ReaderText.Get(language, "Column.Year"),
            .. IndicatorText.All.Select(i => ReaderText.Format(language, "Column.Score", Word(i))),
            .. IndicatorText.All.Select(i => ReaderText.Format(language, "Column.Status", Word(i))),
        ];
    }

    /// <summary>The indicator's word in a change download's indicator column: the slug in bokmål, "priority" etc. in English.</summary>
    public static string IndicatorWord(Indicator indicator, ReaderLanguage language) =>
        language == ReaderLanguage.English ? ReaderText.Get(language, "Column.Indicator." + indicator) : IndicatorText.Slug(indicator);
}
