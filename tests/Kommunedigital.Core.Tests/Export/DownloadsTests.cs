using System.Buffers.Binary;
using System.Text;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Export;
using Kommunedigital.Core.Views;
using static Kommunedigital.Core.Tests.Views.TestSnapshot;

namespace Kommunedigital.Core.Tests.Export;

/// <summary>The download table: its rows, the compression list drawn from it, and that each row's writer makes its format.</summary>
public class DownloadsTests
{
    private static readonly DataSnapshot Data = Create();

    private static ViewExport Export(DownloadOptions? options = null)
    {
        var view = MapViewQuery.Default(Data) with { County = C("46") };
        return new ViewExport(Data, ChoroplethModelBuilder.Build(Data, view), options ?? DownloadOptions.Default, "https://kommunedigital.example/?aar=2024&fylke=46", new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.FromHours(1)));
    }

    private static async Task<byte[]> WriteAsync(string format, DownloadOptions? options = null)
    {
        using var stream = new MemoryStream();
        await Downloads.FindView(format)!.Write(Export(options), stream, CancellationToken.None);
        return stream.ToArray();
    }

    [Fact]
    public void TheViewDownloadsAreListedPicturesFirstWithTheirMenuLabels()
    {
        Assert.Equal(
            [
                ("png", "Bilde (PNG)"), ("pdf", "PDF"), ("svg", "Vektorgrafikk (SVG)"), ("pptx", "PowerPoint (PPTX)"),
                ("csv", "Tabell (CSV)"), ("xlsx", "Tabell (Excel)"), ("geojson", "Geodata (GeoJSON)"), ("jsonstat", "JSON-stat"),
            ],
            Downloads.View.Select(d => (d.Format, d.Label)));
    }

    [Fact]
    public void EachViewDownloadHasItsMediaTypeAndExtension()
    {
        Assert.Equal(
            [
                ("image/png", "png"),
                ("application/pdf", "pdf"),
                ("image/svg+xml", "svg"),
                ("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
                ("text/csv; charset=utf-8", "csv"),
                ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
                ("application/geo+json", "geojson"),
                ("application/json", "json"),
            ],
            Downloads.View.Select(d => (d.ContentType, d.Extension)));
    }

    [Fact]
    public void TheDatasetDownloadsAreExcelThenCsv()
    {
        Assert.Equal(
            [
                ("xlsx", "Alle år og kommuner (Excel)", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                ("csv", "Alle år og kommuner (CSV)", "text/csv; charset=utf-8"),
            ],
            Downloads.Dataset.Select(d => (d.Format, d.Label, d.ContentType)));
    }

    [Fact]
    public void TheCompressionListIsTheTextFormatsWithoutParameters()
    {
        Assert.Equal(["image/svg+xml", "text/csv", "application/geo+json", "application/json"], Downloads.CompressibleMediaTypes);
    }

    [Theory]
    [InlineData("png", "png")]
    [InlineData(" JSONSTAT ", "jsonstat")]
    [InlineData("GeoJSON", "geojson")]
    public void AFormatIsFoundInAnyCaseAndWithSpaces(string asked, string found)
    {
        Assert.Equal(found, Downloads.FindView(asked)?.Format);
    }

    [Theory]
    [InlineData("doc")]
    [InlineData("json")]
    [InlineData("")]
    [InlineData(null)]
    public void AnUnknownFormatIsNotFound(string? asked)
    {
        Assert.Null(Downloads.FindView(asked));
    }

    [Fact]
    public void TheDatasetHasNoPictureFormats()
    {
        Assert.Null(Downloads.FindDataset("png"));
        Assert.Equal("csv", Downloads.FindDataset("CSV")?.Format);
    }

    [Fact]
    public void TheDatasetFileNameSaysWhenItIsSampleData()
    {
        var csv = Downloads.FindDataset("csv")!;

        Assert.Equal("digitalisering-eksempeldata-alle-aar.csv", csv.FileName(Create(isSample: true)));
        Assert.Equal("digitalisering-alle-aar.csv", csv.FileName(Create(isSample: false)));
    }

    [Theory]
    [InlineData("png", new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' })]
    [InlineData("pdf", new byte[] { (byte)'%', (byte)'P', (byte)'D', (byte)'F' })]
    [InlineData("pptx", new byte[] { (byte)'P', (byte)'K', 3, 4 })]
    [InlineData("xlsx", new byte[] { (byte)'P', (byte)'K', 3, 4 })]
    [InlineData("csv", new byte[] { 0xEF, 0xBB, 0xBF, (byte)'k' })]
    public async Task EachBinaryRowWritesItsOwnFormat(string format, byte[] start)
    {
        var bytes = await WriteAsync(format);

        Assert.Equal(start, bytes[..start.Length]);
    }

    [Theory]
    [InlineData("svg", "<svg")]
    [InlineData("geojson", "\"FeatureCollection\"")]
    [InlineData("jsonstat", "\"dataset\"")]
    public async Task EachTextRowWritesItsOwnFormat(string format, string marker)
    {
        var text = Encoding.UTF8.GetString(await WriteAsync(format));

        Assert.Contains(marker, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCsvRowWritesTheViewsYearAndCountyInTheAskedDialect()
    {
        var text = Encoding.UTF8.GetString(await WriteAsync("csv", DownloadOptions.Default with { CsvFormat = DatasetCsvFormat.Rfc4180 }));
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.StartsWith("kommunenummer,kommune,", lines[0], StringComparison.Ordinal);
        // Vestland in 2024: Bergen, Kinn and Sogndal.
        Assert.Equal(["4601", "4602", "4640"], lines.Skip(1).Select(l => l[..4]));
    }

    [Fact]
    public async Task ThePngRowDrawsAtTheAskedScale()
    {
        static int Width(byte[] png) => BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4));

        var one = await WriteAsync("png");
        var two = await WriteAsync("png", DownloadOptions.Default with { Scale = 2 });

        Assert.Equal(2 * Width(one), Width(two));
    }
}
