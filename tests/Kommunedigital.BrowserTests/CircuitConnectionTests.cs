using System.Text.Json;

namespace Kommunedigital.BrowserTests;

/// <summary>The map page's circuit connection, as the browser negotiates it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CircuitConnectionTests(BrowserApp app)
{
    /// <summary>
    /// The circuit's WebSocket is compressed (permessage-deflate) without server context takeover, so the server
    /// keeps no deflate state between messages (Load/CircuitWebSockets.cs); the browser decodes every message on its
    /// own: the circuit takes over the page and two changes in a row recolour the map.
    /// </summary>
    [Fact]
    public async Task TheCircuitIsCompressedMessageByMessageAndEveryMessageReadsBack()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        var session = await context.NewCDPSessionAsync(page);
        var extensions = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        session.Event("Network.webSocketHandshakeResponseReceived").OnEvent += (_, e) =>
        {
            if (e is { } response && response.GetProperty("response").GetProperty("headers") is { ValueKind: JsonValueKind.Object } headers)
            {
                var value = headers.EnumerateObject()
                    .FirstOrDefault(h => h.Name.Equals("Sec-WebSocket-Extensions", StringComparison.OrdinalIgnoreCase)).Value;
                extensions.TrySetResult(value.ValueKind == JsonValueKind.String ? value.GetString()! : "");
            }
        };
        await session.SendAsync("Network.enable");

        await page.GotoAsync("?aar=2024");
        await page.WaitForMapAsync(shapes: 357);
        await page.Locator("#indikator-kompetanse").HoverAsync();
        var negotiated = await extensions.Task.WaitAsync(TimeSpan.FromSeconds(20));
        var parameters = negotiated.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("permessage-deflate", parameters[0]);
        Assert.Contains("server_no_context_takeover", parameters);

        await page.WaitForCircuitAsync();
        await page.Locator("#indikator-kompetanse").CheckAsync();
        await page.WaitForUrlContainingAsync("indikator=kompetanse");
        await page.WaitForMapAsync(shapes: 357);
        await Assertions.Expect(page.Locator("#karttittel")).ToHaveTextAsync("Digital kompetanse 2024");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Fylke", Exact = true }).SelectOptionAsync("46");
        await page.WaitForMapAsync(county: "46");
        await Assertions.Expect(page.Locator("#karttittel")).ToHaveTextAsync("Digital kompetanse 2024 – Vestland");
    }
}
