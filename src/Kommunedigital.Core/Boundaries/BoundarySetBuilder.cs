using System.Globalization;
using NetTopologySuite.Coverage;
using NetTopologySuite.Geometries;

namespace Kommunedigital.Core.Boundaries;

/// <summary>
/// Builds one <see cref="BoundarySet"/> from its files: read, normalise codes, merge features that share a
/// code, repair, reproject to WGS84, derive counties, and simplify the whole set as a coverage for display.
/// </summary>
/// <remarks>
/// Display simplification runs in UTM 33N so the tolerance is in metres everywhere in Norway (a degree of
/// longitude is half as long in Finnmark as in Agder). <see cref="CoverageSimplifier"/> simplifies each
/// edge shared by two municipalities once, so neighbours keep identical borders: no slivers, no gaps.
/// County display outlines are dissolved from the display municipalities, so county lines lie exactly on
/// municipal ones whatever the county file's own detail.
/// </remarks>
internal static class BoundarySetBuilder
{
    // Mainland Norway is 4.5-31.2 E, 57.9-71.2 N. A generous box still catches the usual CRS mistakes:
    // metres read as degrees, or latitude and longitude swapped.
    private static readonly Envelope PlausibleWgs84 = new(-10, 40, 50, 85);


    /// <summary>Builds the set; <paramref name="pathOf"/> maps a manifest file name to the obtained file.</summary>
    /// <exception cref="BoundaryDataException">A file's content contradicts the manifest or cannot be used.</exception>
    public static BoundarySet Build(
        BoundarySetEntry entry, Func<string, string> pathOf, double displayToleranceMetres, CancellationToken cancellationToken)
    {
        var municipalityLayer = ReadLayer(entry.Municipalities, pathOf(entry.Municipalities.File));
        cancellationToken.ThrowIfCancellationRequested();

        var codes = new List<MunicipalityCode>();
        var names = new List<string>();
        var counties = new List<CountyCode>();
        var geometries = new List<Geometry>();
        foreach (var (code, parts) in GroupByCode(municipalityLayer, ParseMunicipalityCode))
        {
            var first = parts[0];
            var county = CountyOf(code, first, entry);
            codes.Add(code);
            names.Add(first.Name!);
            counties.Add(county);
            geometries.Add(Merge(parts, municipalityLayer.Factory, entry.Municipalities.File, code.Value));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var full = geometries.Select(g => ToWgs84(g, municipalityLayer.Epsg)).ToArray();
        CheckPlausible(full, entry.Municipalities);

        cancellationToken.ThrowIfCancellationRequested();
        var display = SimplifyForDisplay(municipalityLayer.Epsg == CrsTransforms.Utm33 ? geometries : full, municipalityLayer.Epsg, displayToleranceMetres);

        var municipalities = codes.Select((code, i) => new Municipality(code, names[i], counties[i], full[i], display[i])).ToArray();

        cancellationToken.ThrowIfCancellationRequested();
        var countyOutlines = entry.Counties is null
            ? null
            : ReadCountyOutlines(entry.Counties, pathOf(entry.Counties.File), counties.Distinct().ToHashSet(), entry.Id);
        var countyList = new List<County>();
        foreach (var group in municipalities.GroupBy(m => m.County))
        {
            var outline = countyOutlines?[group.Key] ?? PolygonalRepair.Dissolve(group.Select(m => m.Geometry));
            countyList.Add(new County(group.Key, entry.CountyNames[group.Key], outline, PolygonalRepair.Dissolve(group.Select(m => m.DisplayGeometry))));
        }

        return new BoundarySet(entry.Id, entry.ValidFrom, municipalities, countyList);
    }

    private static Layer ReadLayer(BoundaryLayerEntry layer, string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BoundaryDataException($"{layer.File}: cannot read {path} ({e.Message}).", e);
        }

        // Utf8JsonReader does not skip a byte order mark; some GIS tools write one.
        var utf8 = bytes.AsSpan();
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        BoundaryCrs.TryParse(layer.Crs, out var manifestEpsg);
        var epsg = manifestEpsg;
        if (BoundaryFeatureReader.ReadCrsName(layer.File, utf8) is { } fileCrs)
        {
            if (!BoundaryCrs.TryParse(fileCrs, out var fileEpsg))
            {
                throw new BoundaryDataException(
                    $"{layer.File}: the file's coordinate reference system '{fileCrs}' is not supported. " +
                    $"Supported: {BoundaryCrs.SupportedText}. Reproject the file (e.g. ogr2ogr -t_srs EPSG:4326) or use another source.");
            }

            if (fileEpsg != manifestEpsg)
            {
                throw new BoundaryDataException(
                    $"{layer.File}: the file says its coordinates are {BoundaryCrs.Name(fileEpsg)} ('{fileCrs}'), " +
                    $"but the boundary manifest says {layer.Crs}. Correct the manifest's crs for this file.");
            }

            epsg = fileEpsg;
        }

        var factory = BoundaryGeometryFactories.For(epsg);
        var features = BoundaryFeatureReader.ReadFeatures(layer.File, utf8, layer.CodeProperty, layer.NameProperty, factory);
        return new Layer(layer.File, epsg, factory, features);
    }

    private static IEnumerable<(TCode Code, List<BoundaryFeature> Parts)> GroupByCode<TCode>(
        Layer layer, Func<BoundaryFeature, string, TCode> parse)
        where TCode : notnull
    {
        var groups = new Dictionary<TCode, List<BoundaryFeature>>();
        var order = new List<TCode>();
        foreach (var feature in layer.Features)
        {
            var code = parse(feature, layer.FileName);
            if (!groups.TryGetValue(code, out var parts))
            {
                groups[code] = parts = [];
                order.Add(code);
            }

            parts.Add(feature);
        }

        return order.Select(code => (code, groups[code]));
    }

    private static MunicipalityCode ParseMunicipalityCode(BoundaryFeature feature, string fileName) =>
        MunicipalityCode.TryParse(feature.Code, out var code)
            ? code
            : throw new BoundaryDataException(
                $"{fileName}: feature {(feature.Index + 1).ToString(CultureInfo.InvariantCulture)} has the municipality number '{feature.Code}'; " +
                "expected 1-4 digits. Check codeProperty in the boundary manifest.");

    private static CountyCode ParseCountyCode(BoundaryFeature feature, string fileName) =>
        CountyCode.TryParse(feature.Code, out var code)
            ? code
            : throw new BoundaryDataException(
                $"{fileName}: feature {(feature.Index + 1).ToString(CultureInfo.InvariantCulture)} has the county number '{feature.Code}'; " +
                "expected 1-2 digits. Check codeProperty in the boundary manifest.");

    private static CountyCode CountyOf(MunicipalityCode code, BoundaryFeature feature, BoundarySetEntry entry)
    {
        if (!CountyCode.TryParse(code.Value[..2], out var county) || !entry.CountyNames.ContainsKey(county))
        {
            throw new BoundaryDataException(
                $"{entry.Municipalities.File}: municipality {code} {feature.Name} is in county {code.Value[..2]}, which the " +
                $"boundary manifest's county table for set {entry.Id} does not list. Add the county to countyNames or check the file.");
        }

        return county;
    }

    /// <summary>
    /// One valid Polygon or MultiPolygon from the features that share a code. Parts are combined as they are;
    /// GeometryFixer then repairs self-intersections and unions overlapping parts.
    /// </summary>
    private static Geometry Merge(List<BoundaryFeature> parts, GeometryFactory factory, string fileName, string code)
    {
        var geometry = parts.Count == 1
            ? parts[0].Geometry
            : factory.CreateMultiPolygon(parts.SelectMany(p => PolygonalRepair.Polygons(p.Geometry)).ToArray());
        var repaired = PolygonalRepair.Repair(geometry);
        return repaired.IsEmpty
            ? throw new BoundaryDataException($"{fileName}: the outline of {code} has no area once repaired (a degenerate polygon).")
            : repaired;
    }

    private static Geometry ToWgs84(Geometry geometry, int? epsg)
    {
        if (epsg is not { } code)
        {
            return geometry;
        }

        CrsTransforms.TryGetToWgs84(code, out var transform);
        // A smooth projection keeps a valid polygon valid except in pathological near-touching rings: repair those.
        return PolygonalRepair.Repair(CrsTransforms.Transform(geometry, transform, BoundaryGeometryFactories.Wgs84));
    }

    private static void CheckPlausible(IEnumerable<Geometry> geometries, BoundaryLayerEntry layer)
    {
        var extent = new Envelope();
        foreach (var geometry in geometries)
        {
            extent.ExpandToInclude(geometry.EnvelopeInternal);
        }

        if (!PlausibleWgs84.Contains(extent))
        {
            throw new BoundaryDataException(
                $"{layer.File}: read as {layer.Crs}, the coordinates span longitude {extent.MinX.ToString("0.##", CultureInfo.InvariantCulture)} to " +
                $"{extent.MaxX.ToString("0.##", CultureInfo.InvariantCulture)} and latitude {extent.MinY.ToString("0.##", CultureInfo.InvariantCulture)} to " +
                $"{extent.MaxY.ToString("0.##", CultureInfo.InvariantCulture)}, which is not Norway. Check the crs in the boundary manifest.");
        }
    }

    /// <summary>
    /// The display outlines, WGS84, in the order of <paramref name="geometries"/>: UTM 33N geometries when the
    /// source is in UTM 33N (simplified as read), else the WGS84 outlines.
    /// </summary>
    private static Geometry[] SimplifyForDisplay(IReadOnlyList<Geometry> geometries, int? sourceEpsg, double toleranceMetres)
    {
        var utm33 = sourceEpsg == CrsTransforms.Utm33
            ? geometries.ToArray()
            : geometries.Select(g => CrsTransforms.Transform(g, CrsTransforms.Wgs84ToUtm33, BoundaryGeometryFactories.Utm33)).ToArray();
        var simplified = CoverageSimplifier.Simplify(utm33, toleranceMetres);
        return simplified
            .Select(g => PolygonalRepair.Repair(CrsTransforms.Transform(g, CrsTransforms.Utm33ToWgs84, BoundaryGeometryFactories.Wgs84)))
            .ToArray();
    }

    private static Dictionary<CountyCode, Geometry> ReadCountyOutlines(
        BoundaryLayerEntry entry, string path, HashSet<CountyCode> expected, string setId)
    {
        var layer = ReadLayer(entry, path);
        var outlines = new Dictionary<CountyCode, Geometry>();
        foreach (var (code, parts) in GroupByCode(layer, ParseCountyCode))
        {
            if (!expected.Contains(code))
            {
                throw new BoundaryDataException(
                    $"{entry.File}: county {code} has no municipalities in set {setId}. Is this the county file of the same structure?");
            }

            outlines[code] = ToWgs84(Merge(parts, layer.Factory, entry.File, code.Value), layer.Epsg);
        }

        CheckPlausible(outlines.Values, entry);
        foreach (var missing in expected.Where(c => !outlines.ContainsKey(c)).Order())
        {
            throw new BoundaryDataException(
                $"{entry.File}: county {missing} of set {setId} is missing from the county file. Is this the county file of the same structure?");
        }

        return outlines;
    }

    private sealed record Layer(string FileName, int? Epsg, GeometryFactory Factory, IReadOnlyList<BoundaryFeature> Features);
}
