using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Kommunedigital.Bench.Browser;

/// <summary>
/// Runs wrk (Debian's package) against a loopback URL for a bounded time and parses its --latency
/// report. Every request carries <c>Accept-Encoding: br, gzip</c>, as a browser's does.
/// </summary>
public static partial class LoadRunner
{
    public const int Threads = 2;

    public const int Connections = 64;

    /// <summary>
    /// One request with the same headers first: when its status is not <paramref name="expectedStatus"/> the
    /// scenario is broken (a missing route, a wrong ETag) and is reported as a failure, not as a measurement.
    /// Then wrk.
    /// </summary>
    public static async Task<LoadResult> RunAsync(
        string name, Uri url, int seconds, IReadOnlyDictionary<string, string> headers, int expectedStatus)
    {
        var (code, status) = await ProbeAsync(url, headers);
        if (code != expectedStatus)
        {
            throw new InvalidOperationException($"{name}: {url} answered {status}, expected {expectedStatus}.");
        }

        var start = new ProcessStartInfo("wrk")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "-t", Threads.ToString(CultureInfo.InvariantCulture),
            "-c", Connections.ToString(CultureInfo.InvariantCulture),
            "-d", seconds.ToString(CultureInfo.InvariantCulture) + "s",
            "--timeout", "5s",
            "--latency",
            "-H", "Accept-Encoding: br, gzip",
        })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (header, value) in headers)
        {
            start.ArgumentList.Add("-H");
            start.ArgumentList.Add($"{header}: {value}");
        }

        start.ArgumentList.Add(url.ToString());
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start wrk.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var text = await output;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"wrk exited with {process.ExitCode}: {await error}{text}");
        }

        return Parse(name, url, seconds, status, text);
    }

    /// <summary>Parses wrk's report (with --latency).</summary>
    public static LoadResult Parse(string name, Uri url, int seconds, string status, string report)
    {
        var rate = double.Parse(RequestsPerSecond().Match(report).Groups[1].Value, CultureInfo.InvariantCulture);
        var requests = long.Parse(RequestCount().Match(report).Groups[1].Value, CultureInfo.InvariantCulture);
        long errors = 0;
        var socket = SocketErrors().Match(report);
        if (socket.Success)
        {
            for (var i = 1; i <= 4; i++)
            {
                errors += long.Parse(socket.Groups[i].Value, CultureInfo.InvariantCulture);
            }
        }

        var bad = BadResponses().Match(report);
        if (bad.Success)
        {
            errors += long.Parse(bad.Groups[1].Value, CultureInfo.InvariantCulture);
        }

        return new LoadResult(name, url.ToString(), seconds, Connections, rate,
            Percentile(report, "50"), Percentile(report, "99"), requests, errors, status);
    }

    private static double Percentile(string report, string percent)
    {
        var match = Regex.Match(report, $@"^\s+{percent}(?:\.\d+)?%\s+([\d.]+)(us|ms|s|m)\s*$", RegexOptions.Multiline);
        if (!match.Success)
        {
            throw new FormatException($"wrk report has no {percent}% latency line:\n{report}");
        }

        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "us" => value / 1000,
            "ms" => value,
            "s" => value * 1000,
            _ => value * 60_000,
        };
    }

    private static async Task<(int Code, string Text)> ProbeAsync(Uri url, IReadOnlyDictionary<string, string> headers)
    {
        using var http = new HttpClient(new HttpClientHandler { AutomaticDecompression = System.Net.DecompressionMethods.None });
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");
        foreach (var (header, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(header, value);
        }

        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        var encoding = string.Join(",", response.Content.Headers.ContentEncoding);
        var code = (int)response.StatusCode;
        return (code, $"{code.ToString(CultureInfo.InvariantCulture)}{(encoding.Length > 0 ? " " + encoding : "")}, {body.Length.ToString(CultureInfo.InvariantCulture)} B");
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex RequestCount();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex BadResponses();
}
