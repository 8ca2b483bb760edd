using System.Text.Json;

namespace Kommunedigital.Bench.Browser;

/// <summary>
/// What bench/Kommunedigital.Benchmarks wrote (server.json): BenchmarkDotNet medians per benchmark and
/// the sizes of the files the exports produced.
/// </summary>
public sealed class ServerResults
{
    public bool Smoke { get; init; }

    public List<ServerBenchmark> Benchmarks { get; init; } = [];

    public Dictionary<string, long> Sizes { get; init; } = [];

    public ServerBenchmark? Find(string id) => Benchmarks.FirstOrDefault(b => b.Id == id);

    public static ServerResults? Read(string path) =>
        File.Exists(path)
            ? JsonSerializer.Deserialize<ServerResults>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web))
            : null;
}
