namespace Kommunedigital.Bench.Browser;

/// <summary>Server memory with many map circuits open at once.</summary>
/// <param name="Pages">Map pages opened (one browser context each) that drew completely.</param>
/// <param name="WebSockets">WebSockets the pages opened (one per Blazor circuit).</param>
/// <param name="RssBeforeBytes">Server VmRSS with the app warm and no page open.</param>
/// <param name="RssAfterBytes">Server VmRSS with every page open and drawn.</param>
public sealed record CircuitMemory(int Pages, int WebSockets, long RssBeforeBytes, long RssAfterBytes)
{
    public double BytesPerCircuit => Pages == 0 ? 0 : (double)(RssAfterBytes - RssBeforeBytes) / Pages;
}
