using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Classification;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Tests.Boundaries;
using Kommunedigital.Core.Views;
using Kommunedigital.SampleData;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Kommunedigital.Core.Tests.Export;

/// <summary>
/// <see cref="ChoroplethModel"/>s for the drawn exports: small hand-built ones from WKT, and the real 2024 country
/// through the boundary loader and the model builder.
/// </summary>
internal static class ExportModels
{
    public const string MarkupName = "<img src=x onerror=alert(1)>";

    /// <summary>
    /// What <see cref="Small"/> says to assistive technology in every drawn export, written out by hand: its summary
    /// (values 40,0, 54,3, 58,25 and 70,2, median 56,3, one "..") and what the picture shows.
    /// </summary>
    public const string SmallDescription = "Digital kompetanse 2024, hele landet: median 56,3. Høyest i Drammen (70,2), lavest i Bærum (40,0). 1 kommune mangler tall. Kart over 5 kommuner fargelagt i 3 klasser etter poeng (0–100); 1 uten verdi er skravert. Kilde: SSB/Digdir. Kartgrunnlag: © Kartverket (CC BY 4.0)";

    public static readonly string[] Colours = ["#c6dbef", "#6baed6", "#08519c"];

    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    /// <summary>
    /// Five small municipalities near 60° N 10° E: Oslo (class 1), Bærum with a lake hole (class 0), Drammen with an
    /// island (class 2), a markup-named one without a value, and Ringerike (class 1). Counties 03, 32 and 33.
    /// </summary>
    public static ChoroplethModel Small(CountyCode? county = null, bool isSample = true, MunicipalityCode? highlighted = null, string? title = null)
    {
        var reader = new WKTReader(Wgs84.GeometryServices);
        Municipality M(string code, string name, string wkt)
        {
            var geometry = reader.Read(wkt);
            var c = MunicipalityCode.Parse(code);
            return new Municipality(c, name, c.County, geometry, geometry);
        }

        var municipalities = new[]
        {
            M("0301", "Oslo", "POLYGON ((10.0 59.8, 10.5 59.8, 10.5 60.1, 10.0 60.1, 10.0 59.8))"),
            M("3201", "Bærum", "POLYGON ((10.5 59.8, 11.0 59.8, 11.0 60.1, 10.5 60.1, 10.5 59.8), (10.7 59.9, 10.8 59.9, 10.8 60.0, 10.7 60.0, 10.7 59.9))"),
            M("3301", "Drammen", "MULTIPOLYGON (((9.5 59.8, 10.0 59.8, 10.0 60.1, 9.5 60.1, 9.5 59.8)), ((9.6 59.6, 9.7 59.6, 9.7 59.7, 9.6 59.7, 9.6 59.6)))"),
            M("3303", MarkupName, "POLYGON ((9.5 60.1, 10.0 60.1, 10.0 60.4, 9.5 60.4, 9.5 60.1))"),
            M("3305", "Ringerike", "POLYGON ((10.0 60.1, 10.5 60.1, 10.5 60.4, 10.0 60.4, 10.0 60.1))"),
        };
        var values = new Dictionary<string, Score?>
        {
            ["0301"] = Score.Of(54.3),
            ["3201"] = Score.Of(40.0),
            ["3301"] = Score.Of(70.2),
            ["3303"] = Score.FromSymbol(SsbSymbol.Missing),
            ["3305"] = Score.Of(58.25),
        };

        var counties = new[] { "03", "32", "33" }.Select(c => new County(CountyCode.Parse(c), "Fylke " + c, Wgs84.CreatePolygon(), Wgs84.CreatePolygon()));
        var boundaries = new BoundarySet("2024", new DateOnly(2024, 1, 1), municipalities, counties);
        var legend = new[]
        {
            LegendClass.Of(0, 40.0, 50.0, Colours[0], 0),
            LegendClass.Of(1, 50.0, 60.0, Colours[1], 0),
            LegendClass.Of(2, 60.0, 70.2, Colours[2], 0),
        };

        return Build(boundaries, legend, code => values[code.Value], county, isSample, highlighted, title ?? "Digital kompetanse 2024 – testkommuner");
    }

    /// <summary>
    /// The real 2024 structure (357 municipalities, display geometry from the boundary loader) with the generated
    /// sample scores, through the real <see cref="ChoroplethModelBuilder"/>: digital kompetanse 2024, quantiles.
    /// </summary>
    public static ChoroplethModel Country(CountyCode? county = null, Indicator indicator = Indicator.Kompetanse) =>
        ChoroplethModelBuilder.Build(RealSnapshot.Value, new MapView(indicator, 2024, county, null, ClassificationMethod.Quantile, null));

    private static readonly Lazy<DataSnapshot> RealSnapshot = new(() =>
        new DataSnapshot(RealBoundaries.Catalog, SampleDataGenerator.Generate(RealBoundaries.Catalog), DateTimeOffset.UnixEpoch));

    private static ChoroplethModel Build(
        BoundarySet boundaries,
        IReadOnlyList<LegendClass> classes,
        Func<MunicipalityCode, Score?> value,
        CountyCode? county,
        bool isSample,
        MunicipalityCode? highlighted,
        string title)
    {
        var counts = new int[classes.Count];
        var missing = new Dictionary<EntryStatus, (Score? Example, int Count)>();
        var extent = new Envelope();
        var entries = new List<ChoroplethEntry>();
        foreach (var m in boundaries.Municipalities)
        {
            var inSelection = county is null || m.County == county;
            var score = value(m.Code);
            var v = score?.Value;
            int? classIndex = null;
            string fill;
            if (!inSelection)
            {
                fill = MapPalette.OutsideColour;
            }
            else if (v is { } number)
            {
                classIndex = (classes.FirstOrDefault(c => number <= c.Upper) ?? classes[^1]).Index;
                counts[classIndex.Value]++;
                fill = classes[classIndex.Value].Colour;
            }
            else
            {
                var status = ScoreStatus.Of(score);
                missing[status] = (score, missing.GetValueOrDefault(status).Count + 1);
                fill = MapPalette.MissingColour;
            }

            if (inSelection)
            {
                extent.ExpandToInclude(m.DisplayGeometry.EnvelopeInternal);
            }

            entries.Add(new ChoroplethEntry(
                m,
                "Fylke " + m.County.Value,
                score,
                inSelection ? ScoreStatus.Of(score) : EntryStatus.OutsideSelection,
                classIndex,
                fill,
                null,
                ScoreStatus.ValueText(score),
                null,
                m.Code,
                m.Name));
        }

        var legend = classes.Select(c => LegendClass.Of(c.Index, c.Lower, c.Upper, c.Colour, counts[c.Index])).ToList();
        var missingGroups = missing.OrderBy(p => p.Key).Select(p => MissingGroup.Of(p.Value.Example, p.Value.Count)).ToList();
        var view = new MapView(Indicator.Kompetanse, 2024, county, highlighted, ClassificationMethod.Quantile, null);
        return new ChoroplethModel(view, boundaries, title, entries, legend, missingGroups, 0, extent, isSample, ChoroplethModel.DefaultSourceLine);
    }
}
