using System.Text.Json;
using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Classification;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Views;
using Kommunedigital.Web.Components.Map;
using NetTopologySuite.Geometries;

namespace Kommunedigital.Web.Tests;

/// <summary>What crosses into JS and CSS: named fields and the palette, written from C#.</summary>
public sealed class MapPayloadTests
{
    [Fact]
    public void ThePaletteReachesCssAsCustomPropertiesAndOneHatchAnglePerKindOfMissing() =>
        Assert.Equal(
            ":root{--kd-missing-base:#d9d9d9;--kd-missing-line:#8c8c8c;--kd-outside:#f0f0f0;--kd-highlight:#1a1a1a}" +
            ".swatch-ssb-symbol{--kd-hatch-angle:135deg}.swatch-ikke-oppgitt{--kd-hatch-angle:45deg}.swatch-ikke-med{--kd-hatch-angle:180deg}.swatch-ikke-sammenlignbar{--kd-hatch-angle:90deg}",
            PaletteCss.Text);

    [Fact]
    public void TheModuleGetsNamedEntriesAndThePalette()
    {
        var payload = new MapPayload(
            "/m", "/c", new Dictionary<string, MapPayloadEntry> { ["4601"] = new("#21908c", "verdi", "58,3", "nr. 12 av 356", "Vestland", "Bergen", "4601") }, "4601", "46", "Digital kompetanse", "Kart: x");

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(payload.ToJs(fit: true)));

        Assert.Equal(
            """{"fill":"#21908c","status":"verdi","value":"58,3","rank":"nr. 12 av 356","county":"Vestland","name":"Bergen","number":"4601"}""",
            json.RootElement.GetProperty("entries").GetProperty("4601").GetRawText());
        var palette = json.RootElement.GetProperty("palette");
        Assert.Equal(
            """{"missing":"#d9d9d9","hatch":"#8c8c8c","outside":"#f0f0f0","highlight":"#1a1a1a","border":"#ffffff","countyOutline":"#4d4d4d","outsideStatus":"utenfor","hatches":{"ssb-symbol":45,"ikke-oppgitt":-45,"ikke-med":90,"ikke-sammenlignbar":0}}""",
            palette.GetRawText());
    }

    [Fact]
    public void TheTooltipGetsTheNumberAndNameOfTheViewYearKeyedByTheShapesCode()
    {
        var shape = MunicipalityCode.Parse("1567");
        var nowhere = new GeometryFactory().CreatePolygon();
        var rindal = new Municipality(shape, "Rindal", CountyCode.Parse("15"), nowhere, nowhere);
        var entry = new ChoroplethEntry(rindal, "Møre og Romsdal", Score.Of(51.2), EntryStatus.Value, 0, "#21908c", 1, "51,2", "nr. 1 av 1", MunicipalityCode.Parse("5061"), "Rindal");
        var model = new ChoroplethModel(
            new MapView(Indicator.Kompetanse, 2019, null, shape, ClassificationMethod.Quantile, null),
            new BoundarySet("2018", new DateOnly(2018, 1, 1), [rindal], []),
            "Digital kompetanse 2019", [entry], [], [], 1, new Envelope(), false, ChoroplethModel.DefaultSourceLine);

        var payload = MapPayload.From(model, "/m", "/c");

        Assert.Equal(["1567"], payload.Entries.Keys);
        Assert.Equal(("Rindal", "5061", "1567"), (payload.Entries["1567"].Name, payload.Entries["1567"].Number, payload.Selected));
    }
}
