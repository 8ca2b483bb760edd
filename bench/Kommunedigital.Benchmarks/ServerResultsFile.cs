namespace Kommunedigital.Benchmarks;

/// <summary>The server.json file.</summary>
public sealed record ServerResultsFile(bool Smoke, IReadOnlyList<ServerBenchmark> Benchmarks, IReadOnlyDictionary<string, long> Sizes);
