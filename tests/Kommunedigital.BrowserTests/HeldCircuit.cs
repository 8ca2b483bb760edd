using System.Text.RegularExpressions;

namespace Kommunedigital.BrowserTests;

/// <summary>Opening a page with its circuit held back: what a reader on a slow line or a loaded server meets.</summary>
public static partial class HeldCircuits
{
    /// <summary>A page whose circuit's messages to the browser are held (<see cref="HeldCircuit"/>) from its first connection.</summary>
    public static async Task<(IPage Page, HeldCircuit Circuit)> OpenWithTheCircuitHeldAsync(this IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        var circuit = new HeldCircuit();
        await page.RouteWebSocketAsync(BlazorHub(), circuit.Route);
        return (page, circuit);
    }

    [GeneratedRegex("/_blazor")]
    private static partial Regex BlazorHub();
}

/// <summary>
/// The circuit's WebSocket, passed through: the browser's messages go to the server at once, the server's wait in
/// order until <see cref="Release"/>.
/// </summary>
public sealed class HeldCircuit : IDisposable
{
    private readonly Lock _gate = new();
    private readonly List<(IWebSocketRoute Route, IWebSocketFrame Frame)> _held = [];
    private readonly TaskCompletionSource _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _released;

    /// <summary>Completes when the page has opened the circuit's connection.</summary>
    public Task Connected => _connected.Task;

    public void Route(IWebSocketRoute page)
    {
        var server = page.ConnectToServer();
        page.OnMessage(frame => Send(server, frame));
        server.OnMessage(frame =>
        {
            lock (_gate)
            {
                if (!_released)
                {
                    _held.Add((page, frame));
                    return;
                }
            }

            Send(page, frame);
        });
        _connected.TrySetResult();
    }

    public void Release()
    {
        lock (_gate)
        {
            _released = true;
            foreach (var (route, frame) in _held)
            {
                Send(route, frame);
            }

            _held.Clear();
        }
    }

    public void Dispose() => Release();

    private static void Send(IWebSocketRoute route, IWebSocketFrame frame)
    {
        if (frame.Binary is { } binary)
        {
            route.Send(binary);
        }
        else if (frame.Text is { } text)
        {
            route.Send(text);
        }
    }
}
