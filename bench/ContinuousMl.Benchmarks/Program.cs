using BenchmarkDotNet.Running;
using ContinuousMl.Benchmarks;

// dotnet run -c Release --project bench/ContinuousMl.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromTypes([typeof(PlotBenchmarks), typeof(MetricsDiffBenchmarks)]).Run(args);
