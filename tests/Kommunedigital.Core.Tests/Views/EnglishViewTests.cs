using System.Globalization;
using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Classification;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Tests.Boundaries;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Core.Tests.Views;

/// <summary>
/// The English model of real views: every text in English with decimal points, the names official. The oracle is the
/// sample CSV read line by line (<see cref="RealSnapshot.SampleRows"/>) and SSB's English wording written out here.
/// </summary>
public class EnglishViewTests(RealBoundaryCatalogFixture fixture) : IClassFixture<RealBoundaryCatalogFixture>
{
    private static readonly MunicipalityCode Oslo = MunicipalityCode.Parse("0301");
    private static readonly MunicipalityCode Tromso = MunicipalityCode.Parse("5501");

    private ChoroplethModel Build(ReaderLanguage language, string? county = null, int? changeFrom = null, int year = 2024) =>
        ChoroplethModelBuilder.Build(
            RealSnapshot.For(fixture),
            new MapView(Indicator.Prioritering, year, county is null ? null : CountyCode.Parse(county), null, ClassificationMethod.Quantile, null, changeFrom, language));

    [Fact]
    public void DigitalPriority2024HasAnEnglishTitleValuesWithDecimalPointsAndEnglishRanks()
    {
        var model = Build(ReaderLanguage.English);
        var values = RealSnapshot.SampleRows.Where(r => r.Key.Year == 2024 && r.Value[0] is not null).Select(r => r.Value[0]!.Value).ToList();

        Assert.Equal("Digital priority 2024", model.Title);
        foreach (var code in new[] { Oslo, Tromso })
        {
            Assert.True(model.TryGetEntry(code, out var entry));
            var value = RealSnapshot.SampleRows[(code.Value, 2024)][0]!.Value;
            Assert.Equal(value.ToString("0.0", CultureInfo.InvariantCulture), entry.ValueText);
            Assert.Equal($"no. {values.Count(v => v > value) + 1} of {values.Count}", entry.RankText);
        }

        Assert.Equal("Source: Statistics Norway (SSB)/Digdir. Map data: © Kartverket (CC BY 4.0)", model.SourceLine);
        Assert.Equal($"{model.Selected.Count} municipalities", model.SelectedCountText);
    }

    [Fact]
    public void MunicipalityAndCountyNamesStayTheOfficialNames()
    {
        var english = Build(ReaderLanguage.English);
        var bokmal = Build(ReaderLanguage.Bokmal);

        Assert.Equal(bokmal.Entries.Select(e => (e.Name, e.CountyName)), english.Entries.Select(e => (e.Name, e.CountyName)));
        Assert.True(english.TryGetEntry(Tromso, out var tromso));
        Assert.Equal("Tromsø", tromso.Name);
    }

    [Fact]
    public void TheEnglishLegendIsTheBokmalLegendWithDecimalPoints()
    {
        var english = Build(ReaderLanguage.English);
        var bokmal = Build(ReaderLanguage.Bokmal);

        Assert.Equal(5, english.Legend.Count);
        Assert.Equal(bokmal.Legend.Select(c => c.RangeText.Replace(',', '.')), english.Legend.Select(c => c.RangeText));
        Assert.All(english.Legend, c => Assert.Matches(@"^\d+\.\d–\d+\.\d$", c.RangeText));
        Assert.Equal(english.Legend.Select(c => c.Count == 1 ? "1 municipality" : $"{c.Count} municipalities"), english.Legend.Select(c => c.CountText));
    }

    [Theory]
    [InlineData(2018, Indicator.Kompetanse, new[] { "No data: Data not available (..)" })]
    [InlineData(2022, Indicator.Aktivitet, new[] { "No data: Not for publication (:)", "No data: Not stated" })]
    [InlineData(2024, Indicator.Prioritering, new[] { "No data: Not for publication (:)", "No data: Not in the dataset" })]
    [InlineData(2024, Indicator.Aktivitet, new[] { "No data: Category not applicable (.)" })]
    public void MissingGroupsUseSsbsEnglishWording(int year, Indicator indicator, string[] labels)
    {
        var model = ChoroplethModelBuilder.Build(TestSnapshot.Create(), new MapView(indicator, year, null, null, ClassificationMethod.Quantile, null, Language: ReaderLanguage.English));

        Assert.Equal(labels, model.Missing.Select(m => m.Label));
        Assert.All(model.Missing, m => Assert.Equal("1 municipality", m.CountText));
        Assert.All(model.Entries.Where(e => e.IsMissing), e => Assert.Equal(model.Missing.Single(m => m.Status == e.Status && m.Symbol == e.Score?.Symbol).Reason, e.ValueText));
    }

    [Fact]
    public void TheSummaryAndTheAnnouncementAreEnglish()
    {
        var model = Build(ReaderLanguage.English, county: "03");
        var oslo = RealSnapshot.SampleRows[("0301", 2024)][0]!.Value.ToString("0.0", CultureInfo.InvariantCulture);

        Assert.Equal($"Digital priority 2024, Oslo: only Oslo has data ({oslo}).", ViewSummary.Write(model));
        Assert.True(model.TryGetEntry(Oslo, out var entry));
        Assert.Equal($"Oslo, Oslo: {oslo}, {entry.RankText}, county median {oslo}", FocusAnnouncement.All(model)[Oslo]);
        Assert.EndsWith(", outside the selected county", FocusAnnouncement.All(model)[Tromso], StringComparison.Ordinal);
    }

    [Fact]
    public void AnEnglishChangeViewWritesItsTooltipLineAndReasonsInEnglish()
    {
        var model = Build(ReaderLanguage.English, changeFrom: 2018, year: 2022);
        var from = RealSnapshot.SampleRows[("0301", 2018)][0]!.Value;
        var to = RealSnapshot.SampleRows[("0301", 2022)][0]!.Value;
        var difference = Math.Round(to - from, 1, MidpointRounding.AwayFromZero);
        var signed = (difference > 0 ? "+" : difference < 0 ? "\u2212" : "") + Math.Abs(difference).ToString("0.0", CultureInfo.InvariantCulture);

        Assert.Equal("Change in digital priority 2018–2022", model.Title);
        Assert.True(model.TryGetEntry(Oslo, out var oslo));
        Assert.Equal(signed, oslo.ValueText);
        Assert.Equal(
            $"From {from.ToString("0.0", CultureInfo.InvariantCulture)} (2018) to {to.ToString("0.0", CultureInfo.InvariantCulture)} (2022): {signed} points, no. {oslo.Rank} of {model.RankedCount}",
            oslo.Tooltip);
        Assert.StartsWith("Change in points from 2018 to 2022 · not comparable: merged ", model.ChangeLine, StringComparison.Ordinal);
        Assert.Equal("Not comparable", Assert.Single(model.Missing).Label);
        Assert.EndsWith(" Municipal structure: SSB KLASS (CC BY 4.0)", model.SourceLine, StringComparison.Ordinal);
        var merged = model.Selected.First(e => e.Change!.Status == ChangeStatus.Merged);
        Assert.StartsWith($"Not comparable: {merged.Change!.Succession.Later.Name} was formed after 2018 from several municipalities.", merged.Tooltip, StringComparison.Ordinal);
        Assert.Equal("Not comparable", merged.ValueText);
    }

    [Fact]
    public void TheReleaseStampIsWrittenInEnglishWithTheNorwegianDate()
    {
        var release = new ReleaseStamp(3, new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero), "");

        Assert.Equal("Version 3, published 1 December 2026", release.TextIn(ReaderLanguage.English));
        Assert.Equal("Versjon 3, publisert 1. desember 2026", release.Text);
    }

    [Fact]
    public void TheSampleNoticeHasItsEnglishWording()
    {
        Assert.Equal("Sample data – not official SSB figures", SurveyDataset.SampleNoticeText(ReaderLanguage.English));
        Assert.Equal("Eksempeldata – ikke offisielle tall fra SSB", SurveyDataset.SampleNotice);
    }
}
