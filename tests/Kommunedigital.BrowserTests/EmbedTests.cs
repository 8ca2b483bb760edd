namespace Kommunedigital.BrowserTests;

/// <summary>The static embed: drawn from HTTP alone, no circuit, and sized by its parent's snippet.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EmbedTests(BrowserApp app)
{
    [Fact]
    public async Task TheEmbedDrawsTheMapWithoutOpeningAWebSocketOrCallingAnotherHost()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        var sockets = new List<string>();
        var requests = new List<string>();
        page.WebSocket += (_, socket) => sockets.Add(socket.Url);
        page.Request += (_, request) => requests.Add(request.Url);

        await page.GotoAsync("embed?aar=2024");
        await page.WaitForMapAsync(shapes: 357);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Empty(sockets);
        Assert.DoesNotContain(requests, url => url.Contains("_blazor", StringComparison.Ordinal) || url.Contains("blazor.web", StringComparison.Ordinal));
        Assert.All(requests.Where(url => url.StartsWith("http", StringComparison.Ordinal)), url => Assert.StartsWith(app.BaseAddress.ToString(), url, StringComparison.Ordinal));
        await Assertions.Expect(page.Locator(".legend-classes li")).ToHaveCountAsync(6);

        // The same listener does see the interactive page's circuit: the check above can fail.
        var interactive = await context.NewPageAsync();
        var circuit = new List<string>();
        interactive.WebSocket += (_, socket) => circuit.Add(socket.Url);
        await interactive.GotoAsync("?aar=2024");
        await interactive.WaitForMapAsync(shapes: 357);
        // Its circuit starts when the reader reaches for a control.
        await interactive.Locator("#aar").HoverAsync();
        await interactive.WaitForCircuitAsync();
        Assert.Contains(circuit, url => url.Contains("/_blazor", StringComparison.Ordinal));
    }
}
