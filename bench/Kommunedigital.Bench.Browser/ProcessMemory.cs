using System.Globalization;

namespace Kommunedigital.Bench.Browser;

/// <summary>
/// The server process's memory as the OS sees it (/proc/PID/status). VmRSS is RssAnon + RssFile + RssShmem: the
/// split tells what a growth is made of (anonymous: GC heap and native allocations; file-backed and shared: code
/// pages of the assemblies and the JIT's double-mapped code), and the thread count whether the pool grew.
/// </summary>
/// <param name="ResidentBytes">VmRSS.</param>
/// <param name="AnonymousBytes">RssAnon.</param>
/// <param name="FileBytes">RssFile.</param>
/// <param name="SharedBytes">RssShmem.</param>
/// <param name="Threads">Threads.</param>
public sealed record ProcessMemory(long ResidentBytes, long AnonymousBytes, long FileBytes, long SharedBytes, int Threads)
{
    /// <summary>Reads /proc/PID/status once.</summary>
    public static ProcessMemory Read(int processId)
    {
        var fields = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines($"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/status"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon] is "VmRSS" or "RssAnon" or "RssFile" or "RssShmem" or "Threads")
            {
                fields[line[..colon]] = long.Parse(line[(colon + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            }
        }

        long Kilobytes(string name) => fields.TryGetValue(name, out var value)
            ? value * 1024
            : throw new InvalidOperationException($"{name} not found in /proc status.");
        return new ProcessMemory(Kilobytes("VmRSS"), Kilobytes("RssAnon"), Kilobytes("RssFile"), Kilobytes("RssShmem"),
            (int)(fields.TryGetValue("Threads", out var threads) ? threads : 0));
    }
}
