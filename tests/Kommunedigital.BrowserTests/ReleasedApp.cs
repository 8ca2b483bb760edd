using System.Text;
using Kommunedigital.Core.Data;
using Kommunedigital.Releases;
using Microsoft.Extensions.DependencyInjection;

namespace Kommunedigital.BrowserTests;

/// <summary>
/// A second app on Kestrel with two published releases of its own (the shared <see cref="BrowserApp"/> keeps serving
/// the sample, which the other tests expect): the sample with Oslo's 2024 kompetanse set to 11,1 in release 1 and
/// 22,2 in release 2, published through the app's own <see cref="ReleasePublisher"/>.
/// </summary>
public sealed class ReleasedApp : IAsyncLifetime
{
    private readonly KestrelFactory _factory = new();

    public Uri BaseAddress { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        _factory.StartServer();
        BaseAddress = _factory.BaseAddress;
        var store = _factory.Services.GetRequiredService<DataStore>();
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (store.Current is null)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The dataset did not load within two minutes.");
            }

            await Task.Delay(200);
        }

        var publisher = _factory.Services.GetRequiredService<ReleasePublisher>();
        foreach (var (kompetanse, note) in new[] { ("11,1", "Første versjon"), ("22,2", "Tall for 2024 rettet") })
        {
            var foundation = new DataFoundation(store.Current.Boundaries, store.Current.Correspondence!.Numbering);
            var upload = await publisher.UploadAsync(foundation, WithOslo2024(kompetanse), "digitalisering.csv", "test@ssb.no", note, CancellationToken.None);
            Assert.True(upload.Succeeded, upload.Refusal);
            var published = await publisher.PublishAsync(foundation, upload.Release!.Number, "test@ssb.no", null, CancellationToken.None);
            Assert.True(published.Succeeded, published.Refusal);
        }
    }

    private static byte[] WithOslo2024(string kompetanse)
    {
        const string OsloRow2024 = "0301;Oslo;03;Oslo;2024;";
        var lines = File.ReadAllLines(Path.Combine(TestPaths.RepoRoot, "data", "sample", "digitalisering-eksempel.csv"), Encoding.UTF8);
        var at = Array.FindIndex(lines, l => l.StartsWith(OsloRow2024, StringComparison.Ordinal));
        lines[at] = $"{OsloRow2024}50,0;{kompetanse};50,0;;;";
        return Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();
}
