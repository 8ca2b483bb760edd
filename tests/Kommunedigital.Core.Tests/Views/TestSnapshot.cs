using System.Globalization;
using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Survey;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Kommunedigital.Core.Tests.Views;

/// <summary>
/// A small snapshot shaped like the real one: the 2018, 2020 and 2024 structures with real codes (Bærum is 0219,
/// 3024 and 3201), 0.2-degree squares as outlines, and survey years 2018, 2022 and 2024 with every SSB symbol,
/// an empty cell ("") and a missing record ("none").
/// </summary>
internal static class TestSnapshot
{
    private static readonly GeometryFactory Wgs84 = new(new PrecisionModel(), 4326);

    public static DataSnapshot Create(bool isSample = true) =>
        new(new BoundaryCatalog([Structure2018(), Structure2020(), Structure2024()]), Dataset(isSample), new DateTimeOffset(2025, 1, 15, 8, 0, 0, TimeSpan.Zero));

    public static MunicipalityCode M(string code) => MunicipalityCode.Parse(code);

    public static CountyCode C(string code) => CountyCode.Parse(code);

    /// <summary>A square of 0.2 degrees with its south-west corner at (lon, lat).</summary>
    public static Geometry Square(double lon, double lat) =>
        new WKTReader(Wgs84.GeometryServices).Read(string.Create(
            CultureInfo.InvariantCulture,
            $"POLYGON (({lon} {lat}, {lon + 0.2} {lat}, {lon + 0.2} {lat + 0.2}, {lon} {lat + 0.2}, {lon} {lat}))"));

    private static BoundarySet Structure2018() => Set("2018", [
        ("0219", "Bærum", 10.4, 59.8),
        ("0220", "Asker", 10.2, 59.8),
        ("0301", "Oslo", 10.6, 59.8),
        ("1201", "Bergen", 5.2, 60.3),
    ], [("02", "Akershus"), ("03", "Oslo"), ("12", "Hordaland")]);

    private static BoundarySet Structure2020() => Set("2020", [
        ("0301", "Oslo", 10.6, 59.8),
        ("3024", "Bærum", 10.4, 59.8),
        ("3025", "Asker", 10.2, 59.8),
        ("4601", "Bergen", 5.2, 60.3),
        ("4602", "Kinn", 5.0, 61.5),
    ], [("03", "Oslo"), ("30", "Viken"), ("46", "Vestland")]);

    private static BoundarySet Structure2024() => Set("2024", [
        ("0301", "Oslo", 10.6, 59.8),
        ("1103", "Stavanger", 5.6, 58.9),
        ("1108", "Sandnes", 5.8, 58.7),
        ("1508", "Ålesund", 6.1, 62.4),
        ("1804", "Bodø", 14.3, 67.2),
        ("3201", "Bærum", 10.4, 59.8),
        ("3203", "Asker", 10.2, 59.8),
        ("4601", "Bergen", 5.2, 60.3),
        ("4602", "Kinn", 5.0, 61.5),
        ("4640", "Sogndal", 7.0, 61.2),
    ], [("03", "Oslo"), ("11", "Rogaland"), ("15", "Møre og Romsdal"), ("18", "Nordland"), ("32", "Akershus"), ("46", "Vestland")]);

    private static BoundarySet Set(string id, (string Code, string Name, double Lon, double Lat)[] municipalities, (string Code, string Name)[] counties)
    {
        var items = municipalities
            .Select(m => new Municipality(M(m.Code), m.Name, M(m.Code).County, Square(m.Lon, m.Lat), Square(m.Lon, m.Lat)))
            .ToArray();
        var countyItems = counties.Select(c =>
        {
            var outline = Wgs84.BuildGeometry(items.Where(m => m.County == C(c.Code)).Select(m => m.Geometry)).Union();
            return new County(C(c.Code), c.Name, outline, outline);
        });
        return new BoundarySet(id, new DateOnly(int.Parse(id, CultureInfo.InvariantCulture), 1, 1), items, countyItems);
    }

    private static SurveyDataset Dataset(bool isSample)
    {
        var records = new List<SurveyRecord>();

        void Add(int year, string code, string prioritering, string kompetanse, string aktivitet)
        {
            foreach (var (indicator, text) in new[] { (Indicator.Prioritering, prioritering), (Indicator.Kompetanse, kompetanse), (Indicator.Aktivitet, aktivitet) })
            {
                if (text == "none")
                {
                    continue; // no record at all
                }

                var score = text.Length == 0 ? Score.NotStated
                    : SsbSymbolText.TryParse(text, out var symbol) ? Score.FromSymbol(symbol)
                    : Score.Of(double.Parse(text, CultureInfo.InvariantCulture));
                records.Add(new SurveyRecord(M(code), year, indicator, score));
            }
        }

        Add(2018, "0219", "70.2", "52.0", "60.0");
        Add(2018, "0220", "61.0", "48.5", "57.5");
        Add(2018, "0301", "68.0", "66.0", "75.0");
        Add(2018, "1201", "59.9", "..", "62.1");

        Add(2022, "0301", "71.0", "68.4", "79.9");
        Add(2022, "3024", "77.3", "54.0", "74.2");
        Add(2022, "3025", "62.5", "59.1", ""); // an empty cell beside Kinn's ":"
        Add(2022, "4601", "70.0", "57.7", "64.4");
        Add(2022, "4602", "50.5", "39.9", ":");

        // 2024: ties (72.5), confidential (:), not applicable (.), nil (-) and no record.
        Add(2024, "0301", "72.5", "70.0", "81.0");
        Add(2024, "1103", "58.0", "62.0", "71.3");
        Add(2024, "1108", "49.5", "51.0", "60.0");
        Add(2024, "1508", "66.0", "47.5", "58.8");
        Add(2024, "1804", "45.25", "44.0", "55.5");
        Add(2024, "3201", "80.1", "55.5", "77.7");
        Add(2024, "3203", "64.0", "61.2", ".");
        Add(2024, "4601", "72.5", "58.3", "66.6");
        Add(2024, "4602", ":", "40.0", "50.2");
        Add(2024, "4640", "none", "-", "44.4");

        return new SurveyDataset(isSample ? "sample" : "test", isSample, records);
    }
}
