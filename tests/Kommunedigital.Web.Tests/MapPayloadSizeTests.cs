using System.Text.Json;
using Kommunedigital.Core.Classification;
using Kommunedigital.Core.Data;
using Kommunedigital.Core.Survey;
using Kommunedigital.Core.Views;
using Kommunedigital.Web.Components.Map;
using Microsoft.Extensions.DependencyInjection;

namespace Kommunedigital.Web.Tests;

/// <summary>
/// What one view costs on the circuit: the default 2024 view's <c>setView</c> message, serialised as Blazor's JS interop
/// serialises it (camelCase, the default encoder that escapes æ, ø and å).
/// </summary>
public sealed class MapPayloadSizeTests(KommunedigitalFactory factory) : IClassFixture<KommunedigitalFactory>
{
    // Measured 2026-12-01 with the sample dataset: 118,554 bytes (first view, with the places) and 84,318 (a later view)
    // while entries and places were named objects and every entry had its announcement; 50,900 and 31,658 with the
    // short arrays; 18,687 and 10,642 once the places were asked for instead of sent, each kind went once and the names
    // only when they change. The bounds leave room for longer names, not for the places (19 kB) or names to come back.
    private const int FirstViewBound = 21_000;
    private const int LaterViewBound = 12_000;

    private static readonly JsonSerializerOptions Blazor = new()
    {
        MaxDepth = 32,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
    };

    [Fact]
    public async Task TheDefaultViewsMessageStaysSmallAndOslosEntryStillCarriesItsClass()
    {
        using var client = await factory.CreateLoadedClientAsync();
        var snapshot = factory.Services.GetRequiredService<DataStore>().Current!;
        var views = factory.Services.GetRequiredService<MapViewCache>();
        var payload = views.Get(snapshot, new MapView(Indicator.Kompetanse, 2024, null, null, ClassificationMethod.Quantile, null)).Payload;
        var before = views.Get(snapshot, new MapView(Indicator.Prioritering, 2024, null, null, ClassificationMethod.Quantile, null)).Payload;

        var first = JsonSerializer.SerializeToUtf8Bytes(payload.ToJs(fit: true), Blazor);
        var later = JsonSerializer.SerializeToUtf8Bytes(payload.ToJs(fit: false, previous: before), Blazor);
        using var json = JsonDocument.Parse(first);
        using var laterJson = JsonDocument.Parse(later);
        var root = json.RootElement;
        var oslo = root.GetProperty("entries")[0];

        Assert.InRange(first.Length, 1, FirstViewBound);
        Assert.InRange(later.Length, 1, LaterViewBound);
        Assert.Equal(JsonValueKind.Null, laterJson.RootElement.GetProperty("names").ValueKind);
        // Oslo's 2024 competence score in data/sample is 40,3; its colour, class and rank as the named entry had them
        // before the entries were shortened. Oslo (0301) is the first code.
        Assert.Equal(("0301", "Oslo", "Oslo"), (
            root.GetProperty("names").GetProperty("codes")[0].GetString(),
            root.GetProperty("names").GetProperty("names")[0].GetString(),
            root.GetProperty("names").GetProperty("countyNames")[root.GetProperty("names").GetProperty("counties")[0].GetInt32()].GetString()));
        Assert.Equal("""["#5dc863","verdi","klasse-1"]""", root.GetProperty("kinds")[oslo[0].GetInt32()].GetRawText());
        Assert.Equal("""["40,3","nr. 279 av 355"]""", JsonSerializer.Serialize(new[] { oslo[1].GetString(), oslo[2].GetString() }));
        Assert.Equal("Oslo, Oslo: 40,3, nr. 279 av 355, fylkesmedian 40,3", payload.Entries["0301"].Announcement);
    }
}
