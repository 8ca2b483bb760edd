using Kommunedigital.Core.Boundaries;
using Kommunedigital.Core.Classification;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Views;
using Kommunedigital.Web.Components.Map;
using Microsoft.Extensions.DependencyInjection;

namespace Kommunedigital.Web.Tests;

/// <summary>The payloads of the views: built once, with one set of places per boundary set.</summary>
public sealed class MapViewCacheTests(KommunedigitalFactory factory) : IClassFixture<KommunedigitalFactory>
{
    [Fact]
    public async Task EveryViewOfABoundarySetSharesOnePlacesTableWithAStepFromBergen()
    {
        using var client = await factory.CreateLoadedClientAsync();
        var snapshot = factory.Services.GetRequiredService<DataStore>().Current!;
        var views = factory.Services.GetRequiredService<MapViewCache>();

        var country = views.Get(snapshot, new MapView(Indicator.Kompetanse, 2024, null, null, ClassificationMethod.Quantile, null)).Payload;
        var vestland = views.Get(snapshot, new MapView(Indicator.Aktivitet, 2024, CountyCode.Parse("46"), null, ClassificationMethod.NaturalBreaks, null)).Payload;
        var older = views.Get(snapshot, new MapView(Indicator.Kompetanse, 2022, null, null, ClassificationMethod.Quantile, null)).Payload;

        Assert.Same(country.Places, vestland.Places);
        Assert.NotSame(country.Places, older.Places);
        Assert.Equal(357, country.Places!.Count);
        Assert.Equal("4623", country.Places["4601"].East); // Samnanger
        Assert.Equal(356, older.Places!.Count);
    }

    [Fact]
    public async Task TheSameViewOfTwoSnapshotsIsServedFromTheCacheForBothWhenReadersAlternate()
    {
        using var client = await factory.CreateLoadedClientAsync();
        var latest = factory.Services.GetRequiredService<DataStore>().Current!;
        // A second snapshot of the same data, as a pinned release is beside the served one.
        var pinned = latest with { LoadedAt = latest.LoadedAt.AddMinutes(-1) };
        var views = factory.Services.GetRequiredService<MapViewCache>();
        var view = new MapView(Indicator.Prioritering, 2022, null, null, ClassificationMethod.Quantile, null);

        var fromLatest = views.Get(latest, view);
        var fromPinned = views.Get(pinned, view);

        Assert.NotSame(fromLatest, fromPinned);
        Assert.Same(fromLatest, views.Get(latest, view));
        Assert.Same(fromPinned, views.Get(pinned, view));
        Assert.Same(fromLatest.Model, views.Get(latest, view).Model);
    }

    [Fact]
    public async Task ViewsOfTheLeastRecentlyUsedSnapshotAreDroppedBeyondTheServedAndThePinnedOnes()
    {
        using var client = await factory.CreateLoadedClientAsync();
        var latest = factory.Services.GetRequiredService<DataStore>().Current!;
        var views = factory.Services.GetRequiredService<MapViewCache>();
        var view = new MapView(Indicator.Aktivitet, 2018, null, null, ClassificationMethod.Quantile, null);
        var snapshots = Enumerable.Range(1, MapViewCache.MaxSnapshots + 1).Select(i => latest with { LoadedAt = latest.LoadedAt.AddDays(-i) }).ToArray();

        var first = views.Get(snapshots[0], view);
        foreach (var snapshot in snapshots.Skip(1))
        {
            _ = views.Get(snapshot, view);
        }

        Assert.NotSame(first, views.Get(snapshots[0], view));
    }
}
