using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using CsvHelper;
using CsvHelper.Configuration;
using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Survey;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Kommunedigital.Web.Tests;

/// <summary>
/// Fetches downloads and reads them back with the library that reads each format, comparing with what the
/// dataset and boundaries say independently of the exporters (no DatasetTable, no DatasetCsvWriter).
/// </summary>
internal static partial class DownloadedFiles
{
    public static readonly string[] Headers =
    [
        "kommunenummer", "kommune", "fylkesnummer", "fylke", "år",
        "digital_prioritering", "digital_kompetanse", "digital_aktivitet",
        "status_prioritering", "status_kompetanse", "status_aktivitet",
    ];

    private static readonly Indicator[] Indicators = [Indicator.Prioritering, Indicator.Kompetanse, Indicator.Aktivitet];

    public static DataSnapshot Snapshot(WebApplicationFactory<Program> factory) =>
        factory.Services.GetRequiredService<DataStore>().Current ?? throw new InvalidOperationException("No dataset loaded.");

    /// <summary>
    /// A host like <paramref name="factory"/>'s that serves <paramref name="store"/> and never loads data itself: the
    /// way to serve other data without disturbing the tests sharing the factory. Dispose it after use.
    /// </summary>
    public static WebApplicationFactory<Program> HostServing(WebApplicationFactory<Program> factory, DataStore store) =>
        factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<DataStore>();
            services.AddSingleton(store);
            services.Remove(services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(DataLoadService)));
        }));

    /// <summary>GET <paramref name="url"/>, asserting 200, and the body.</summary>
    public static async Task<(HttpResponseMessage Response, byte[] Body)> GetOkAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.True(
            response.StatusCode == HttpStatusCode.OK,
            $"GET {url}: {(int)response.StatusCode} {Encoding.UTF8.GetString(body.AsSpan(0, Math.Min(body.Length, 2000)))}");
        return (response, body);
    }

    /// <summary>
    /// One row per municipality of each year's structure (optionally one year and one county), ordered by year then
    /// code, as every tabular download must list them.
    /// </summary>
    public static List<ExpectedRow> ExpectedRows(DataSnapshot data, int? year = null, string? county = null)
    {
        var rows = new List<ExpectedRow>();
        foreach (var y in data.Dataset.Years.Where(y => year is null || y == year))
        {
            var set = data.Boundaries.ForYear(y)!;
            foreach (var m in set.Municipalities.Where(m => county is null || m.County.Value == county))
            {
                Assert.True(set.TryGetCounty(m.County, out var c));
                rows.Add(new ExpectedRow(m, c.Name, y, Indicators.Select(i => data.Dataset.Get(m.Code, y, i)).ToArray()));
            }
        }

        return rows;
    }

    /// <summary>Every record of a CSV download (header included), fields as written.</summary>
    public static List<string[]> ReadCsv(byte[] body, string delimiter)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = delimiter, HasHeaderRecord = false };
        using var reader = new StreamReader(new MemoryStream(body), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        using var parser = new CsvParser(reader, configuration);
        var records = new List<string[]>();
        while (parser.Read())
        {
            records.Add(parser.Record!);
        }

        return records;
    }

    /// <summary>Asserts the CSV records after the header equal <paramref name="expected"/> field by field.</summary>
    /// <param name="records">All records, header first.</param>
    /// <param name="expected">The rows the file must hold, in order.</param>
    /// <param name="culture">nb-NO (decimal comma) or invariant (decimal point).</param>
    public static void AssertCsvMatches(List<string[]> records, List<ExpectedRow> expected, CultureInfo culture)
    {
        Assert.Equal(Headers, records[0]);
        Assert.Equal(expected.Count, records.Count - 1);
        var oneDecimal = culture.NumberFormat.NumberDecimalSeparator == "," ? CommaScore() : PointScore();
        for (var i = 0; i < expected.Count; i++)
        {
            var row = expected[i];
            var fields = records[i + 1];
            Assert.Equal(
                [row.Municipality.Code.Value, row.Municipality.Name, row.Municipality.County.Value, row.CountyName, row.Year.ToString(CultureInfo.InvariantCulture)],
                fields[..5]);
            for (var k = 0; k < 3; k++)
            {
                var score = row.Scores[k];
                if (score?.Value is { } value)
                {
                    Assert.Matches(oneDecimal, fields[5 + k]);
                    Assert.Equal(value, double.Parse(fields[5 + k], NumberStyles.Float, culture));
                }
                else
                {
                    Assert.Equal(string.Empty, fields[5 + k]);
                }

                Assert.Equal(row.Status(k), fields[8 + k]);
            }
        }
    }

    /// <summary>Asserts sheet "Data" holds <paramref name="expected"/> cell by cell, with the types and formats promised.</summary>
    public static void AssertDataSheetMatches(IXLWorksheet sheet, List<ExpectedRow> expected)
    {
        Assert.Equal(Headers, Enumerable.Range(1, 11).Select(c => sheet.Cell(1, c).GetString()));
        Assert.Equal(expected.Count + 1, sheet.LastRowUsed().RowNumber());
        for (var i = 0; i < expected.Count; i++)
        {
            var row = expected[i];
            var r = i + 2;
            AssertText(sheet.Cell(r, 1), row.Municipality.Code.Value);
            AssertText(sheet.Cell(r, 2), row.Municipality.Name);
            AssertText(sheet.Cell(r, 3), row.Municipality.County.Value);
            AssertText(sheet.Cell(r, 4), row.CountyName);
            Assert.Equal(XLDataType.Number, sheet.Cell(r, 5).DataType);
            Assert.Equal(row.Year, sheet.Cell(r, 5).GetDouble());
            for (var k = 0; k < 3; k++)
            {
                var cell = sheet.Cell(r, 6 + k);
                if (row.Scores[k]?.Value is { } value)
                {
                    Assert.Equal(XLDataType.Number, cell.DataType);
                    Assert.Equal(value, cell.GetDouble());
                    Assert.Equal("0.0", cell.Style.NumberFormat.Format);
                }
                else
                {
                    Assert.True(cell.IsEmpty(), $"{sheet.Cell(r, 1).GetString()} {row.Year} column {6 + k} should be empty.");
                }

                Assert.Equal(row.Status(k), sheet.Cell(r, 9 + k).GetString());
            }
        }
    }

    public static void AssertText(IXLCell cell, string text)
    {
        Assert.Equal(XLDataType.Text, cell.DataType);
        Assert.False(cell.HasFormula);
        Assert.Equal(text, cell.GetString());
    }

    [GeneratedRegex(@"^-?\d{1,3},\d$")]
    private static partial Regex CommaScore();

    [GeneratedRegex(@"^-?\d{1,3}\.\d$")]
    private static partial Regex PointScore();
}

/// <summary>One municipality-year as a download must show it.</summary>
/// <param name="Municipality">The municipality in the year's structure.</param>
/// <param name="CountyName">Its county's name in that structure.</param>
/// <param name="Year">Survey year.</param>
/// <param name="Scores">Prioritering, kompetanse, aktivitet; null when the dataset has no record.</param>
internal sealed record ExpectedRow(Municipality Municipality, string CountyName, int Year, Score?[] Scores)
{
    /// <summary>The status cell: the SSB symbol when there is one, else empty.</summary>
    public string Status(int indicator) =>
        Scores[indicator]?.Symbol is { } symbol ? SsbSymbolText.Symbol(symbol) : string.Empty;
}
