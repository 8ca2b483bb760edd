namespace Kommunedigital.Bench.Browser;

/// <summary>One first view of a page in a fresh browser context (empty cache).</summary>
/// <param name="ReadyMs">Navigation start to the readiness attribute, page clock.</param>
/// <param name="DrawnMs">Navigation start to the end of the first frame after readiness: the map is on screen.</param>
/// <param name="HttpBytes">Encoded bytes of every HTTP response until the network went quiet.</param>
/// <param name="WebSocketBytes">WebSocket payload bytes both ways in the same window (Blazor's circuit).</param>
/// <param name="Requests">HTTP requests plus WebSockets opened.</param>
/// <param name="HeapBytes">JS heap in use after drawing, after a forced garbage collection.</param>
/// <param name="Shapes">Shapes found on the page (one per municipality).</param>
/// <param name="HtmlMs">Navigation start to the end of the HTML response.</param>
/// <param name="DomContentLoadedMs">Navigation start to the end of DOMContentLoaded.</param>
/// <param name="LastResourceMs">Navigation start to the end of the last response that arrived before readiness.</param>
public sealed record FirstView(
    double ReadyMs, double DrawnMs, long HttpBytes, long WebSocketBytes, int Requests, long HeapBytes, int Shapes,
    double HtmlMs, double DomContentLoadedMs, double LastResourceMs)
{
    public long TotalBytes => HttpBytes + WebSocketBytes;
}
