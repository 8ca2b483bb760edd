using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Classification;
using Kommunedigital.Core.Export;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Tests.Views;
using Kommunedigital.Core.Views;
using NetTopologySuite.Geometries;
using SkiaSharp;

namespace Kommunedigital.Core.Tests.Export;

public class MapSceneBuilderTests
{
    [Fact]
    public void NorwayKeepsItsUtm33ProportionsNotLongitudeLatitude()
    {
        var model = ExportModels.Country();
        var scene = MapSceneBuilder.Build(model, SceneLayout.PngDefault);

        var drawn = Bounds(scene.Shapes.SelectMany(s => s.Rings).SelectMany(r => r));
        var utm = new Envelope();
        foreach (var entry in model.Entries)
        {
            utm.ExpandToInclude(CrsTransforms.Transform(entry.Municipality.DisplayGeometry, CrsTransforms.Wgs84ToUtm33, GeometryFactory.Default).EnvelopeInternal);
        }

        var lonLatAspect = model.Extent.Width / model.Extent.Height;
        Assert.Equal(utm.Width / utm.Height, drawn.Width / drawn.Height, 3);
        Assert.NotEqual(lonLatAspect, drawn.Width / drawn.Height, 1);
    }

    [Fact]
    public void SelectionFillsTheFrameOnOneAxisAndIsCentredOnTheOther()
    {
        var scene = MapSceneBuilder.Build(ExportModels.Country(), SceneLayout.PngDefault);

        var drawn = Bounds(scene.Shapes.SelectMany(s => s.Rings).SelectMany(r => r));
        var frame = scene.MapFrame;
        Assert.Equal(frame.Top, drawn.Top, 0.5f);
        Assert.Equal(frame.Bottom, drawn.Bottom, 0.5f);
        Assert.Equal(frame.MidX, drawn.MidX, 0.5f);
        Assert.True(drawn.Left >= frame.Left && drawn.Right <= frame.Right);
    }

    [Fact]
    public void WholeCountryLegendSitsInTheEmptyCornerBesideNorway()
    {
        var scene = MapSceneBuilder.Build(ExportModels.Country(), SceneLayout.PngDefault);

        Assert.All(scene.Legend, row => Assert.True(scene.MapFrame.Contains(row.Swatch)));
    }

    [Fact]
    public void CountyLegendMovesBelowTheMapWhenShapesFillTheCorner()
    {
        var scene = MapSceneBuilder.Build(ExportModels.Country(CountyCode.Parse("46")), SceneLayout.PngDefault);

        Assert.All(scene.Legend, row => Assert.True(row.Swatch.Top > scene.MapFrame.Bottom));
    }

    [Fact]
    public void CountyFilterDrawsNeighboursFirstAsContext()
    {
        var model = ExportModels.Small(county: CountyCode.Parse("33"));
        var scene = MapSceneBuilder.Build(model, SceneLayout.PngDefault);

        Assert.Equal(["0301", "3201", "3301", "3303", "3305"], scene.Shapes.Select(s => s.Code.Value));
        Assert.Equal([false, false, true, true, true], scene.Shapes.Select(s => s.InSelection));
        Assert.All(scene.Shapes.Where(s => !s.InSelection), s => Assert.Equal(MapPalette.OutsideColour, s.Fill));
    }

    [Fact]
    public void ShapesOutsideTheExtentAreLeftOut()
    {
        var model = ExportModels.Country() with { Extent = new Envelope(10.0, 11.5, 59.5, 60.3) };
        var scene = MapSceneBuilder.Build(model, SceneLayout.PngDefault);

        var codes = scene.Shapes.Select(s => s.Code.Value).ToList();
        Assert.Contains("0301", codes);
        Assert.DoesNotContain("5605", codes); // Sør-Varanger
        Assert.DoesNotContain("4601", codes); // Bergen
    }

    [Fact]
    public void ShapesCarryNameValueAndMissingFlag()
    {
        var scene = MapSceneBuilder.Build(ExportModels.Small(), SceneLayout.PngDefault);

        var oslo = scene.Shapes.Single(s => s.Code.Value == "0301");
        Assert.Equal(("Oslo", "#6baed6", "54,3", false), (oslo.Name, oslo.Fill, oslo.ValueText, oslo.IsMissing));
        var missing = scene.Shapes.Single(s => s.Code.Value == "3303");
        Assert.Equal((ExportModels.MarkupName, "Tall mangler", true), (missing.Name, missing.ValueText, missing.IsMissing));
        var baerum = scene.Shapes.Single(s => s.Code.Value == "3201");
        Assert.Equal(2, baerum.Rings.Count); // outline and lake
        var drammen = scene.Shapes.Single(s => s.Code.Value == "3301");
        Assert.Equal(2, drammen.Rings.Count); // mainland and island
        Assert.All(scene.Shapes.SelectMany(s => s.Rings), ring => Assert.Equal(4, ring.Length)); // closing point dropped
    }

    [Fact]
    public void LegendRowsAreNorwegianLabelsLowestFirstThenMissing()
    {
        var scene = MapSceneBuilder.Build(ExportModels.Small(), SceneLayout.PngDefault);

        Assert.Equal(
            ["40,0–50,0 (1)", "50,0–60,0 (2)", "60,0–70,2 (1)", "Mangler data: Tall mangler (1)"],
            scene.Legend.Select(r => r.Label.Text));
        Assert.Equal([false, false, false, true], scene.Legend.Select(r => r.Hatched));
        Assert.Equal([.. ExportModels.Colours, MapPalette.MissingColour], scene.Legend.Select(r => r.Colour));
    }

    [Fact]
    public void BuilderModelShowsEveryMissingReasonInTheLegend()
    {
        var data = TestSnapshot.Create();
        var model = ChoroplethModelBuilder.Build(data, new MapView(Indicator.Prioritering, 2024, null, null, ClassificationMethod.Quantile, null));
        var scene = MapSceneBuilder.Build(model, SceneLayout.PngDefault);

        Assert.Equal(
            [
                ("Mangler data: Vises ikke av konfidensialitetshensyn (1)", EntryStatus.SsbSymbol, 45),
                ("Mangler data: Ikke med i datasettet (1)", EntryStatus.NotInDataset, 90),
            ],
            scene.Legend.Where(r => r.Hatched).Select(r => (r.Label.Text, r.Status, r.HatchAngle!.Value)));
        var confidential = scene.Shapes.Single(s => s.Code.Value == "4602");
        Assert.Equal(("Vises ikke av konfidensialitetshensyn", 45), (confidential.ValueText, confidential.HatchAngle!.Value));
        var noRecord = scene.Shapes.Single(s => s.Code.Value == "4640");
        Assert.Equal(("Ikke med i datasettet", 90), (noRecord.ValueText, noRecord.HatchAngle!.Value));
        Assert.Equal(10, scene.Shapes.Count);
    }

    [Fact]
    public void AnEmptyCellGetsItsOwnHatchAndLegendRowBesideSsbsSymbol()
    {
        var model = ChoroplethModelBuilder.Build(TestSnapshot.Create(), new MapView(Indicator.Aktivitet, 2022, null, null, ClassificationMethod.Quantile, null));
        var scene = MapSceneBuilder.Build(model, SceneLayout.PngDefault);

        Assert.Equal(
            [("Mangler data: Vises ikke av konfidensialitetshensyn (1)", 45), ("Mangler data: Ikke oppgitt (1)", -45)],
            scene.Legend.Where(r => r.Hatched).Select(r => (r.Label.Text, r.HatchAngle!.Value)));
        var asker = scene.Shapes.Single(s => s.Code.Value == "3025");
        Assert.Equal(("Ikke oppgitt", -45), (asker.ValueText, asker.HatchAngle!.Value));
    }

    [Fact]
    public void SampleNoticeOnlyForSampleData()
    {
        var sample = MapSceneBuilder.Build(ExportModels.Small(isSample: true), SceneLayout.PngDefault);
        var real = MapSceneBuilder.Build(ExportModels.Small(isSample: false), SceneLayout.PngDefault);

        Assert.Equal(SurveyDataset.SampleNotice, Assert.Single(sample.Texts, t => t.Role == SceneTextRole.SampleNotice).Text);
        Assert.DoesNotContain(real.Texts, t => t.Role == SceneTextRole.SampleNotice);
    }

    [Fact]
    public void LongTitleWrapsInsideTheMargins()
    {
        var title = string.Join(' ', Enumerable.Repeat("Digital kompetanse", 8));
        var scene = MapSceneBuilder.Build(ExportModels.Small(title: title), SceneLayout.A4Portrait);

        var lines = scene.Texts.Where(t => t.Role == SceneTextRole.Title).ToList();
        Assert.True(lines.Count > 1);
        Assert.Equal(title, string.Join(' ', lines.Select(l => l.Text)));
        Assert.True(lines.Zip(lines.Skip(1)).All(p => p.Second.Baseline > p.First.Baseline));
    }

    [Fact]
    public void MapOnlyLayoutHasNoTextAndTakesTheMapsAspect()
    {
        var scene = MapSceneBuilder.Build(ExportModels.Country(), new SceneLayout(800, 800, mapOnly: true));

        Assert.Empty(scene.Texts);
        Assert.Empty(scene.Legend);
        Assert.Equal(800, scene.Height);
        Assert.True(scene.Width < 800); // Norway is taller than wide
        Assert.Equal(new SKRect(0, 0, scene.Width, scene.Height), scene.MapFrame);
    }

    [Theory]
    [InlineData(0, 100)]
    [InlineData(100, 0)]
    [InlineData(20_000, 100)]
    public void LayoutRejectsImpossibleSizes(float width, float height) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SceneLayout(width, height));

    private static SKRect Bounds(IEnumerable<SKPoint> points)
    {
        float left = float.MaxValue, top = float.MaxValue, right = float.MinValue, bottom = float.MinValue;
        foreach (var p in points)
        {
            (left, top, right, bottom) = (Math.Min(left, p.X), Math.Min(top, p.Y), Math.Max(right, p.X), Math.Max(bottom, p.Y));
        }

        return new SKRect(left, top, right, bottom);
    }
}
