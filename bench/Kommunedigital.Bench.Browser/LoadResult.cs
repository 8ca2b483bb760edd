namespace Kommunedigital.Bench.Browser;

/// <summary>One wrk run.</summary>
public sealed record LoadResult(
    string Name, string Url, int Seconds, int Connections, double RequestsPerSecond, double P50Ms, double P99Ms,
    long Requests, long Errors, string Status);
