using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Resources;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Core.Survey;

/// <summary>
/// An immutable set of survey scores: at most one <see cref="SurveyRecord"/> per
/// (municipality, year, indicator). Municipality codes belong to each year's own structure.
/// </summary>
public sealed class SurveyDataset
{
    /// <summary>The label every view of the sample dataset carries, in bokmål: "Eksempeldata – ikke offisielle tall fra SSB".</summary>
    public static string SampleNotice { get; } = SampleNoticeText(ReaderLanguage.Bokmal);

    /// <summary>The sample label in <paramref name="language"/>: "Sample data – not official SSB figures" in English.</summary>
    public static string SampleNoticeText(ReaderLanguage language) => ReaderText.Get(language, "Sample.Notice");

    private readonly Dictionary<(MunicipalityCode, int, Indicator), Score> _scores;

    /// <param name="name">Short name for logs and "Om dataene", e.g. "sample" or a file name.</param>
    /// <param name="isSample">True for the generated sample data: every view must say so.</param>
    /// <param name="records">Records; a later duplicate key is an error the importer must have removed.</param>
    public SurveyDataset(string name, bool isSample, IEnumerable<SurveyRecord> records)
    {
        Name = name;
        IsSample = isSample;
        Records = records
            .OrderBy(r => r.Year).ThenBy(r => r.Municipality).ThenBy(r => r.Indicator)
            .ToArray();
        _scores = Records.ToDictionary(r => (r.Municipality, r.Year, r.Indicator), r => r.Score);
        Years = Records.Select(r => r.Year).Distinct().Order().ToArray();
    }

    public string Name { get; }

    public bool IsSample { get; }

    /// <summary>Ordered by year, municipality, indicator.</summary>
    public IReadOnlyList<SurveyRecord> Records { get; }

    /// <summary>Distinct years, ascending.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>The score, or null when the dataset has no record for that key.</summary>
    public Score? Get(MunicipalityCode municipality, int year, Indicator indicator) =>
        _scores.TryGetValue((municipality, year, indicator), out var score) ? score : null;
}
