using Kommunedigital.Core.Boundaries;
using NetTopologySuite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Kommunedigital.Core.Tests.Survey;

/// <summary>
/// A small catalog with the real codes and names of a few municipalities in the three structures, on
/// tiny square outlines: enough for import and export tests without the boundary files.
/// </summary>
internal static class TestCatalog
{
    public static BoundaryCatalog Instance { get; } = new(
    [
        Set("2018", [("0301", "Oslo", "Oslo"), ("0219", "Bærum", "Akershus"), ("1201", "Bergen", "Hordaland"), ("1902", "Tromsø", "Troms")]),
        Set("2020", [("0301", "Oslo", "Oslo"), ("3024", "Bærum", "Viken"), ("4601", "Bergen", "Vestland"), ("5401", "Tromsø", "Troms og Finnmark")]),
        Set("2024", [("0301", "Oslo", "Oslo"), ("3201", "Bærum", "Akershus"), ("4601", "Bergen", "Vestland"), ("5501", "Tromsø", "Troms"), ("1580", "Haram", "Møre og Romsdal")]),
    ]);

    private static BoundarySet Set(string id, (string Code, string Name, string County)[] municipalities)
    {
        var reader = new WKTReader(new NtsGeometryServices(new PrecisionModel(), 4326));
        var list = new List<Municipality>();
        var counties = new Dictionary<CountyCode, County>();
        for (var i = 0; i < municipalities.Length; i++)
        {
            var (code, name, countyName) = municipalities[i];
            var x = 5 + i;
            var geometry = reader.Read($"POLYGON (({x} 60, {x + 1} 60, {x + 1} 61, {x} 61, {x} 60))");
            var municipalityCode = MunicipalityCode.Parse(code);
            list.Add(new Municipality(municipalityCode, name, municipalityCode.County, geometry, geometry));
            counties.TryAdd(municipalityCode.County, new County(municipalityCode.County, countyName, geometry, geometry));
        }

        return new BoundarySet(id, new DateOnly(int.Parse(id, System.Globalization.CultureInfo.InvariantCulture), 1, 1), list, counties.Values);
    }
}
