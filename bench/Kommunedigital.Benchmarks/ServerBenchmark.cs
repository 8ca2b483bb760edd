namespace Kommunedigital.Benchmarks;

/// <summary>One benchmark in server.json: median and allocation per operation (bench/Kommunedigital.Bench.Browser reads it).</summary>
public sealed record ServerBenchmark(string Id, string Title, double MedianNs, long? AllocatedBytes, int Iterations);
