using System.Net;
using System.Text.Json;
using Kommunedigital.Core.Data;

namespace Kommunedigital.Web.Tests;

/// <summary>Bad download parameters are a 400 ProblemDetails naming the parameter in bokmål, never a 500.</summary>
[Collection(DownloadsCollection.Name)]
public sealed class ExportValidationTests(KommunedigitalFactory factory)
{
    [Theory]
    [InlineData("/last-ned/csv?indikator=hastighet", "indikator", "Ukjent indikator «hastighet». Gyldige verdier: prioritering, kompetanse, aktivitet.")]
    [InlineData("/last-ned/csv?aar=1999", "aar", "Ukjent år «1999». Årene i datasettet: 2018, 2022, 2024.")]
    [InlineData("/last-ned/csv?fylke=99", "fylke", "Fylke 99 finnes ikke i 2024.")]
    [InlineData("/last-ned/xlsx?fylke=vestland", "fylke", "Ukjent fylke «vestland».")]
    [InlineData("/last-ned/csv?aar=2018&fylke=46", "fylke", "Fylke 46 finnes ikke i 2018.")]
    [InlineData("/last-ned/csv?kommune=9999", "kommune", "Kommune 9999 finnes ikke i 2024.")]
    [InlineData("/last-ned/svg?klassifisering=tilfeldig", "klassifisering", "Ukjent klassifisering «tilfeldig».")]
    [InlineData("/last-ned/png?bbox=-200,50,10,60", "utsnitt", "Utsnittet «-200,50,10,60» ligger utenfor kloden")]
    [InlineData("/last-ned/png?utsnitt=10,95,20,96", "utsnitt", "ligger utenfor kloden")]
    [InlineData("/last-ned/png?utsnitt=10,60,5,50", "utsnitt", "er tomt")]
    [InlineData("/last-ned/png?bbox=4.5,57.9,31.2", "utsnitt", "Ugyldig utsnitt")]
    [InlineData("/last-ned/png?skala=5", "skala", "Skala «5» er ugyldig. Bruk et heltall fra 1 til 4.")]
    [InlineData("/last-ned/png?skala=0", "skala", "Skala «0» er ugyldig.")]
    [InlineData("/last-ned/png?skala=-1", "skala", "Skala «-1» er ugyldig.")]
    [InlineData("/last-ned/png?skala=abc", "skala", "Skala «abc» er ugyldig.")]
    [InlineData("/last-ned/png?skala=2.5", "skala", "Skala «2.5» er ugyldig.")]
    [InlineData("/last-ned/doc", "format", "Ukjent format «doc».")]
    [InlineData("/last-ned/pdf?retning=sideveis", "retning", "Retning «sideveis» er ugyldig. Bruk «liggende» eller «staaende».")]
    [InlineData("/last-ned/csv?csv=tsv", "csv", "CSV-variant «tsv» er ugyldig. Bruk «excel» eller «rfc4180».")]
    [InlineData("/last-ned/datasett.pdf", "format", "Ukjent format «pdf» for datasettet. Gyldige formater: xlsx, csv.")]
    [InlineData("/last-ned/datasett.csv?csv=tsv", "csv", "CSV-variant «tsv» er ugyldig.")]
    [InlineData("/last-ned/png?endring=2022-2018", "endring", "Endring «2022-2018»: det første året må være tidligere enn det andre.")]
    [InlineData("/last-ned/csv?endring=2017-2022", "endring", "Ukjent år 2017 i endring «2017-2022».")]
    [InlineData("/last-ned/geojson?endring=fjor", "endring", "Ugyldig endring «fjor».")]
    public async Task BadParameterIsA400ProblemNamingTheParameter(string url, string parameter, string message)
    {
        var client = await factory.CreateLoadedClientAsync();

        var errors = await GetBadRequestErrorsAsync(client, url);

        Assert.True(errors.ContainsKey(parameter), $"No error for «{parameter}»: {string.Join(", ", errors.Keys)}");
        Assert.Contains(errors[parameter], m => m.StartsWith(message, StringComparison.Ordinal) || m.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryBadParameterIsReportedAtOnce()
    {
        var client = await factory.CreateLoadedClientAsync();

        var errors = await GetBadRequestErrorsAsync(client, "/last-ned/png?indikator=x&aar=1999&fylke=46&skala=9&csv=tsv");

        // fylke=46 is fine in the year asked for; that the year was wrong is one mistake, not two.
        Assert.Equal(["aar", "csv", "indikator", "skala"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/last-ned/csv?aar=%00%FF&fylke=<script>alert(1)</script>")]
    [InlineData("/last-ned/csv?aar=99999999999999999999999")]
    [InlineData("/last-ned/csv?aar=%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%94")] // full-width digits "２０２４"
    [InlineData("/last-ned/png?bbox=NaN,NaN,NaN,NaN")]
    [InlineData("/last-ned/png?bbox=1e400,50,10,60")]
    [InlineData("/last-ned/png?bbox=,,,")]
    [InlineData("/last-ned/png?skala=99999999999999999999")]
    [InlineData("/last-ned/png?skala=%00")]
    [InlineData("/last-ned/..%2Fdatasett.xlsx")]
    [InlineData("/last-ned/datasett.")]
    [InlineData("/last-ned/datasett.%FF")]
    [InlineData("/last-ned/csv?indikator=%F0%9F%92%A9&kommune=%E2%80%AE0301")]
    public async Task GarbageIsA400ProblemNeverA500(string url)
    {
        var client = await factory.CreateLoadedClientAsync();

        var errors = await GetBadRequestErrorsAsync(client, url);

        Assert.NotEmpty(errors);
        Assert.All(errors.Values.SelectMany(m => m), m => Assert.False(string.IsNullOrWhiteSpace(m)));
    }

    [Fact]
    public async Task ScriptInAParameterComesBackAsJsonTextNeverAsAnErrorPage()
    {
        var client = await factory.CreateLoadedClientAsync();

        using var response = await client.GetAsync(new Uri("/last-ned/csv?aar=%00%FF&fylke=<script>", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = ParseErrors(body);
        Assert.Equal(["aar", "fylke"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.StartsWith("Ukjent fylke «<script>».", errors["fylke"][0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/last-ned/csv?indikator=", "indikator")]
    [InlineData("/last-ned/pdf?retning=", "retning")]
    [InlineData("/last-ned/csv?csv=", "csv")]
    [InlineData("/last-ned/png?skala=", "skala")]
    [InlineData("/last-ned/", "format")]
    [InlineData("/last-ned/datasett.", "format")]
    public async Task AVeryLongValueIsEchoedShortened(string prefix, string parameter)
    {
        var client = await factory.CreateLoadedClientAsync();

        var errors = await GetBadRequestErrorsAsync(client, prefix + new string('x', 3000));

        Assert.True(errors[parameter][0].Length < 200, errors[parameter][0]);
    }

    [Theory]
    [InlineData("/last-ned/csv?aar=2024")]
    [InlineData("/last-ned/png")]
    [InlineData("/last-ned/datasett.xlsx")]
    public async Task WithoutDataADownloadIs503ProblemSayingSo(string url)
    {
        await using var host = DownloadedFiles.HostServing(factory, new DataStore());
        var client = host.CreateClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Dataene er ikke lastet.", json.RootElement.GetProperty("title").GetString());
    }

    private static async Task<Dictionary<string, string[]>> GetBadRequestErrorsAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"GET {url}: {(int)response.StatusCode} {body[..Math.Min(body.Length, 500)]}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return ParseErrors(body);
    }

    private static Dictionary<string, string[]> ParseErrors(string body)
    {
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        Assert.Equal(400, root.GetProperty("status").GetInt32());
        Assert.Equal("Ugyldige parametere for nedlasting.", root.GetProperty("title").GetString());
        return root.GetProperty("errors").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(m => m.GetString()!).ToArray());
    }
}
