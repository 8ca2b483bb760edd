using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace Kommunedigital.Benchmarks;

/// <summary>
/// Runs every benchmark class with a job sized for a 2-core machine and a 10-minute total budget, and writes
/// server.json. In-process (no per-benchmark build): the whole suite is one process, which is what keeps it
/// within budget; the README names the caveat.
/// </summary>
public static class BenchmarkSuite
{
    /// <summary>Benchmark classes; "heavy" ones (seconds per operation) get fewer, single-operation iterations.</summary>
    private static readonly (Type Type, bool Heavy)[] Classes =
    [
        (typeof(ImportBenchmarks), false),
        (typeof(LargeFileCheckBenchmarks), false),
        (typeof(BoundaryBenchmarks), true),
        (typeof(GeometryBenchmarks), true),
        (typeof(ViewBenchmarks), false),
        (typeof(ExportBenchmarks), false),
        (typeof(DatasetBenchmarks), false),
        (typeof(CorrespondenceBenchmarks), false),
        (typeof(ReleaseBenchmarks), false),
    ];

    public static int Run(string[] args)
    {
        var smoke = args.Contains("--smoke");
        var resultsFolder = Path.GetFullPath(Value(args, "--results") ?? Path.Combine("bench", "results"));
        Directory.CreateDirectory(resultsFolder);

        // --filter NAME runs only the classes whose name contains NAME ('*' ignored), for measuring one class.
        var only = Value(args, "--filter")?.Trim('*');
        var summaries = new List<Summary>();
        foreach (var (type, heavy) in Classes.Where(c => only is null || c.Type.Name.Contains(only, StringComparison.OrdinalIgnoreCase)))
        {
            summaries.Add(BenchmarkRunner.Run(type, Config(smoke, heavy, resultsFolder)));
        }

        var results = new List<ServerBenchmark>();
        var failures = new List<string>();
        foreach (var summary in summaries)
        {
            if (summary.HasCriticalValidationErrors)
            {
                failures.AddRange(summary.ValidationErrors.Select(e => e.Message));
            }

            foreach (var report in summary.Reports)
            {
                var method = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
                if (!report.Success || report.ResultStatistics is null)
                {
                    failures.Add($"{method} did not run successfully.");
                    continue;
                }

                results.Add(new ServerBenchmark(
                    method,
                    report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\''),
                    report.ResultStatistics.Median,
                    report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase),
                    report.ResultStatistics.N));
            }
        }

        var sizes = ExportSizes.Measure();
        var output = new ServerResultsFile(smoke, results, sizes);
        var path = Path.Combine(resultsFolder, "server.json");
        File.WriteAllText(path, JsonSerializer.Serialize(output, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));

        Console.WriteLine();
        Console.WriteLine(smoke ? "Server benchmarks (smoke: one iteration each, not a measurement)" : "Server benchmarks (medians)");
        foreach (var result in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {result.Title,-60} {result.MedianNs / 1e6,10:0.000} ms  {(result.AllocatedBytes ?? 0) / 1e6,9:0.0} MB allocated  (n={result.Iterations})"));
        }

        foreach (var (name, bytes) in sizes)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name + " size",-60} {bytes / 1000.0,10:0.0} kB"));
        }

        Console.WriteLine($"Wrote {path}");
        foreach (var failure in failures)
        {
            Console.Error.WriteLine("FAILED: " + failure);
        }

        return failures.Count == 0 ? 0 : 1;
    }

    private static ManualConfig Config(bool smoke, bool heavy, string resultsFolder)
    {
        var job = smoke
            ? Job.Dry
            : heavy
                ? Job.Default.WithStrategy(RunStrategy.Monitoring).WithWarmupCount(1).WithIterationCount(5)
                : Job.Default.WithWarmupCount(3).WithIterationCount(12).WithIterationTime(TimeInterval.FromMilliseconds(250))
                    // Operations take milliseconds: the nanoseconds of call overhead are not worth their own stage.
                    .WithEvaluateOverhead(false);
        return ManualConfig.CreateEmpty()
            .AddJob(job.WithToolchain(InProcessEmitToolchain.Instance).WithId(smoke ? "smoke" : heavy ? "heavy" : "standard"))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddColumn(StatisticColumn.Median)
            .AddLogger(ConsoleLogger.Default)
            .AddExporter(MarkdownExporter.GitHub)
            .WithArtifactsPath(Path.Combine(resultsFolder, "benchmarkdotnet"))
            .WithOptions(ConfigOptions.DisableLogFile);
    }

    private static string? Value(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
