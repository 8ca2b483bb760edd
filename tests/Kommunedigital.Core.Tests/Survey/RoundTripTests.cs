using System.Text;
using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Survey;
using Kommunedigital.SampleData;
using static Kommunedigital.Core.Tests.Survey.SurveyLayouts;

namespace Kommunedigital.Core.Tests.Survey;

/// <summary>
/// Every layout and encoding the importer reads: the dataset written in that form by <see cref="SurveyLayouts"/>
/// comes back equal, value by value and missing kind by missing kind.
/// </summary>
public class RoundTripTests
{
    private static readonly SurveyImporter Importer = new(new DataOptions { MinimumCoverage = 0 });

    static RoundTripTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>
    /// The generated sample on the test catalog, with every kind of missing: SSB's "..", ":" and "." from the
    /// generator and by hand, an empty cell (not stated), "-" (nil, a real 0), and Tromsø 1902 left out entirely.
    /// </summary>
    internal static SurveyDataset Dataset { get; } = MakeDataset();

    public static TheoryData<Layout, char, string> CsvCases()
    {
        var cases = new TheoryData<Layout, char, string>();
        foreach (var layout in Enum.GetValues<Layout>())
        {
            foreach (var (separator, encoding) in new[] { (';', "windows-1252"), (';', "utf-8-bom"), (',', "utf-8"), ('\t', "utf-16") })
            {
                cases.Add(layout, separator, encoding);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(CsvCases))]
    public void CsvComesBackEqual(Layout layout, char separator, string encoding)
    {
        var bytes = Csv(Table(Dataset, TestCatalog.Instance, layout, decimalComma: separator == ';'), separator, EncodingOf(encoding), quoteAll: separator == ',');

        var result = Importer.Import(new MemoryStream(bytes), "rundtur.csv", TestCatalog.Instance);

        AssertEqual(result);
        Assert.Contains(LayoutText(layout), result.Report.Format, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Layout.WideWithStatus)]
    [InlineData(Layout.Long)]
    [InlineData(Layout.WideByIndicatorAndYear)]
    [InlineData(Layout.WideByYear)]
    public void XlsxComesBackEqual(Layout layout)
    {
        var bytes = Xlsx(Table(Dataset, TestCatalog.Instance, layout, decimalComma: false));

        var result = Importer.Import(new MemoryStream(bytes), "rundtur.xlsx", TestCatalog.Instance);

        AssertEqual(result);
        Assert.StartsWith("Excel-arbeidsbok, ark «Data», " + LayoutText(layout), result.Report.Format, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void JsonStatComesBackEqual(bool kPrefix)
    {
        var result = Importer.Import(new MemoryStream(JsonStat(Dataset, TestCatalog.Instance, kPrefix)), "rundtur.json", TestCatalog.Instance);

        AssertEqual(result);
        Assert.Equal("JSON-stat 2.0, lang tabell (én rad per kommune, år og indikator), observasjoner nummerert fra 1", result.Report.Format);
    }

    [Fact]
    public void TheDatasetHoldsEveryKindOfMissing()
    {
        Assert.Equal(Score.NotStated, Dataset.Get(MunicipalityCode.Parse("0219"), 2018, Indicator.Kompetanse));
        Assert.Equal(Score.FromSymbol(SsbSymbol.Nil), Dataset.Get(MunicipalityCode.Parse("4601"), 2022, Indicator.Aktivitet));
        Assert.Equal(Score.FromSymbol(SsbSymbol.NotApplicable), Dataset.Get(MunicipalityCode.Parse("1580"), 2024, Indicator.Prioritering));
        Assert.Null(Dataset.Get(MunicipalityCode.Parse("1902"), 2018, Indicator.Kompetanse));
        Assert.Contains(Dataset.Records, r => r.Score.Symbol == SsbSymbol.Missing);
        Assert.Contains(Dataset.Records, r => r.Score.Symbol == SsbSymbol.Confidential);
    }

    private static void AssertEqual(ImportResult result)
    {
        Assert.Equal(ImportVerdict.Accepted, result.Report.Verdict);
        Assert.Empty(result.Report.Problems);
        Assert.Empty(result.Report.NameWarnings);
        Assert.Equal(Dataset.Records, result.Dataset!.Records);
        Assert.Equal(1, result.Report.NotStatedCount);
    }

    private static string LayoutText(Layout layout) => layout switch
    {
        Layout.WideWithStatus => "bred tabell (én kolonne per indikator)",
        Layout.Long => "lang tabell (én rad per kommune, år og indikator)",
        Layout.WideByIndicatorAndYear => "bred tabell (én kolonne per indikator og år)",
        _ => "bred tabell (én kolonne per år)",
    };

    private static Encoding EncodingOf(string name) => name switch
    {
        "windows-1252" => Encoding.GetEncoding(1252),
        "utf-8-bom" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
        "utf-8" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        _ => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
    };

    private static SurveyDataset MakeDataset()
    {
        var sample = SampleDataGenerator.Generate(TestCatalog.Instance);
        var changed = new Dictionary<(string, int, Indicator), Score>
        {
            [("0219", 2018, Indicator.Kompetanse)] = Score.NotStated,
            [("4601", 2022, Indicator.Aktivitet)] = Score.FromSymbol(SsbSymbol.Nil),
            [("1580", 2024, Indicator.Prioritering)] = Score.FromSymbol(SsbSymbol.NotApplicable),
        };
        var records = sample.Records
            .Where(r => r.Municipality.Value != "1902")
            .Select(r => changed.TryGetValue((r.Municipality.Value, r.Year, r.Indicator), out var score) ? r with { Score = score } : r);
        return new SurveyDataset("rundtur", isSample: false, records);
    }
}
