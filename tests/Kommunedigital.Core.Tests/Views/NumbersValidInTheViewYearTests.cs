using System.Text;
using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Classification;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Export;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Tests.Boundaries;
using Kommunedigital.Core.Tests.Klass;
using Kommunedigital.Core.Views;

namespace Kommunedigital.Core.Tests.Views;

/// <summary>
/// The model and the downloads show the number and name valid on 1 January of the view's year, on the real boundaries
/// and the real KLASS files. The expected numbers and names are those of SSB's change list for 1 January 2019
/// (endringer-2018-2019.csv: "1567 - Rindal;5061 - Rindal", "1942 - Nordreisa;1942 - Nordreisa - Ráisa - Raisi"),
/// written out here by hand.
/// </summary>
public sealed class NumbersValidInTheViewYearTests(RealBoundaryCatalogFixture fixture) : IClassFixture<RealBoundaryCatalogFixture>
{
    /// <summary>Records stored under the 2018 shape codes, as the importer stores a 2019 file's 5061.</summary>
    private static SurveyDataset Dataset() => new("test", isSample: false,
    [
        new SurveyRecord(M("1567"), 2018, Indicator.Kompetanse, Score.Of(48.5)),
        new SurveyRecord(M("1942"), 2018, Indicator.Kompetanse, Score.Of(40.1)),
        new SurveyRecord(M("1567"), 2019, Indicator.Kompetanse, Score.Of(51.2)),
        new SurveyRecord(M("1567"), 2019, Indicator.Prioritering, Score.Of(60.0)),
        new SurveyRecord(M("1942"), 2019, Indicator.Kompetanse, Score.Of(44.7)),
    ]);

    private DataSnapshot WithKlass() => new(fixture.Catalog, Dataset(), DateTimeOffset.UnixEpoch)
    {
        Correspondence = RealKlass.Correspondence(fixture),
    };

    private DataSnapshot WithoutKlass() => new(fixture.Catalog, Dataset(), DateTimeOffset.UnixEpoch);

    private static MapView View(int year) => new(Indicator.Kompetanse, year, null, null, ClassificationMethod.Quantile, null);

    private static (string Number, string Name, string? Value) Shown(ChoroplethModel model, string shape) =>
        model.TryGetEntry(M(shape), out var entry)
            ? (entry.Number.Value, entry.Name, entry.Score?.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : throw new InvalidOperationException($"No entry for {shape}.");

    [Fact]
    public void In2019TheShapeOfRindalShowsItsNewNumberAndNordreisaItsSamiNames()
    {
        var model = ChoroplethModelBuilder.Build(WithKlass(), View(2019));

        Assert.Equal("2018", model.Boundaries.Id);
        Assert.Equal(("5061", "Rindal", "51.2"), Shown(model, "1567"));
        Assert.Equal(("1942", "Nordreisa - Ráisa - Raisi", "44.7"), Shown(model, "1942"));
        Assert.Equal(("2004", "Hammerfest - Hámmerfeasta", null), Shown(model, "2004"));
        Assert.Equal(("5005", "Namsos - Nåavmesjenjaelmie", null), Shown(model, "5005"));
        Assert.Equal(("0301", "Oslo", null), Shown(model, "0301"));
        Assert.Equal(("0137", "Våler", null), Shown(model, "0137")); // the set's name, not KLASS's "Våler (Østfold)"
        Assert.False(model.TryGetEntry(M("5061"), out _));
    }

    [Fact]
    public void In2018TheSameShapesShowTheNumbersAndNamesOf2018()
    {
        var model = ChoroplethModelBuilder.Build(WithKlass(), View(2018));

        Assert.Equal(("1567", "Rindal", "48.5"), Shown(model, "1567"));
        Assert.Equal(("1942", "Nordreisa", "40.1"), Shown(model, "1942"));
        Assert.Equal(("2004", "Hammerfest", null), Shown(model, "2004"));
    }

    [Fact]
    public void WithoutKlassTheBoundarySetsCodesAndNamesAreShown()
    {
        var model = ChoroplethModelBuilder.Build(WithoutKlass(), View(2019));

        Assert.Equal(("1567", "Rindal", "51.2"), Shown(model, "1567"));
        Assert.Equal(("1942", "Nordreisa", "44.7"), Shown(model, "1942"));
    }

    [Fact]
    public void TheViewCsvOf2019ListsRindalAs5061()
    {
        var data = WithKlass();
        var model = ChoroplethModelBuilder.Build(data, View(2019));
        using var stream = new MemoryStream();
        DatasetCsvWriter.Write(DatasetTable.FromModel(model, data.Dataset), stream);
        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split("\r\n");

        Assert.Equal(1 + 422 + 1, lines.Length); // header, every municipality of the 2018 set, the empty string after the last line end
        Assert.Contains("5061;Rindal;15;Møre og Romsdal;2019;60,0;51,2;;;;ikke med i datasettet", lines);
        Assert.Contains("1942;Nordreisa - Ráisa - Raisi;19;Troms;2019;;44,7;;ikke med i datasettet;;ikke med i datasettet", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("1567;", StringComparison.Ordinal));
    }

    [Fact]
    public void TheWholeDatasetDownloadShowsEachYearsOwnNumbers()
    {
        var data = WithKlass();
        var rows = DatasetTable.Build(data.Dataset, data.Boundaries, numbering: data.Correspondence!.Numbering);

        Assert.Equal(
            [(2018, "1567", "Rindal"), (2019, "5061", "Rindal")],
            rows.Where(r => r.MunicipalityName == "Rindal").Select(r => (r.Year, r.Municipality.Value, r.MunicipalityName)));
        Assert.Equal(
            [(2018, "Nordreisa", 40.1), (2019, "Nordreisa - Ráisa - Raisi", 44.7)],
            rows.Where(r => r.Municipality.Value == "1942").Select(r => (r.Year, r.MunicipalityName, r.Kompetanse!.Value.Value!.Value)));
    }

    [Fact]
    public void TheDetailPanelOf2019IsHeadedWithTheNameAndNumberOf2019()
    {
        var profile = MunicipalityProfileBuilder.Build(WithKlass(), 2019, M("1567"))!;

        Assert.Equal(("5061", "Rindal", "1567"), (profile.Number.Value, profile.Name, profile.Municipality.Code.Value));
        Assert.Equal("Nordreisa - Ráisa - Raisi", MunicipalityProfileBuilder.Build(WithKlass(), 2019, M("1942"))!.Name);
    }

    [Theory]
    [InlineData("?aar=2019&kommune=5061")]
    [InlineData("?aar=2019&kommune=1567")]
    public void In2019BothTheNewAndTheShapesNumberSelectRindal(string query)
    {
        var result = MapViewQuery.Parse(MapViewQueryString.ParseQueryString(query), WithKlass());

        Assert.Equal(("1567", 2019), (result.View.Municipality?.Value, result.View.Year));
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void In2018TheNumberOf2019IsNotYetValid()
    {
        var result = MapViewQuery.Parse(MapViewQueryString.ParseQueryString("?aar=2018&kommune=5061"), WithKlass());

        Assert.Null(result.View.Municipality);
        Assert.Equal(["Kommune 5061 finnes ikke i 2018. Ingen kommune er valgt."], result.Notes);
    }

    private static MunicipalityCode M(string code) => MunicipalityCode.Parse(code);
}
