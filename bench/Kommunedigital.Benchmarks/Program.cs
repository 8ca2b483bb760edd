using Kommunedigital.Benchmarks;

// Server-side benchmarks. bench/run passes --results <folder> and, for CI, --smoke (one iteration each).
// Writes <folder>/server.json (medians, allocations, output sizes) for the results table, and prints medians.
return BenchmarkSuite.Run(args);
