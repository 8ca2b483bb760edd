using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Kommunedigital.Bench.Browser;

/// <summary>
/// The server's live managed heap, read with dotnet-gcdump (which walks the heap after a full collection). VmRSS
/// also counts what the server GC has reserved but not yet collected, so it overstates what a circuit holds; the
/// heap after a collection is what the circuits keep alive. bench/run installs the tool into bench/.artifacts/tools
/// from NuGet; without it the heap rows say "not measured".
/// </summary>
public sealed partial class LiveHeapProbe(string? toolPath)
{
    public bool Available => toolPath is not null && File.Exists(toolPath);

    /// <summary>Bytes of live objects in the process's GC heap, or null when the tool is missing or failed.</summary>
    public async Task<long?> LiveBytesAsync(int processId)
    {
        if (!Available)
        {
            return null;
        }

        var dump = Path.Combine(Path.GetTempPath(), $"kommunedigital-{processId}-{Guid.NewGuid():N}.gcdump");
        try
        {
            if (await RunAsync("collect", "-p", processId.ToString(CultureInfo.InvariantCulture), "-o", dump) is null || !File.Exists(dump))
            {
                return null;
            }

            // The report's first line: "     45,433,978  GC Heap bytes".
            var report = await RunAsync("report", dump);
            var match = report is null ? null : HeapBytes().Match(report);
            return match is { Success: true } ? long.Parse(match.Groups[1].Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture) : null;
        }
        finally
        {
            File.Delete(dump);
        }
    }

    private async Task<string?> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(toolPath!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode == 0 ? await output : null;
    }

    [GeneratedRegex(@"^\s*([\d,]+)\s+GC Heap bytes", RegexOptions.Multiline)]
    private static partial Regex HeapBytes();
}
