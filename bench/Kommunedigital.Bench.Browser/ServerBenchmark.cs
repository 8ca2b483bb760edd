namespace Kommunedigital.Bench.Browser;

/// <summary>One benchmark: median and allocation per operation.</summary>
public sealed record ServerBenchmark(string Id, string Title, double MedianNs, double? AllocatedBytes, int Iterations);
