using System.Text.Json;
using Kommunedigital.Core.Classification;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Export;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Views;
using static Kommunedigital.Core.Tests.Views.TestSnapshot;

namespace Kommunedigital.Core.Tests.Export;

public class JsonStatExporterTests
{
    private static readonly DataSnapshot Data = Create();

    private static ChoroplethModel Model(Indicator indicator, int year, string? county, DataSnapshot? data = null) =>
        ChoroplethModelBuilder.Build(data ?? Data, new MapView(indicator, year, county is null ? null : C(county), null, ClassificationMethod.Quantile, null));

    private static JsonDocument Export(ChoroplethModel model, DataSnapshot? data = null) =>
        JsonDocument.Parse(JsonStatExporter.ToUtf8Bytes(data ?? Data, model));

    [Fact]
    public void DescribesTheDatasetWithIdsSizesRolesAndLabels()
    {
        using var json = Export(Model(Indicator.Kompetanse, 2024, "46"));
        var root = json.RootElement;

        Assert.Equal("2.0", root.GetProperty("version").GetString());
        Assert.Equal("dataset", root.GetProperty("class").GetString());
        Assert.Equal("Digitalisering i kommunene 2024 – Vestland", root.GetProperty("label").GetString());
        Assert.Equal("SSB/Digdir", root.GetProperty("source").GetString());
        Assert.Equal(["Eksempeldata – ikke offisielle tall fra SSB"], root.GetProperty("note").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal(["region", "tid", "ContentsCode"], root.GetProperty("id").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal([3, 1, 3], root.GetProperty("size").EnumerateArray().Select(n => n.GetInt32()));
        Assert.Equal("tid", root.GetProperty("role").GetProperty("time")[0].GetString());
        Assert.Equal("region", root.GetProperty("role").GetProperty("geo")[0].GetString());
        Assert.Equal("ContentsCode", root.GetProperty("role").GetProperty("metric")[0].GetString());

        var dimension = root.GetProperty("dimension");
        var region = dimension.GetProperty("region").GetProperty("category");
        Assert.Equal([("4601", 0), ("4602", 1), ("4640", 2)], region.GetProperty("index").EnumerateObject().Select(p => (p.Name, p.Value.GetInt32())));
        Assert.Equal([("4601", "Bergen"), ("4602", "Kinn"), ("4640", "Sogndal")], region.GetProperty("label").EnumerateObject().Select(p => (p.Name, p.Value.GetString())));

        var tid = dimension.GetProperty("tid").GetProperty("category");
        Assert.Equal(0, tid.GetProperty("index").GetProperty("2024").GetInt32());
        Assert.Equal("2024", tid.GetProperty("label").GetProperty("2024").GetString());

        var contents = dimension.GetProperty("ContentsCode").GetProperty("category");
        Assert.Equal(
            [("prioritering", 0), ("kompetanse", 1), ("aktivitet", 2)],
            contents.GetProperty("index").EnumerateObject().Select(p => (p.Name, p.Value.GetInt32())));
        Assert.Equal(
            [("prioritering", "Digital prioritering"), ("kompetanse", "Digital kompetanse"), ("aktivitet", "Digital aktivitet")],
            contents.GetProperty("label").EnumerateObject().Select(p => (p.Name, p.Value.GetString())));
        Assert.All(contents.GetProperty("unit").EnumerateObject(), unit => Assert.Equal(1, unit.Value.GetProperty("decimals").GetInt32()));
    }

    [Fact]
    public void ValuesAndStatusMatchTheDatasetCellByCell()
    {
        var model = Model(Indicator.Prioritering, 2024, null);
        using var json = Export(model);
        var root = json.RootElement;
        var regions = root.GetProperty("dimension").GetProperty("region").GetProperty("category").GetProperty("index")
            .EnumerateObject().OrderBy(p => p.Value.GetInt32()).Select(p => M(p.Name)).ToArray();
        var indicators = root.GetProperty("dimension").GetProperty("ContentsCode").GetProperty("category").GetProperty("index")
            .EnumerateObject().OrderBy(p => p.Value.GetInt32()).Select(p => IndicatorText.TryParseSlug(p.Name, out var i) ? i : throw new InvalidDataException(p.Name)).ToArray();
        var values = root.GetProperty("value").EnumerateArray().ToArray();
        var status = root.GetProperty("status");

        Assert.Equal(10, regions.Length);
        Assert.Equal(30, values.Length);
        for (var r = 0; r < regions.Length; r++)
        {
            for (var c = 0; c < indicators.Length; c++)
            {
                var index = (r * 3) + c;
                var score = Data.Dataset.Get(regions[r], 2024, indicators[c]);
                if (score?.Value is { } value)
                {
                    Assert.Equal(value, values[index].GetDouble());
                }
                else
                {
                    Assert.Equal(JsonValueKind.Null, values[index].ValueKind);
                }

                var expectedSymbol = score is null ? "ikke med i datasettet" : score.Value.Symbol is { } s ? SsbSymbolText.Symbol(s) : null;
                var actualSymbol = status.TryGetProperty(index.ToString(System.Globalization.CultureInfo.InvariantCulture), out var symbol) ? symbol.GetString() : null;
                Assert.Equal(expectedSymbol, actualSymbol);
            }
        }

        // Spot checks with real-shaped codes: Bærum's prioritering, Asker's aktivitet ".", Kinn's ":", Sogndal's "-" and no record.
        Assert.Equal(80.1, values[(5 * 3) + 0].GetDouble());
        Assert.Equal(
            [("20", "."), ("24", ":"), ("27", "ikke med i datasettet"), ("28", "-")],
            status.EnumerateObject().Select(p => (p.Name, p.Value.GetString())));
        Assert.Equal(0, values[28].GetDouble());
    }

    [Fact]
    public void AnOfficialDatasetHasNoSampleNote()
    {
        var data = Create(isSample: false);

        using var json = Export(Model(Indicator.Prioritering, 2022, null, data), data);

        Assert.False(json.RootElement.TryGetProperty("note", out _));
        Assert.Equal("Digitalisering i kommunene 2022", json.RootElement.GetProperty("label").GetString());
        Assert.Equal([5, 1, 3], json.RootElement.GetProperty("size").EnumerateArray().Select(n => n.GetInt32()));
    }

    [Fact]
    public async Task WritesTheSameBytesToAStream()
    {
        var model = Model(Indicator.Aktivitet, 2018, "03");
        using var stream = new MemoryStream();

        await JsonStatExporter.WriteAsync(Data, model, stream, CancellationToken.None);

        Assert.Equal(JsonStatExporter.ToUtf8Bytes(Data, model), stream.ToArray());
    }
}
