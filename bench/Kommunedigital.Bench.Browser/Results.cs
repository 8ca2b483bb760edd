namespace Kommunedigital.Bench.Browser;

/// <summary>One first view of a page in a fresh browser context (empty cache).</summary>
/// <param name="ReadyMs">Navigation start to the readiness attribute, page clock.</param>
/// <param name="DrawnMs">Navigation start to the end of the first frame after readiness: the map is on screen.</param>
/// <param name="HttpBytes">Encoded bytes of every HTTP response until the network went quiet.</param>
/// <param name="WebSocketBytes">WebSocket payload bytes both ways in the same window (Blazor's circuit).</param>
/// <param name="Requests">HTTP requests plus WebSockets opened.</param>
/// <param name="HeapBytes">JS heap in use after drawing, after a forced garbage collection.</param>
/// <param name="Shapes">Shapes found on the page (one per municipality).</param>
public sealed record FirstView(
    double ReadyMs, double DrawnMs, long HttpBytes, long WebSocketBytes, int Requests, long HeapBytes, int Shapes)
{
    public long TotalBytes => HttpBytes + WebSocketBytes;
}

/// <summary>One recolour: the control's change event to the end of the frame after the last shape changed.</summary>
/// <param name="Change">"indicator", "year" or "county".</param>
/// <param name="From">Option value before.</param>
/// <param name="To">Option value chosen.</param>
/// <param name="Ms">Latency on the page clock.</param>
/// <param name="ShapesChanged">Shape fills (or classes) that changed, plus shapes added.</param>
public sealed record Recolour(string Change, string From, string To, double Ms, int ShapesChanged);

/// <summary>One wrk run.</summary>
public sealed record LoadResult(
    string Name, string Url, int Seconds, int Connections, double RequestsPerSecond, double P50Ms, double P99Ms,
    long Requests, long Errors, string Status);

/// <summary>Server memory with many map circuits open at once.</summary>
/// <param name="Pages">Map pages opened (one browser context each) that drew completely.</param>
/// <param name="WebSockets">WebSockets the pages opened (one per Blazor circuit).</param>
/// <param name="RssBeforeBytes">Server VmRSS with the app warm and no page open.</param>
/// <param name="RssAfterBytes">Server VmRSS with every page open and drawn.</param>
public sealed record CircuitMemory(int Pages, int WebSockets, long RssBeforeBytes, long RssAfterBytes)
{
    public double BytesPerCircuit => Pages == 0 ? 0 : (double)(RssAfterBytes - RssBeforeBytes) / Pages;
}

/// <summary>Everything the browser benchmark measured in one run.</summary>
public sealed class BrowserResults
{
    public bool Smoke { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public string Chromium { get; set; } = "";

    public List<double> ColdStartMs { get; } = [];

    public Dictionary<string, List<FirstView>> FirstViews { get; } = [];

    public Dictionary<string, List<FirstView>> Throttled { get; } = [];

    public List<Recolour> Recolours { get; } = [];

    public List<LoadResult> Load { get; } = [];

    public CircuitMemory? Circuits { get; set; }

    public List<string> Notes { get; } = [];
}
