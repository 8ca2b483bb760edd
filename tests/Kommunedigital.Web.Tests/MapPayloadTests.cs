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
    public void TheModuleGetsEachKindOnceAndShortEntriesInCodeOrderWithoutTheAnnouncementPaletteOrPlaces()
    {
        var payload = new MapPayload(
            "/m", "/c", new Dictionary<string, MapPayloadEntry>
            {
                ["4602"] = new("#21908c", "verdi", "51,0", "nr. 40 av 356", "Vestland", "Kinn", "4602", "Kinn, Vestland: 51,0", "klasse-3"),
                ["4601"] = new("#21908c", "verdi", "58,3", "nr. 12 av 356", "Vestland", "Bergen", "4601", "Bergen, Vestland: 58,3, nr. 12 av 356, fylkesmedian 41,0", "klasse-3"),
                ["0301"] = new("#d9d9d9", "ssb-symbol", "Tall mangler (..)", null, "Oslo", "Oslo", "0301", "Oslo, Oslo: Tall mangler (..)", "mangler-ssb-symbol"),
            }, "4601", "46", "Digital kompetanse", "Kart: x");

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(payload.ToJs(fit: true)));
        var root = json.RootElement;

        Assert.Equal(
            """{"codes":["0301","4601","4602"],"names":["Oslo","Bergen","Kinn"],"counties":[0,1,1],"countyNames":["Oslo","Vestland"]}""",
            root.GetProperty("names").GetRawText());
        Assert.Equal("""[["#d9d9d9","ssb-symbol","mangler-ssb-symbol"],["#21908c","verdi","klasse-3"]]""", root.GetProperty("kinds").GetRawText());
        Assert.Equal("""[[0,"Tall mangler (..)",null],[1,"58,3","nr. 12 av 356"],[1,"51,0","nr. 40 av 356"]]""", root.GetProperty("entries").GetRawText());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("announcements").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("palette").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("places").ValueKind);
    }

    [Fact]
    public void AChangeViewsEntryCarriesItsTooltipInsteadOfValueAndRank()
    {
        var payload = new MapPayload(
            "/m", "/c", new Dictionary<string, MapPayloadEntry>
            {
                ["4601"] = new("#21908c", "verdi", "58,3", "nr. 12 av 356", "Vestland", "Bergen", "4601", "x", "klasse-3", "Fra 44,1 (2018) til 51,3 (2022): +7,2 poeng, nr. 5 av 310"),
            }, null, null, "Digital kompetanse", "Kart: x");

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(payload.ToJs(fit: true)));

        var entry = json.RootElement.GetProperty("entries")[0];
        Assert.Equal((2, 0, "Fra 44,1 (2018) til 51,3 (2022): +7,2 poeng, nr. 5 av 310"), (entry.GetArrayLength(), entry[0].GetInt32(), entry[1].GetString()));
    }

    [Fact]
    public void TheNamesGoOnlyWhenTheLastViewSentHadOtherNamesOrOtherMunicipalities()
    {
        MapPayload Payload(params (string Code, string Name, string County)[] entries) => new(
            "/m", "/c", entries.ToDictionary(e => e.Code, e => new MapPayloadEntry("#21908c", "verdi", "1,0", null, e.County, e.Name, e.Code, "x", "klasse-0")),
            null, null, "Digital kompetanse", "Kart: x");
        var view = Payload(("4601", "Bergen", "Vestland"), ("0301", "Oslo", "Oslo"));
        var otherIndicator = Payload(("0301", "Oslo", "Oslo"), ("4601", "Bergen", "Vestland"));
        var renamed = Payload(("4601", "Bergen", "Hordaland"), ("0301", "Oslo", "Oslo"));
        var fewer = Payload(("0301", "Oslo", "Oslo"));

        JsonValueKind NamesAfter(MapPayload? previous)
        {
            using var json = JsonDocument.Parse(JsonSerializer.Serialize(view.ToJs(fit: false, previous: previous)));
            return json.RootElement.GetProperty("names").ValueKind;
        }

        Assert.Equal(
            [JsonValueKind.Object, JsonValueKind.Null, JsonValueKind.Object, JsonValueKind.Object],
            [NamesAfter(null), NamesAfter(otherIndicator), NamesAfter(renamed), NamesAfter(fewer)]);
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

        var payload = MapPayload.From(model, "Kart: x", "/m", "/c");

        Assert.Equal(["1567"], payload.Entries.Keys);
        Assert.Equal(("Rindal", "5061", "1567"), (payload.Entries["1567"].Name, payload.Entries["1567"].Number, payload.Selected));
    }

    [Fact]
    public void PlacesStepsAndTheHomeAndEndTargetsComeFromCoreAndPlacesAreSentOnlyWhenAsked()
    {
        var factory = new GeometryFactory(new PrecisionModel(), 4326);
        Municipality M(string code, string name, double lon) =>
            new(MunicipalityCode.Parse(code), name, CountyCode.Parse("46"), Square(factory, lon), Square(factory, lon));
        var bergen = M("4601", "Bergen", 5.0);
        var samnanger = M("4623", "Samnanger", 5.1);
        var set = new BoundarySet("2024", new DateOnly(2024, 1, 1), [bergen, samnanger], []);
        ChoroplethEntry Entry(Municipality m, double value, int rank) =>
            new(m, "Vestland", Score.Of(value), EntryStatus.Value, 0, "#21908c", rank, value.ToString("0.0", ScoreText.Culture), $"nr. {rank} av 2", m.Code, m.Name);
        var model = new ChoroplethModel(
            new MapView(Indicator.Kompetanse, 2024, null, null, ClassificationMethod.Quantile, null), set, "Digital kompetanse 2024",
            [Entry(bergen, 58.2, 1), Entry(samnanger, 22.3, 2)], [], [], 2, new Envelope(), false, ChoroplethModel.DefaultSourceLine);

        var payload = MapPayload.From(model, "Kart: x", "/m", "/c");
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(payload.ToJs(fit: false, standalone: true)));
        using var page = JsonDocument.Parse(JsonSerializer.Serialize(payload.ToJs(fit: false)));

        Assert.Equal(
            """[null,"4623",null,null,5.05,60.05]""",
            json.RootElement.GetProperty("places").GetProperty("4601").GetRawText());
        Assert.Equal(
            """{"4601":[null,"4623",null,null,5.05,60.05],"4623":[null,null,null,"4601",5.15,60.05]}""",
            JsonSerializer.Serialize(payload.PlacesToJs()));
        Assert.Equal(("4601", "4623"), (json.RootElement.GetProperty("highest").GetString(), json.RootElement.GetProperty("lowest").GetString()));
        Assert.Equal("Bergen, Vestland: 58,2, nr. 1 av 2, fylkesmedian 40,3", payload.Entries["4601"].Announcement);
        Assert.Equal(
            """["Bergen, Vestland: 58,2, nr. 1 av 2, fylkesmedian 40,3","Samnanger, Vestland: 22,3, nr. 2 av 2, fylkesmedian 40,3"]""",
            json.RootElement.GetProperty("announcements").GetRawText());
        Assert.Equal(JsonValueKind.Null, page.RootElement.GetProperty("places").ValueKind);
        Assert.Equal(JsonValueKind.Null, page.RootElement.GetProperty("announcements").ValueKind);
    }

    [Theory]
    [InlineData(EntryStatus.Value, 2, "klasse-2")]
    [InlineData(EntryStatus.SsbSymbol, null, "mangler-ssb-symbol")]
    [InlineData(EntryStatus.NotInDataset, null, "mangler-ikke-med")]
    [InlineData(EntryStatus.NotComparable, null, "mangler-ikke-sammenlignbar")]
    [InlineData(EntryStatus.OutsideSelection, null, null)]
    public void EachEntryCarriesTheKeyOfTheLegendRowThatCountsIt(EntryStatus status, int? classIndex, string? key)
    {
        var nowhere = new GeometryFactory().CreatePolygon();
        var oslo = new Municipality(MunicipalityCode.Parse("0301"), "Oslo", CountyCode.Parse("03"), nowhere, nowhere);
        var entry = new ChoroplethEntry(oslo, "Oslo", null, status, classIndex, "#ffffff", null, "–", null, oslo.Code, "Oslo");

        Assert.Equal(key, LegendKey.Of(entry));
    }

    private static Polygon Square(GeometryFactory factory, double lon) => factory.CreatePolygon(
        [new(lon, 60.0), new(lon + 0.1, 60.0), new(lon + 0.1, 60.1), new(lon, 60.1), new(lon, 60.0)]);
}
