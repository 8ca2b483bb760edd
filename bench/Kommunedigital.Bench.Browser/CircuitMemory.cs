namespace Kommunedigital.Bench.Browser;

/// <summary>Server memory with many map circuits open at once.</summary>
/// <param name="Pages">Map pages opened (one browser context each) that drew completely.</param>
/// <param name="WebSockets">WebSockets the pages opened (one per Blazor circuit).</param>
/// <param name="RssBeforeBytes">Server VmRSS with the app warm and no page open.</param>
/// <param name="RssAfterBytes">Server VmRSS with every page open and drawn.</param>
/// <param name="RssAfterBatches">Server VmRSS after each batch of pages: (pages open, bytes).</param>
/// <param name="HeapBeforeBytes">Live managed heap (dotnet-gcdump) with no page open; null when not measured.</param>
/// <param name="HeapAfterBytes">Live managed heap with every page open; null when not measured.</param>
/// <param name="Before">The server's memory split and threads with no page open (read with RssBeforeBytes); null in older results.</param>
/// <param name="After">The same with every page open (read with RssAfterBytes).</param>
public sealed record CircuitMemory(
    int Pages,
    int WebSockets,
    long RssBeforeBytes,
    long RssAfterBytes,
    IReadOnlyList<RssSample> RssAfterBatches,
    long? HeapBeforeBytes = null,
    long? HeapAfterBytes = null,
    ProcessMemory? Before = null,
    ProcessMemory? After = null)
{
    /// <summary>Live managed heap per open page: what the circuits keep alive after a full collection.</summary>
    public double? HeapBytesPerCircuit =>
        Pages > 0 && HeapBeforeBytes is { } before && HeapAfterBytes is { } after ? (double)(after - before) / Pages : null;

    /// <summary>
    /// Growth per page between the middle and the last batch: leaves out what the first pages cost once
    /// (JIT, pools), so it is the marginal cost of one more circuit. Null with fewer than two batches.
    /// </summary>
    public double? MarginalBytesPerCircuit
    {
        get
        {
            if (RssAfterBatches.Count < 2)
            {
                return null;
            }

            var middle = RssAfterBatches[RssAfterBatches.Count / 2 - (RssAfterBatches.Count % 2 == 0 ? 1 : 0)];
            var last = RssAfterBatches[^1];
            return last.Pages == middle.Pages ? null : (double)(last.Bytes - middle.Bytes) / (last.Pages - middle.Pages);
        }
    }

    public double BytesPerCircuit => Pages == 0 ? 0 : (double)(RssAfterBytes - RssBeforeBytes) / Pages;
}
