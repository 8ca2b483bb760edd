using System.Text.Json;
using Kommunedigital.Core.Classification;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Export;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Views;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using NetTopologySuite.IO.Converters;
using static Kommunedigital.Core.Tests.Views.TestSnapshot;

namespace Kommunedigital.Core.Tests.Export;

public class GeoJsonExporterTests
{
    private static readonly DataSnapshot Data = Create();

    private static ChoroplethModel Model(Indicator indicator, int year, string? county) =>
        ChoroplethModelBuilder.Build(Data, new MapView(indicator, year, county is null ? null : C(county), null, ClassificationMethod.Quantile, null));

    [Fact]
    public void WritesAFeatureCollectionOfTheSelectionWithoutACrsMember()
    {
        using var json = JsonDocument.Parse(GeoJsonExporter.ToUtf8Bytes(Model(Indicator.Kompetanse, 2024, "46")));
        var root = json.RootElement;

        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        Assert.False(root.TryGetProperty("crs", out _));
        Assert.Equal(
            ["4601", "4602", "4640"],
            root.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("kommunenummer").GetString()));
    }

    [Fact]
    public void PropertiesMatchTheDatasetValueByValue()
    {
        var model = Model(Indicator.Prioritering, 2024, null);
        using var json = JsonDocument.Parse(GeoJsonExporter.ToUtf8Bytes(model));
        var features = json.RootElement.GetProperty("features").EnumerateArray().ToArray();

        Assert.Equal(10, features.Length);
        foreach (var feature in features)
        {
            var properties = feature.GetProperty("properties");
            var code = M(properties.GetProperty("kommunenummer").GetString()!);
            Assert.True(Data.Boundaries.ForYear(2024)!.TryGetMunicipality(code, out var municipality));
            Assert.True(model.TryGetEntry(code, out var entry));
            var score = Data.Dataset.Get(code, 2024, Indicator.Prioritering);

            Assert.Equal("Feature", feature.GetProperty("type").GetString());
            Assert.Equal(code.Value, feature.GetProperty("id").GetString());
            Assert.Equal(municipality.Name, properties.GetProperty("kommune").GetString());
            Assert.Equal(municipality.County.Value, properties.GetProperty("fylkesnummer").GetString());
            Assert.Equal(2024, properties.GetProperty("aar").GetInt32());
            Assert.Equal("prioritering", properties.GetProperty("indikator").GetString());
            Assert.Equal(entry.Fill, properties.GetProperty("farge").GetString());
            if (score?.Value is { } value)
            {
                Assert.Equal(value, properties.GetProperty("verdi").GetDouble());
                Assert.Equal(entry.ClassIndex + 1, properties.GetProperty("klasse").GetInt32());
            }
            else
            {
                Assert.Equal(JsonValueKind.Null, properties.GetProperty("verdi").ValueKind);
                Assert.Equal(JsonValueKind.Null, properties.GetProperty("klasse").ValueKind);
            }
        }

        var byCode = features.ToDictionary(f => f.GetProperty("id").GetString()!, f => f.GetProperty("properties"));
        Assert.Equal("Akershus", byCode["3201"].GetProperty("fylke").GetString());
        Assert.Equal(80.1, byCode["3201"].GetProperty("verdi").GetDouble());
        Assert.Equal(5, byCode["3201"].GetProperty("klasse").GetInt32());
        Assert.Equal(JsonValueKind.Null, byCode["3201"].GetProperty("status").ValueKind);
        Assert.Equal(":", byCode["4602"].GetProperty("status").GetString());
        Assert.Equal("ikke med i datasettet", byCode["4640"].GetProperty("status").GetString());
        Assert.Equal("Ålesund", byCode["1508"].GetProperty("kommune").GetString());
    }

    [Fact]
    public void NilIsAZeroWithItsSymbolNotAMissingValue()
    {
        using var json = JsonDocument.Parse(GeoJsonExporter.ToUtf8Bytes(Model(Indicator.Kompetanse, 2024, "46")));
        var sogndal = json.RootElement.GetProperty("features")[2].GetProperty("properties");

        Assert.Equal(0, sogndal.GetProperty("verdi").GetDouble());
        Assert.Equal("-", sogndal.GetProperty("status").GetString());
        Assert.Equal(1, sogndal.GetProperty("klasse").GetInt32());
    }

    [Fact]
    public void NetTopologySuiteReadsBackTheDisplayGeometryWithCounterClockwiseShells()
    {
        var model = Model(Indicator.Aktivitet, 2024, null);
        var options = new JsonSerializerOptions { Converters = { new GeoJsonConverterFactory() } };

        var collection = JsonSerializer.Deserialize<FeatureCollection>(GeoJsonExporter.ToUtf8Bytes(model), options)!;

        Assert.Equal(10, collection.Count);
        foreach (var feature in collection)
        {
            Assert.True(model.TryGetEntry(M((string)feature.Attributes["kommunenummer"]), out var entry));
            var polygon = Assert.IsType<Polygon>(feature.Geometry);
            Assert.True(Orientation.IsCCW(polygon.ExteriorRing.CoordinateSequence));
            Assert.True(polygon.Normalized().EqualsExact(entry.Municipality.DisplayGeometry.Normalized(), 1e-5));
        }
    }

    [Fact]
    public void CoordinatesAreRoundedToFiveDecimalsAndRingsOrientedPerRfc7946()
    {
        var reader = new WKTReader();
        var clockwiseWithHole = reader.Read(
            "MULTIPOLYGON (((10.1234567 60.7654321, 10.1234567 61.0000004, 10.5 61.0000004, 10.5 60.7654321, 10.1234567 60.7654321), " +
            "(10.2 60.8, 10.3 60.8, 10.3 60.9, 10.2 60.9, 10.2 60.8)), ((11 60, 11.1 60, 11.1 60.1, 11 60.1, 11 60)))");
        var municipality = new Kommunedigital.Core.Boundaries.Municipality(M("3201"), "Bærum", C("32"), clockwiseWithHole, clockwiseWithHole);
        var structure = new Kommunedigital.Core.Boundaries.BoundarySet("2024", new DateOnly(2024, 1, 1), [municipality], []);
        var model = new ChoroplethModel(
            new MapView(Indicator.Prioritering, 2024, null, null, ClassificationMethod.Quantile, null),
            structure, "t", [new ChoroplethEntry(municipality, "Akershus", null, EntryStatus.NotInDataset, null, MapPalette.MissingColour, null, "Ikke med i datasettet", null, municipality.Code, municipality.Name)], [], [], 0, new Envelope(), false, "s");

        using var json = JsonDocument.Parse(GeoJsonExporter.ToUtf8Bytes(model));
        var geometry = json.RootElement.GetProperty("features")[0].GetProperty("geometry");

        Assert.Equal("MultiPolygon", geometry.GetProperty("type").GetString());
        Assert.Equal(
            "[[[[10.12346,60.76543],[10.5,60.76543],[10.5,61],[10.12346,61],[10.12346,60.76543]]," +
            "[[10.2,60.8],[10.2,60.9],[10.3,60.9],[10.3,60.8],[10.2,60.8]]]," +
            "[[[11,60],[11.1,60],[11.1,60.1],[11,60.1],[11,60]]]]",
            geometry.GetProperty("coordinates").GetRawText());
        Assert.Equal("Akershus", json.RootElement.GetProperty("features")[0].GetProperty("properties").GetProperty("fylke").GetString());
    }

    [Fact]
    public void MarkupInANameIsEscapedDataNeverRawHtml()
    {
        var square = Square(10, 60);
        var municipality = new Kommunedigital.Core.Boundaries.Municipality(M("0301"), "<img src=x onerror=alert(1)>", C("03"), square, square);
        var structure = new Kommunedigital.Core.Boundaries.BoundarySet("2024", new DateOnly(2024, 1, 1), [municipality], []);
        var model = new ChoroplethModel(
            new MapView(Indicator.Prioritering, 2024, null, null, ClassificationMethod.Quantile, null),
            structure, "t", [new ChoroplethEntry(municipality, "Akershus", null, EntryStatus.NotInDataset, null, MapPalette.MissingColour, null, "Ikke med i datasettet", null, municipality.Code, municipality.Name)], [], [], 0, new Envelope(), false, "s");

        var bytes = GeoJsonExporter.ToUtf8Bytes(model);
        using var json = JsonDocument.Parse(bytes);

        Assert.DoesNotContain("<img", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.Equal("<img src=x onerror=alert(1)>", json.RootElement.GetProperty("features")[0].GetProperty("properties").GetProperty("kommune").GetString());
    }

    [Fact]
    public async Task WritesTheSameBytesToAStream()
    {
        var model = Model(Indicator.Kompetanse, 2022, null);
        using var stream = new MemoryStream();

        await GeoJsonExporter.WriteAsync(model, stream, CancellationToken.None);

        Assert.Equal(GeoJsonExporter.ToUtf8Bytes(model), stream.ToArray());
    }
}
