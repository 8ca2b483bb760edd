using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Kommunedigital.Core.Data;
using Kommunedigital.Releases;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Kommunedigital.Web.Tests.Releases;

/// <summary>
/// One app instance on a <see cref="TestDatabase"/>: the real start-up (migration, newest release, fallbacks) and the
/// real poll, every second. Several hosts on one database are several instances, or one instance restarted.
/// </summary>
internal sealed class ReleaseHost(TestDatabase database, IReadOnlyDictionary<string, string>? settings = null) : KommunedigitalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        database.Configure(builder);
        builder.UseSetting("Data:ReleaseCache", database.ReleaseCache);
        builder.UseSetting("Data:ReleasePollSeconds", "1");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }

    public ReleasePublisher Publisher => Services.GetRequiredService<ReleasePublisher>();

    public DataStore Store => Services.GetRequiredService<DataStore>();

    /// <summary>The boundaries and numbering the host loaded (the browser's publisher takes them from the served snapshot too).</summary>
    public DataFoundation Foundation
    {
        get
        {
            var snapshot = Store.Current ?? throw new InvalidOperationException("Nothing is served yet.");
            return new DataFoundation(snapshot.Boundaries, snapshot.Correspondence!.Numbering);
        }
    }

    /// <summary>Uploads and publishes <paramref name="content"/>, asserting both steps succeed; the new release number.</summary>
    public async Task<int> PublishAsync(byte[] content, string note)
    {
        var upload = await Publisher.UploadAsync(Foundation, content, "digitalisering.csv", "test@ssb.no", note, CancellationToken.None);
        Assert.True(upload.Succeeded, upload.Refusal);
        var published = await Publisher.PublishAsync(Foundation, upload.Release!.Number, "test@ssb.no", null, CancellationToken.None);
        Assert.True(published.Succeeded, published.Refusal);
        return published.Release!.Number;
    }

    /// <summary>The /health body.</summary>
    public static async Task<JsonElement> HealthAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>The release number /health says is served, or null for the sample.</summary>
    public static async Task<int?> ServedReleaseAsync(HttpClient client) =>
        (await HealthAsync(client)).GetProperty("release") is { ValueKind: JsonValueKind.Number } number ? number.GetInt32() : null;

    /// <summary>Oslo's 2024 digital_kompetanse as the whole-dataset CSV download gives it to a reader.</summary>
    public static async Task<string> OsloKompetanse2024Async(HttpClient client)
    {
        var csv = Encoding.UTF8.GetString(await client.GetByteArrayAsync(new Uri("/last-ned/datasett.csv", UriKind.Relative)));
        var lines = csv.Split('\n');
        var header = lines[0].TrimStart('\uFEFF').TrimEnd('\r').Split(';');
        var oslo = lines.Single(l => l.StartsWith("0301;", StringComparison.Ordinal) && l.Split(';')[Array.IndexOf(header, "år")] == "2024").TrimEnd('\r').Split(';');
        return oslo[Array.IndexOf(header, "digital_kompetanse")];
    }

    /// <summary>Waits until <paramref name="condition"/> holds, at most <paramref name="limit"/>; false when it never did.</summary>
    public static async Task<bool> EventuallyAsync(Func<Task<bool>> condition, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(200);
        }

        return await condition();
    }

    public static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
