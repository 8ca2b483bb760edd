using System.Text.Json;
using System.Xml;
using ClosedXML.Excel;
using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using UglyToad.PdfPig;
using static Kommunedigital.Web.Tests.DownloadedFiles;

namespace Kommunedigital.Web.Tests;

/// <summary>
/// Names come from the boundary files, so they are data an outsider controls: a name that looks like a formula or
/// like markup must come back as text in every download. The shared app's snapshot is copied with Oslo and Bergen
/// renamed and served by a host of its own (no loader), so the other download tests keep the real names.
/// </summary>
[Collection(DownloadsCollection.Name)]
public sealed class HostileNameTests(KommunedigitalFactory factory)
{
    private const string FormulaName = "=HYPERLINK(\"http://x\")";
    private const string MarkupName = "<b>Bergen</b> & \"Co\" </title><script>alert(1)</script>";

    [Theory]
    [InlineData("/last-ned/csv?aar=2024&fylke=03", ";", 1)]
    [InlineData("/last-ned/csv?aar=2024&fylke=03&csv=rfc4180", ",", 1)]
    [InlineData("/last-ned/datasett.csv", ";", 422 + 356 + 1)]
    public async Task CsvNeutralisesANameBeginningWithEquals(string url, string delimiter, int row)
    {
        await using var host = await RenamedHostAsync();
        var client = host.CreateClient();

        var (_, body) = await GetOkAsync(client, url);

        var record = ReadCsv(body, delimiter)[row];
        Assert.Equal(["0301", "'" + FormulaName, "03", "Oslo", "2024"], record[..5]);
    }

    [Theory]
    [InlineData("/last-ned/xlsx?aar=2024&fylke=03", 2)]
    [InlineData("/last-ned/datasett.xlsx", 422 + 356 + 2)]
    public async Task XlsxKeepsANameBeginningWithEqualsAsTextNotAFormula(string url, int row)
    {
        await using var host = await RenamedHostAsync();
        var client = host.CreateClient();

        var (_, body) = await GetOkAsync(client, url);

        using var workbook = new XLWorkbook(new MemoryStream(body));
        var sheet = workbook.Worksheet("Data");
        AssertText(sheet.Cell(row, 1), "0301");
        AssertText(sheet.Cell(row, 2), FormulaName);
    }

    [Fact]
    public async Task SvgKeepsMarkupInANameAsTheTitlesText()
    {
        await using var host = await RenamedHostAsync();
        var client = host.CreateClient();

        var (_, body) = await GetOkAsync(client, "/last-ned/svg?aar=2024&fylke=46");

        var svg = new XmlDocument { XmlResolver = null };
        svg.Load(new MemoryStream(body));
        var ns = new XmlNamespaceManager(svg.NameTable);
        ns.AddNamespace("svg", "http://www.w3.org/2000/svg");
        var title = svg.SelectSingleNode("//svg:path[@data-kommunenummer='4601']/svg:title", ns)!;
        Assert.StartsWith(MarkupName + ": ", title.InnerText, StringComparison.Ordinal);
        Assert.Empty(svg.GetElementsByTagName("script"));
        Assert.Empty(svg.GetElementsByTagName("b"));
    }

    [Fact]
    public async Task PdfTableShowsMarkupInANameAsText()
    {
        await using var host = await RenamedHostAsync();
        var client = host.CreateClient();

        var (_, body) = await GetOkAsync(client, "/last-ned/pdf?aar=2024&fylke=46");

        using var pdf = PdfDocument.Open(body);
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        // The table shortens a long name with "…"; what it keeps is the name's own characters.
        Assert.Contains("4601 <b>Bergen</b> & \"Co\" </title>", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GeoJsonAndJsonStatCarryTheNamesExactly()
    {
        await using var host = await RenamedHostAsync();
        var client = host.CreateClient();

        var (_, geojson) = await GetOkAsync(client, "/last-ned/geojson?aar=2024");
        var (_, jsonstat) = await GetOkAsync(client, "/last-ned/jsonstat?aar=2024");

        using var features = JsonDocument.Parse(geojson);
        var names = features.RootElement.GetProperty("features").EnumerateArray()
            .ToDictionary(f => f.GetProperty("id").GetString()!, f => f.GetProperty("properties").GetProperty("kommune").GetString());
        Assert.Equal(FormulaName, names["0301"]);
        Assert.Equal(MarkupName, names["4601"]);
        using var dataset = JsonDocument.Parse(jsonstat);
        var labels = dataset.RootElement.GetProperty("dimension").GetProperty("region").GetProperty("category").GetProperty("label");
        Assert.Equal(FormulaName, labels.GetProperty("0301").GetString());
        Assert.Equal(MarkupName, labels.GetProperty("4601").GetString());
    }

    /// <summary>A host serving the shared snapshot with 0301 and 4601 renamed in the 2024 structure.</summary>
    private async Task<WebApplicationFactory<Program>> RenamedHostAsync()
    {
        await factory.CreateLoadedClientAsync();
        var store = new DataStore();
        store.Publish(Renamed(Snapshot(factory)));
        return HostServing(factory, store);
    }

    private static DataSnapshot Renamed(DataSnapshot data)
    {
        var sets = data.Boundaries.Sets.Select(set => set.Id != "2024"
            ? set
            : new BoundarySet(
                set.Id,
                set.ValidFrom,
                set.Municipalities.Select(m => m.Code.Value switch
                {
                    "0301" => m with { Name = FormulaName },
                    "4601" => m with { Name = MarkupName },
                    _ => m,
                }),
                set.Counties));
        return new DataSnapshot(new BoundaryCatalog(sets), data.Dataset, data.LoadedAt.AddSeconds(1));
    }
}
