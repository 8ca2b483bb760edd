namespace Kommunedigital.Web.Load;

/// <summary>How the map page's circuit WebSocket is accepted.</summary>
public static class CircuitWebSockets
{
    /// <summary>
    /// Compressed (permessage-deflate, as Blazor's default), but without server context takeover: the server's
    /// deflate state (zlib's window, hash chains and pending buffer, about 256 kB of native memory) is released after
    /// each message instead of being kept for the lifetime of the circuit. A live map page is mostly idle between
    /// a reader's changes, and each change's render batch compresses well on its own, so keeping that state costs
    /// every open page a quarter of a megabyte for little gain in bytes.
    /// </summary>
    public static Task Configure(HttpContext context, WebSocketAcceptContext acceptContext)
    {
        acceptContext.DangerousEnableCompression = true;
        acceptContext.DisableServerContextTakeover = true;
        return Task.CompletedTask;
    }
}
