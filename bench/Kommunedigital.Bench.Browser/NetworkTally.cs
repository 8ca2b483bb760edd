using System.Text.Json;
using Microsoft.Playwright;

namespace Kommunedigital.Bench.Browser;

/// <summary>
/// Counts what a page moves over the network, from Chrome DevTools Protocol events: HTTP requests and
/// their encoded (compressed, on-the-wire) sizes, and WebSocket frames (Blazor's circuit).
/// </summary>
public sealed class NetworkTally
{
    private readonly Lock _lock = new();
    private readonly HashSet<string> _requests = [];
    private readonly List<string> _urls = [];
    private long _httpBytes;
    private long _webSocketBytes;
    private int _webSockets;
    private int _failed;
    private DateTime _lastActivity = DateTime.UtcNow;

    private NetworkTally()
    {
    }

    /// <summary>Subscribes to the session's Network domain and enables it.</summary>
    public static async Task<NetworkTally> AttachAsync(ICDPSession session)
    {
        var tally = new NetworkTally();
        session.Event("Network.requestWillBeSent").OnEvent += (_, e) => tally.OnRequest(e);
        session.Event("Network.loadingFinished").OnEvent += (_, e) => tally.OnFinished(e);
        session.Event("Network.loadingFailed").OnEvent += (_, _) => tally.Touch(() => tally._failed++);
        session.Event("Network.webSocketCreated").OnEvent += (_, e) => tally.OnWebSocket(e);
        session.Event("Network.webSocketFrameReceived").OnEvent += (_, e) => tally.OnFrame(e);
        session.Event("Network.webSocketFrameSent").OnEvent += (_, e) => tally.OnFrame(e);
        await session.SendAsync("Network.enable");
        return tally;
    }

    /// <summary>HTTP requests started (data: URLs excluded; a redirect chain counts once).</summary>
    public int Requests
    {
        get { lock (_lock) { return _requests.Count; } }
    }

    /// <summary>Sum of encodedDataLength over finished HTTP requests: headers and (compressed) bodies as received.</summary>
    public long HttpBytes
    {
        get { lock (_lock) { return _httpBytes; } }
    }

    /// <summary>Payload bytes of WebSocket frames both ways (as DevTools reports them, before per-message compression).</summary>
    public long WebSocketBytes
    {
        get { lock (_lock) { return _webSocketBytes; } }
    }

    public int WebSockets
    {
        get { lock (_lock) { return _webSockets; } }
    }

    public int Failed
    {
        get { lock (_lock) { return _failed; } }
    }

    /// <summary>URLs requested, in order (for the report's notes and to find the geometry URL).</summary>
    public IReadOnlyList<string> Urls
    {
        get { lock (_lock) { return _urls.ToArray(); } }
    }

    /// <summary>Waits until no request started or finished for <paramref name="quiet"/>, or <paramref name="limit"/> passed.</summary>
    public async Task WaitQuietAsync(TimeSpan quiet, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            DateTime last;
            lock (_lock)
            {
                last = _lastActivity;
            }

            if (DateTime.UtcNow - last >= quiet)
            {
                return;
            }

            await Task.Delay(50);
        }
    }

    private void Touch(Action update)
    {
        lock (_lock)
        {
            update();
            _lastActivity = DateTime.UtcNow;
        }
    }

    private void OnRequest(JsonElement? e)
    {
        if (e is not { } json)
        {
            return;
        }

        var id = json.GetProperty("requestId").GetString() ?? "";
        var url = json.GetProperty("request").GetProperty("url").GetString() ?? "";
        if (url.StartsWith("data:", StringComparison.Ordinal))
        {
            return;
        }

        Touch(() =>
        {
            if (_requests.Add(id))
            {
                _urls.Add(url);
            }
        });
    }

    private void OnFinished(JsonElement? e)
    {
        if (e is { } json && json.TryGetProperty("encodedDataLength", out var length))
        {
            Touch(() => _httpBytes += (long)length.GetDouble());
        }
    }

    private void OnWebSocket(JsonElement? e)
    {
        if (e is { } json)
        {
            var url = json.GetProperty("url").GetString() ?? "";
            Touch(() =>
            {
                _webSockets++;
                _urls.Add(url);
            });
        }
    }

    private void OnFrame(JsonElement? e)
    {
        if (e is not { } json)
        {
            return;
        }

        var response = json.GetProperty("response");
        var payload = response.GetProperty("payloadData").GetString() ?? "";
        // Opcode 1 is text (payload as is); 2 is binary, which DevTools reports base64-encoded.
        var bytes = response.GetProperty("opcode").GetDouble() == 2
            ? payload.Length / 4 * 3 - payload.Count(c => c == '=')
            : System.Text.Encoding.UTF8.GetByteCount(payload);
        lock (_lock)
        {
            _webSocketBytes += bytes;
        }
    }
}
