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
/// /last-ned/{format} through HTTP: every file is read back with the library that reads it and compared with the
/// loaded dataset value by value.
/// </summary>
[Collection(DownloadsCollection.Name)]
public sealed class ExportEndpointTests(KommunedigitalFactory factory)
{
    private const string Vestland2022 = "indikator=kompetanse&aar=2022&fylke=46";
    private static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");
    private static readonly string[] NamedMunicipalities = ["0301", "4601", "5001"]; // Oslo, Bergen, Trondheim

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
    public async Task CsvOfTheWholeCountryIn2024ListsAll357MunicipalitiesWithLeadingZerosAndStatusSymbols()
    {
        var client = await factory.CreateLoadedClientAsync();
        var data = Snapshot(factory);

        var (_, body) = await GetOkAsync(client, "/last-ned/csv?aar=2024");

        var records = ReadCsv(body, ";");
        AssertCsvMatches(records, ExpectedRows(data, 2024), Norwegian);
        Assert.Equal(358, records.Count);
        Assert.Equal(["0301", "Oslo", "03", "Oslo", "2024"], records[1][..5]);

        // The sample has two non-respondents ("..") and one confidential score (":") per year; they arrive as symbols.
        var statuses = records.Skip(1).Select(r => r[8..]).ToList();
        Assert.Equal(2, statuses.Count(s => s.All(v => v == "..")));
        Assert.Equal(1, statuses.SelectMany(s => s).Count(v => v == ":"));
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
    public async Task XlsxOfTheWholeCountryKeepsOslosLeadingZeroAsText()
    {
        var client = await factory.CreateLoadedClientAsync();
        var data = Snapshot(factory);

        var (_, body) = await GetOkAsync(client, "/last-ned/xlsx?aar=2024");

        using var workbook = new XLWorkbook(new MemoryStream(body));
        var sheet = workbook.Worksheet("Data");
        AssertText(sheet.Cell(2, 1), "0301");
        AssertText(sheet.Cell(2, 3), "03");
        AssertDataSheetMatches(sheet, ExpectedRows(data, 2024));
    }

    [Fact]
    public async Task XlsxHasAFrozenHeaderAndAnAutofilterOverEveryRow()
    {
        var client = await factory.CreateLoadedClientAsync();

        var (_, body) = await GetOkAsync(client, "/last-ned/xlsx?" + Vestland2022);

        using var workbook = new XLWorkbook(new MemoryStream(body));
        var sheet = workbook.Worksheet("Data");
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.True(sheet.AutoFilter.IsEnabled);
        Assert.Equal("A1:K44", sheet.AutoFilter.Range.RangeAddress.ToString());
    }

    [Fact]
    public async Task XlsxAboutSheetNamesSourceAttributionFiltersAndSampleNotice()
    {
        var client = await factory.CreateLoadedClientAsync();

        var (_, body) = await GetOkAsync(client, "/last-ned/xlsx?" + Vestland2022);

        using var workbook = new XLWorkbook(new MemoryStream(body));
        Assert.Equal(["Data", "Om dataene"], workbook.Worksheets.Select(s => s.Name));
        var about = AboutValues(workbook.Worksheet("Om dataene"));
        Assert.Equal("Eksempeldata – ikke offisielle tall fra SSB", about[0]);
        Assert.Contains("SSB/Digdir, «Digitalisering i kommunene»", about);
        Assert.Contains("Kartgrunnlag: © Kartverket (CC BY 4.0)", about);
        Assert.Contains("Digital kompetanse (kartet); år 2022; Vestland; klassifisering Kvantiler", about);
        Assert.Contains("2020 (356 kommuner)", about);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task PngPixelsAtTheInteriorPointsOfOsloBergenAndTrondheimAreTheirClassColours(int scale)
    {
        var client = await factory.CreateLoadedClientAsync();
        var model = Model(Snapshot(factory), "aar=2024");
        var scene = MapSceneBuilder.Build(model, SceneLayout.PngDefault);

        var (response, body) = await GetOkAsync(client, $"/last-ned/png?aar=2024&skala={scale}");

        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        using var bitmap = SKBitmap.Decode(body);
        Assert.Equal(1200 * scale, bitmap.Width);
        Assert.Equal(1500 * scale, bitmap.Height);
        foreach (var code in NamedMunicipalities)
        {
            var entry = model.Entries.Single(e => e.Municipality.Code.Value == code);
            Assert.NotNull(entry.ClassIndex);
            var interior = entry.Municipality.DisplayGeometry.InteriorPoint;
            var point = scene.Projection.FromWgs84(interior.X, interior.Y);
            Assert.Equal(SKColor.Parse(entry.Fill), bitmap.GetPixel((int)(point.X * scale), (int)(point.Y * scale)));
        }
    }

    [Fact]
    public async Task PngTitleIsDrawnWithTheEmbeddedFont()
    {
        var client = await factory.CreateLoadedClientAsync();
        var scene = MapSceneBuilder.Build(Model(Snapshot(factory), "aar=2024"), SceneLayout.PngDefault);

        var (_, body) = await GetOkAsync(client, "/last-ned/png?aar=2024");

        using var bitmap = SKBitmap.Decode(body);
        var title = scene.Texts.First(t => t.Role == SceneTextRole.Title);
        var dark = 0;
        for (var y = (int)(title.Baseline - title.Size); y < (int)title.Baseline + 2; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var c = bitmap.GetPixel(x, y);
                dark += c.Red < 80 && c.Green < 80 && c.Blue < 80 ? 1 : 0;
            }
        }

        // "Digital prioritering 2024" at 38 px covers thousands of dark pixels; a missing font leaves the band white.
        Assert.True(dark > 2000, $"Only {dark} dark pixels in the title band.");
    }

    [Fact]
    public async Task PdfFirstPageHasTitleLegendAndSourceAsTextAndNoImage()
    {
        var client = await factory.CreateLoadedClientAsync();
        var model = Model(Snapshot(factory), "indikator=kompetanse&aar=2024");

        var (response, body) = await GetOkAsync(client, "/last-ned/pdf?indikator=kompetanse&aar=2024");

        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("digitalisering-kompetanse-2024-hele-landet.pdf", response.Content.Headers.ContentDisposition?.FileName);
        using var pdf = PdfDocument.Open(body);
        var page = pdf.GetPage(1);
        var text = string.Join(" ", page.GetWords().Select(w => w.Text));
        Assert.Equal("Digital kompetanse 2024", model.Title);
        Assert.Contains("Digital kompetanse 2024", text);
        Assert.NotEmpty(model.Legend);
        foreach (var legendClass in model.Legend)
        {
            Assert.Contains(MapSceneBuilder.LegendLabel(legendClass), text);
        }

        Assert.Contains("Kartgrunnlag: © Kartverket (CC BY 4.0)", text);
        Assert.Contains("Eksempeldata – ikke offisielle tall fra SSB", text);
        Assert.Empty(page.GetImages());
        Assert.Equal(842, page.Width, 0);
        Assert.Equal(595, page.Height, 0);
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
    [InlineData("aar=2024", 357)]
    [InlineData(Vestland2022, 43)]
    public async Task SvgHasExactlyOnePathPerMunicipalityInTheView(string query, int count)
    {
        var client = await factory.CreateLoadedClientAsync();
        var model = Model(Snapshot(factory), query);

        var (response, body) = await GetOkAsync(client, "/last-ned/svg?" + query);

        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        var (svg, ns) = LoadSvg(body);
        var codes = svg.SelectNodes("//svg:path[@data-kommunenummer]", ns)!.Cast<XmlElement>()
            .Select(p => p.GetAttribute("data-kommunenummer"))
            .ToList();
        Assert.Equal(count, codes.Count);
        Assert.Equal(model.Selected.Select(e => e.Municipality.Code.Value).Order(StringComparer.Ordinal), codes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SvgFillsAndTitlesOfOsloBergenAndTrondheimAreTheirClassColoursAndValues()
    {
        var client = await factory.CreateLoadedClientAsync();
        var model = Model(Snapshot(factory), "aar=2024");

        var (_, body) = await GetOkAsync(client, "/last-ned/svg?aar=2024");

        var (svg, ns) = LoadSvg(body);
        foreach (var code in NamedMunicipalities)
        {
            var entry = model.Entries.Single(e => e.Municipality.Code.Value == code);
            var path = (XmlElement)svg.SelectSingleNode($"//svg:path[@data-kommunenummer='{code}']", ns)!;
            Assert.Equal(entry.Fill, path.GetAttribute("fill"), ignoreCase: true);
            var value = entry.Score!.Value.Value!.Value;
            Assert.Equal($"{entry.Municipality.Name}: {value.ToString("0.0", Norwegian)}", path.SelectSingleNode("svg:title", ns)!.InnerText);
        }
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

    [Fact]
    public async Task GeoJsonHasOneFeaturePerMunicipalityOfTheViewWithTheDatasetsValues()
    {
        var client = await factory.CreateLoadedClientAsync();
        var data = Snapshot(factory);

        var (response, body) = await GetOkAsync(client, "/last-ned/geojson?" + Vestland2022);

        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("digitalisering-kompetanse-2022-vestland.geojson", response.Content.Headers.ContentDisposition?.FileName);
        using var json = JsonDocument.Parse(body);
        Assert.False(json.RootElement.TryGetProperty("crs", out _));
        var features = json.RootElement.GetProperty("features").EnumerateArray().ToList();
        var expected = ExpectedRows(data, 2022, "46");
        Assert.Equal(43, features.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var properties = features[i].GetProperty("properties");
            var row = expected[i];
            Assert.Equal(row.Municipality.Code.Value, properties.GetProperty("kommunenummer").GetString());
            Assert.Equal(row.Municipality.Name, properties.GetProperty("kommune").GetString());
            Assert.Equal("Vestland", properties.GetProperty("fylke").GetString());
            Assert.Equal(2022, properties.GetProperty("aar").GetInt32());
            Assert.Equal("kompetanse", properties.GetProperty("indikator").GetString());
            var score = row.Scores[1];
            Assert.Equal(score?.Value, NumberOrNull(properties.GetProperty("verdi")));
            Assert.Equal(row.JsonStatus(1), properties.GetProperty("status").GetString());
        }
    }

    [Fact]
    public async Task JsonStatIdsSizesLabelsAndValuesEqualTheDataset()
    {
        var client = await factory.CreateLoadedClientAsync();
        var data = Snapshot(factory);

        var (response, body) = await GetOkAsync(client, "/last-ned/jsonstat?" + Vestland2022);

        Assert.Equal("digitalisering-kompetanse-2022-vestland.json", response.Content.Headers.ContentDisposition?.FileName);
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        Assert.Equal("2.0", root.GetProperty("version").GetString());
        Assert.Equal("dataset", root.GetProperty("class").GetString());
        Assert.Equal("Digitalisering i kommunene 2022 – Vestland", root.GetProperty("label").GetString());
        Assert.Equal(["region", "tid", "ContentsCode"], root.GetProperty("id").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal([43, 1, 3], root.GetProperty("size").EnumerateArray().Select(e => e.GetInt32()));

        var expected = ExpectedRows(data, 2022, "46");
        var region = root.GetProperty("dimension").GetProperty("region").GetProperty("category");
        Assert.Equal(
            expected.Select((r, i) => (r.Municipality.Code.Value, i)),
            region.GetProperty("index").EnumerateObject().Select(p => (p.Name, p.Value.GetInt32())));
        Assert.Equal(
            expected.Select(r => (r.Municipality.Code.Value, r.Municipality.Name)),
            region.GetProperty("label").EnumerateObject().Select(p => (p.Name, p.Value.GetString()!)));
        Assert.Equal(
            [("2022", 0)],
            root.GetProperty("dimension").GetProperty("tid").GetProperty("category").GetProperty("index").EnumerateObject().Select(p => (p.Name, p.Value.GetInt32())));
        Assert.Equal(
            [("prioritering", 0), ("kompetanse", 1), ("aktivitet", 2)],
            root.GetProperty("dimension").GetProperty("ContentsCode").GetProperty("category").GetProperty("index").EnumerateObject().Select(p => (p.Name, p.Value.GetInt32())));

        var values = root.GetProperty("value").EnumerateArray().Select(NumberOrNull).ToList();
        var status = root.TryGetProperty("status", out var s)
            ? s.EnumerateObject().ToDictionary(p => int.Parse(p.Name, CultureInfo.InvariantCulture), p => p.Value.GetString())
            : [];
        Assert.Equal(43 * 3, values.Count);
        for (var r = 0; r < expected.Count; r++)
        {
            for (var c = 0; c < 3; c++)
            {
                var score = expected[r].Scores[c];
                Assert.Equal(score?.Value, values[(r * 3) + c]);
                Assert.Equal(expected[r].JsonStatus(c), status.GetValueOrDefault((r * 3) + c));
            }
        }
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

    private static double? NumberOrNull(JsonElement element) =>
        element.ValueKind == JsonValueKind.Null ? null : element.GetDouble();
}
