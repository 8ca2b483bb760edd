using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Export;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Tests.Survey;

namespace Kommunedigital.Core.Tests.Export;

internal static class ExportFixtures
{
    /// <summary>
    /// A dataset over <see cref="TestCatalog"/> with every kind of score: whole numbers, two decimals
    /// (Excel keeps them; CSV rounds to one), each SSB symbol, and a municipality without records.
    /// </summary>
    public static SurveyDataset Dataset(bool oneDecimal = false)
    {
        var records = new List<SurveyRecord>
        {
            new(Code("0301"), 2018, Indicator.Prioritering, Score.Of(55.3)),
            new(Code("0301"), 2018, Indicator.Kompetanse, Score.Of(60)),
            new(Code("0301"), 2018, Indicator.Aktivitet, Score.FromSymbol(SsbSymbol.Missing)),
            new(Code("0219"), 2018, Indicator.Prioritering, Score.Of(48.1)),
            new(Code("0219"), 2018, Indicator.Kompetanse, Score.FromSymbol(SsbSymbol.Confidential)),
            new(Code("0219"), 2018, Indicator.Aktivitet, Score.FromSymbol(SsbSymbol.Nil)),
            new(Code("4601"), 2022, Indicator.Prioritering, Score.Of(oneDecimal ? 66.3 : 66.25)),
            new(Code("4601"), 2022, Indicator.Kompetanse, Score.FromSymbol(SsbSymbol.NotApplicable)),
            new(Code("4601"), 2022, Indicator.Aktivitet, Score.Of(100)),
            new(Code("0301"), 2022, Indicator.Prioritering, Score.Of(0.1)),
            new(Code("0301"), 2022, Indicator.Kompetanse, Score.Of(71.4)),
            new(Code("0301"), 2022, Indicator.Aktivitet, Score.Of(75)),
            new(Code("1580"), 2024, Indicator.Prioritering, Score.Of(42.7)),
            new(Code("1580"), 2024, Indicator.Kompetanse, Score.Of(43.8)),
            new(Code("1580"), 2024, Indicator.Aktivitet, Score.Of(44.9)),
        };
        return new SurveyDataset("test", isSample: false, records);
    }

    /// <summary>
    /// The download rows of <paramref name="dataset"/> that hold at least one record: what the importer reads back
    /// as it is. A row without records says "ikke med i datasettet" in its status cells, which the importer does not
    /// read yet (a record that is not there cannot be imported).
    /// </summary>
    public static IReadOnlyList<DatasetRow> RowsWithRecords(SurveyDataset dataset) =>
        [.. DatasetTable.Build(dataset, TestCatalog.Instance).Where(r => r.Prioritering is not null || r.Kompetanse is not null || r.Aktivitet is not null)];

    public static MunicipalityCode Code(string code) => MunicipalityCode.Parse(code);

    /// <summary>Every record of <paramref name="expected"/> equals the same key's score in <paramref name="actual"/>, and no more.</summary>
    public static void AssertSameScores(SurveyDataset expected, SurveyDataset? actual)
    {
        Assert.NotNull(actual);
        foreach (var record in expected.Records)
        {
            Assert.Equal((record.Municipality, record.Year, record.Indicator, record.Score), (record.Municipality, record.Year, record.Indicator, actual.Get(record.Municipality, record.Year, record.Indicator)));
        }
    }
}
