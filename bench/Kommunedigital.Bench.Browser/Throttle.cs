namespace Kommunedigital.Bench.Browser;

/// <summary>Network and CPU throttling applied through DevTools before navigation.</summary>
/// <param name="DownloadBitsPerSecond">Download throughput.</param>
/// <param name="UploadBitsPerSecond">Upload throughput.</param>
/// <param name="LatencyMs">Added round-trip latency.</param>
/// <param name="CpuSlowdown">CPU slowdown factor (4 = a mid-range phone against this machine).</param>
public sealed record Throttle(double DownloadBitsPerSecond, double UploadBitsPerSecond, double LatencyMs, double CpuSlowdown)
{
    /// <summary>"Fast 3G" as issue 14 words it: 1.6 Mbit/s down, 750 kbit/s up, 150 ms RTT, 4× CPU.</summary>
    public static Throttle Fast3G { get; } = new(1_600_000, 750_000, 150, 4);
}
