using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Xml;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using Kommunedigital.Core.Export;
using Kommunedigital.Core.Views;
using SkiaSharp;
using UglyToad.PdfPig;
using static Kommunedigital.Web.Tests.DownloadedFiles;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace Kommunedigital.Web.Tests;

/// <summary>
/// /last-ned/{format} through HTTP: the wiring — status, media type, file name, caching, and that the query string
/// selects the view and its options (county, year, skala, retning, csv). What is inside each file is checked once,
/// in Core.Tests/Export; here the CSV and XLSX rows are compared with the loaded dataset to show the view arrived.
/// </summary>
[Collection(DownloadsCollection.Name)]
public sealed class ExportEndpointTests(KommunedigitalFactory factory)
{
    private const string Vestland2022 = "indikator=kompetanse&aar=2022&fylke=46";
    private static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");

    [Fact]
    public async Task CsvOfVestland2022HasOneRowPerMunicipalityWithTheDatasetsScores()
    {
        var client = await factory.CreateLoadedClientAsync();
        var data = Snapshot(factory);

        var (_, body) = await GetOkAsync(client, "/last-ned/csv?" + Vestland2022);

        var records = ReadCsv(body, ";");
        var expected = ExpectedRows(data, 2022, "46");
        Assert.Equal(43, expected.Count);
        AssertCsvMatches(records, expected, Norwegian);
        Assert.Equal(["4601", "Bergen", "46", "Vestland", "2022"], records[1][..5]);
    }

    [Fact]
    public async Task CsvIsUtf8WithByteOrderMarkSemicolonsAndAFileNameSayingWhatIsInside()
    {
        var client = await factory.CreateLoadedClientAsync();

        var (response, body) = await GetOkAsync(client, "/last-ned/csv?" + Vestland2022);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, body[..3]);
        Assert.StartsWith("kommunenummer;kommune;fylkesnummer;fylke;år;", System.Text.Encoding.UTF8.GetString(body, 3, 100));
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("digitalisering-kompetanse-2022-vestland.csv", response.Content.Headers.ContentDisposition?.FileName);
    }

    [Fact]
    public async Task Rfc4180CsvUsesCommasAndDecimalPointsWithoutByteOrderMark()
    {
        var client = await factory.CreateLoadedClientAsync();
        var data = Snapshot(factory);

        var (_, body) = await GetOkAsync(client, "/last-ned/csv?" + Vestland2022 + "&csv=rfc4180");

        Assert.NotEqual(0xEF, body[0]);
        Assert.StartsWith("kommunenummer,kommune,fylkesnummer,fylke,år,", System.Text.Encoding.UTF8.GetString(body, 0, 100));
        AssertCsvMatches(ReadCsv(body, ","), ExpectedRows(data, 2022, "46"), CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task DownloadIsCacheableAndAnswersNotModifiedToItsETag()
    {
        var client = await factory.CreateLoadedClientAsync();
        const string Url = "/last-ned/csv?" + Vestland2022;

        var (first, _) = await GetOkAsync(client, Url);
        Assert.True(first.Headers.CacheControl?.Public);
        Assert.Equal(TimeSpan.FromMinutes(5), first.Headers.CacheControl?.MaxAge);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri(Url, UriKind.Relative));
        again.Headers.IfNoneMatch.Add(etag);
        using var second = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());

        // Another view is another file: its tag differs.
        var (other, _) = await GetOkAsync(client, "/last-ned/csv?indikator=kompetanse&aar=2022&fylke=50");
        Assert.NotEqual(etag, other.Headers.ETag);
    }

    [Theory]
    [InlineData("aar=2022&aar=2024&fylke=46&fylke=50", "digitalisering-prioritering-2022-vestland.csv")]
    [InlineData("AAR=2022&Fylke=46&INDIKATOR=kompetanse", "digitalisering-kompetanse-2022-vestland.csv")]
    [InlineData("year=2022&county=46&indicator=kompetanse", "digitalisering-kompetanse-2022-vestland.csv")]
    [InlineData("indikator=kompetanse&aar=2022&fylke=%34%36&utm_source=nyhetsbrev", "digitalisering-kompetanse-2022-vestland.csv")]
    public async Task AnyLinkThePageOpensDownloadsTheViewThePageShows(string query, string fileName)
    {
        var client = await factory.CreateLoadedClientAsync();
        var data = Snapshot(factory);
        var page = MapViewQuery.Parse(MapViewQueryString.ParseQueryString(query), data);

        var (response, body) = await GetOkAsync(client, "/last-ned/csv?" + query);

        Assert.Empty(page.Notes);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(ExportFileName.For(ChoroplethModelBuilder.Build(data, page.View), "csv"), fileName);
        AssertCsvMatches(ReadCsv(body, ";"), ExpectedRows(data, 2022, "46"), Norwegian);
    }

    [Fact]
    public async Task XlsxOfVestland2022HoldsTheDatasetsValuesWithTextCodesAndOneDecimalScores()
    {
        var client = await factory.CreateLoadedClientAsync();
        var data = Snapshot(factory);

        var (response, body) = await GetOkAsync(client, "/last-ned/xlsx?" + Vestland2022);

        Assert.Equal("digitalisering-kompetanse-2022-vestland.xlsx", response.Content.Headers.ContentDisposition?.FileName);
        using var workbook = new XLWorkbook(new MemoryStream(body));
        AssertDataSheetMatches(workbook.Worksheet("Data"), ExpectedRows(data, 2022, "46"));
    }

    [Fact]
    public async Task PdfWithRetningStaaendeIsAPortraitPage()
    {
        var client = await factory.CreateLoadedClientAsync();

        var (_, body) = await GetOkAsync(client, "/last-ned/pdf?" + Vestland2022 + "&retning=staaende");

        using var pdf = PdfDocument.Open(body);
        var page = pdf.GetPage(1);
        Assert.Equal(595, page.Width, 0);
        Assert.Equal(842, page.Height, 0);
        Assert.Contains("Digital kompetanse 2022 – Vestland", string.Join(" ", page.GetWords().Select(w => w.Text)));
    }

    [Theory]
    [InlineData("aar=2024", 2024, null, 357)]
    [InlineData(Vestland2022, 2022, "46", 43)]
    public async Task SvgHasExactlyOnePathPerMunicipalityInTheView(string query, int year, string? county, int count)
    {
        var client = await factory.CreateLoadedClientAsync();
        var expected = ExpectedRows(Snapshot(factory), year, county).Select(r => r.Municipality.Code.Value).ToList();

        var (_, body) = await GetOkAsync(client, "/last-ned/svg?" + query);

        var (svg, ns) = LoadSvg(body);
        var codes = svg.SelectNodes("//svg:path[@data-kommunenummer]", ns)!.Cast<XmlElement>()
            .Select(p => p.GetAttribute("data-kommunenummer"))
            .ToList();
        Assert.Equal(count, codes.Count);
        Assert.Equal(expected.Order(StringComparer.Ordinal), codes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task PptxHasOneSlideTitledAsTheViewWithTheViewLinkInTheNotes()
    {
        var client = await factory.CreateLoadedClientAsync();

        var (response, body) = await GetOkAsync(client, "/last-ned/pptx?" + Vestland2022);

        Assert.Equal("digitalisering-kompetanse-2022-vestland.pptx", response.Content.Headers.ContentDisposition?.FileName);
        using var document = PresentationDocument.Open(new MemoryStream(body), false);
        var slide = Assert.Single(document.PresentationPart!.SlideParts);
        var title = slide.Slide.Descendants<P.Shape>().Single(s =>
            s.NonVisualShapeProperties?.ApplicationNonVisualDrawingProperties?.PlaceholderShape?.Type?.Value == P.PlaceholderValues.Title);
        Assert.Equal("Digital kompetanse 2022 – Vestland", string.Concat(title.Descendants<A.Text>().Select(t => t.Text)));
        var notes = slide.NotesSlidePart!.NotesSlide.Descendants<A.Text>().Select(t => t.Text).ToList();
        Assert.Contains("http://localhost/?indikator=kompetanse&aar=2022&fylke=46", notes);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task PngSkalaMultipliesTheDefaultSize(int scale)
    {
        var client = await factory.CreateLoadedClientAsync();

        var (_, body) = await GetOkAsync(client, $"/last-ned/png?aar=2024&skala={scale}");

        using var bitmap = SKBitmap.Decode(body);
        Assert.Equal(1200 * scale, bitmap.Width);
        Assert.Equal(1500 * scale, bitmap.Height);
    }

    [Fact]
    public async Task GeoJsonHasOneFeaturePerMunicipalityOfTheCountyInTheView()
    {
        var client = await factory.CreateLoadedClientAsync();
        var data = Snapshot(factory);

        var (_, body) = await GetOkAsync(client, "/last-ned/geojson?" + Vestland2022);

        using var json = JsonDocument.Parse(body);
        var codes = json.RootElement.GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("properties").GetProperty("kommunenummer").GetString())
            .ToList();
        Assert.Equal(ExpectedRows(data, 2022, "46").Select(r => r.Municipality.Code.Value), codes);
        Assert.Equal("4601", codes[0]);
    }

    [Fact]
    public async Task JsonStatCoversTheCountyAndYearOfTheView()
    {
        var client = await factory.CreateLoadedClientAsync();

        var (_, body) = await GetOkAsync(client, "/last-ned/jsonstat?" + Vestland2022);

        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        Assert.Equal([43, 1, 3], root.GetProperty("size").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(
            ["2022"],
            root.GetProperty("dimension").GetProperty("tid").GetProperty("category").GetProperty("index").EnumerateObject().Select(p => p.Name));
    }

    [Theory]
    [InlineData("csv", "text/csv", "csv")]
    [InlineData("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx")]
    [InlineData("png", "image/png", "png")]
    [InlineData("pdf", "application/pdf", "pdf")]
    [InlineData("svg", "image/svg+xml", "svg")]
    [InlineData("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx")]
    [InlineData("geojson", "application/geo+json", "geojson")]
    [InlineData("jsonstat", "application/json", "json")]
    [InlineData("PNG", "image/png", "png")]
    public async Task EveryFormatSaysItsMediaTypeAndNamesTheViewInItsFileName(string format, string mediaType, string extension)
    {
        var client = await factory.CreateLoadedClientAsync();

        var (response, _) = await GetOkAsync(client, $"/last-ned/{format}?indikator=aktivitet&aar=2018&fylke=12&klassifisering=jenks");

        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"digitalisering-aktivitet-2018-hordaland.{extension}", response.Content.Headers.ContentDisposition?.FileName);
        Assert.NotNull(response.Headers.ETag);
    }

    private static (XmlDocument Svg, XmlNamespaceManager Namespaces) LoadSvg(byte[] body)
    {
        var svg = new XmlDocument { XmlResolver = null };
        using (var reader = XmlReader.Create(new MemoryStream(body), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }))
        {
            svg.Load(reader);
        }

        var ns = new XmlNamespaceManager(svg.NameTable);
        ns.AddNamespace("svg", "http://www.w3.org/2000/svg");
        return (svg, ns);
    }
}
