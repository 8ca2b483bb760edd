using Kommunedigital.Core.Classification;
using Kommunedigital.Core.Export;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Tests.Views;
using Kommunedigital.Core.Views;
using SkiaSharp;

namespace Kommunedigital.Core.Tests.Export;

public class PngExporterTests
{
    [Fact]
    public void DefaultImageIs1200By1500Pixels()
    {
        using var bitmap = Render(ExportModels.Small(), 1);

        Assert.Equal(1200, bitmap.Width);
        Assert.Equal(1500, bitmap.Height);
    }

    [Fact]
    public void ScaleTwoDoublesEverySide()
    {
        using var bitmap = Render(ExportModels.Small(), 2);

        Assert.Equal(2400, bitmap.Width);
        Assert.Equal(3000, bitmap.Height);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(-1)]
    public void RejectsScaleOutsideOneToFour(int scale)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => PngExporter.Export(ExportModels.Small(), Stream.Null, scale));

        Assert.Equal("scale", error.ParamName);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void PixelAtInteriorPointOfNamedMunicipalitiesIsTheirClassColour(int scale)
    {
        var model = ExportModels.Small();
        var scene = MapSceneBuilder.Build(model, SceneLayout.PngDefault);
        using var bitmap = Render(model, scale);

        AssertFill(model, scene, bitmap, scale, "0301", ExportModels.Colours[1]);
        AssertFill(model, scene, bitmap, scale, "3201", ExportModels.Colours[0]); // has a lake hole
        AssertFill(model, scene, bitmap, scale, "3301", ExportModels.Colours[2]); // has an island
    }

    [Fact]
    public void WholeCountryPixelsAtInteriorPointsAreTheClassColours()
    {
        var model = ExportModels.Country();
        var scene = MapSceneBuilder.Build(model, SceneLayout.PngDefault);
        using var bitmap = Render(model, 1);

        foreach (var code in new[] { "0301", "4601", "5001", "5605" })
        {
            var entry = model.Entries.Single(e => e.Municipality.Code.Value == code);
            Assert.NotNull(entry.ClassIndex);
            AssertFill(model, scene, bitmap, 1, code, entry.Fill);
        }
    }

    [Fact]
    public void BuilderModelPixelsAreTheEntryFills()
    {
        var view = new MapView(Indicator.Aktivitet, 2024, null, null, ClassificationMethod.Quantile, null);
        var model = ChoroplethModelBuilder.Build(TestSnapshot.Create(), view);
        var scene = MapSceneBuilder.Build(model, SceneLayout.PngDefault);
        using var bitmap = Render(model, 1);

        foreach (var code in new[] { "0301", "1804", "4601" })
        {
            var entry = model.Entries.Single(e => e.Municipality.Code.Value == code);
            Assert.NotNull(entry.ClassIndex);
            AssertFill(model, scene, bitmap, 1, code, entry.Fill);
        }
    }

    [Fact]
    public void TitleIsDrawnInDarkPixelsWithTheEmbeddedFont()
    {
        var model = ExportModels.Small();
        var scene = MapSceneBuilder.Build(model, SceneLayout.PngDefault);
        using var bitmap = Render(model, 1);

        var title = scene.Texts.First(t => t.Role == SceneTextRole.Title);
        var dark = 0;
        for (var y = (int)(title.Baseline - title.Size); y < (int)title.Baseline + 2; y++)
        {
            for (var x = (int)title.X; x < bitmap.Width - (int)title.X; x++)
            {
                var c = bitmap.GetPixel(x, y);
                if (c.Red < 80 && c.Green < 80 && c.Blue < 80)
                {
                    dark++;
                }
            }
        }

        // The 38 px semibold title covers thousands of dark pixels; a missing font would leave the band white.
        Assert.True(dark > 2000, $"Only {dark} dark pixels in the title band.");
    }

    [Fact]
    public void MissingMunicipalityIsHatchedNotFlatGrey()
    {
        var model = ExportModels.Small();
        var scene = MapSceneBuilder.Build(model, SceneLayout.PngDefault);
        using var bitmap = Render(model, 1);

        var shape = scene.Shapes.Single(s => s.Code.Value == "3303");
        var bounds = SKRect.Create(shape.Rings[0][0], SKSize.Empty);
        foreach (var p in shape.Rings[0])
        {
            bounds.Union(SKRect.Create(p, SKSize.Empty));
        }

        var colours = new HashSet<SKColor>();
        for (var y = (int)bounds.Top + 5; y < (int)bounds.Bottom - 5; y++)
        {
            colours.Add(bitmap.GetPixel((int)bounds.MidX, y));
        }

        Assert.Contains(SKColor.Parse(MapPalette.MissingColour), colours);
        Assert.Contains(SKColor.Parse(MapPalette.HatchColour), colours);
    }

    private static SKBitmap Render(ChoroplethModel model, int scale)
    {
        using var png = new MemoryStream();
        PngExporter.Export(model, png, scale);
        png.Position = 0;
        return SKBitmap.Decode(png);
    }

    private static void AssertFill(ChoroplethModel model, MapScene scene, SKBitmap bitmap, int scale, string code, string fill)
    {
        var municipality = model.Entries.Single(e => e.Municipality.Code.Value == code).Municipality;
        var interior = municipality.DisplayGeometry.InteriorPoint;
        var point = scene.Projection.FromWgs84(interior.X, interior.Y);
        var pixel = bitmap.GetPixel((int)(point.X * scale), (int)(point.Y * scale));

        Assert.Equal(SKColor.Parse(fill), pixel);
    }
}
