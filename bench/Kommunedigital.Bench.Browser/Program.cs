using System.Globalization;
using Kommunedigital.Bench.Browser;

// Browser, load and memory benchmark, then the results table (with the server benchmarks' server.json).
// bench/run passes: --app <published Kommunedigital.Web.dll> --repo <root> --mirror <boundaries> [--smoke].
var options = BenchOptions.Parse(args);
var benchmark = new BrowserBenchmark(options);
await benchmark.RunAsync();

var server = ServerResults.Read(Path.Combine(options.ResultsFolder, "server.json"));
var machine = string.Create(CultureInfo.InvariantCulture,
    $"{Environment.ProcessorCount} cores ({CpuModel()}), .NET {Environment.Version}");
var report = benchmark.Report(server, machine);
// A partial run (--baseline-only, --only PART) is for investigating: it never replaces the table of a full run.
var output = Path.Combine(options.ResultsFolder,
    options.BaselineOnly ? "baseline.md" : options.Only is { } only ? $"only-{only}.md" : "latest.md");
File.WriteAllText(output, report);
Console.WriteLine(report);
Console.Error.WriteLine($"Wrote {output}");
foreach (var failure in benchmark.Failures)
{
    Console.Error.WriteLine("FAILED: " + failure);
}

return benchmark.Failures.Count == 0 ? 0 : 1;

static string CpuModel() =>
    File.Exists("/proc/cpuinfo")
        ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU"
        : "unknown CPU";
