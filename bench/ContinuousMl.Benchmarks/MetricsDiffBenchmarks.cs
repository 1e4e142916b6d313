using System.Diagnostics;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using ContinuousMl.Ci;
using ContinuousMl.Cli.Commands;
using ContinuousMl.Metrics;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContinuousMl.Benchmarks;

/// <summary>
/// `cml metrics diff --md` in process on 100 JSON files of 1,000 metrics each, half of them changed since the
/// base commit: git reads, parsing, diffing and rendering, without the process start-up (bench/metrics-diff.sh
/// times the whole process).
/// </summary>
[MemoryDiagnoser]
public class MetricsDiffBenchmarks
{
    private string repository = string.Empty;
    private MetricsDiffSettings settings = null!;

    [GlobalSetup]
    public void Setup()
    {
        repository = Path.Combine(Path.GetTempPath(), "cml-metrics-benchmarks-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        var metrics = Path.Combine(repository, "metrics");
        Directory.CreateDirectory(metrics);
        for (var file = 0; file < 100; file++)
        {
            File.WriteAllText(Path.Combine(metrics, $"run{file:000}.json"), Json(file, factor: 1.0));
        }

        Git("init", "-q", "-b", "main");
        Git("add", "-A");
        Git("-c", "user.name=bench", "-c", "user.email=bench@localhost", "commit", "-qm", "base");
        for (var file = 0; file < 50; file++)
        {
            File.WriteAllText(Path.Combine(metrics, $"run{file:000}.json"), Json(file, factor: 1.01));
        }

        Directory.SetCurrentDirectory(repository);
        settings = new MetricsDiffSettings
        {
            Kind = MetricsKind.Metrics,
            Targets = Enumerable.Range(0, 100).Select(file => $"metrics/run{file:000}.json").ToArray(),
            Base = "main",
            Format = DiffOutputFormat.Markdown,
        };
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(repository, recursive: true);

    [Benchmark]
    public Task<int> DiffHundredFilesOfThousandMetrics() =>
        new MetricsDiffHandler(new DictionaryEnvironment(), NullLoggerFactory.Instance, TextWriter.Null).RunAsync(settings, CancellationToken.None);

    private static string Json(int file, double factor)
    {
        var json = new StringBuilder("{");
        for (var group = 0; group < 10; group++)
        {
            json.Append(CultureInfo.InvariantCulture, $"{(group == 0 ? string.Empty : ",")}\"group{group}\":{{");
            for (var metric = 0; metric < 100; metric++)
            {
                var value = (0.5 + (file * 0.001) + (group * 0.01) + (metric * 0.0001)) * factor;
                json.Append(CultureInfo.InvariantCulture, $"{(metric == 0 ? string.Empty : ",")}\"m{metric}\":{value:0.######}");
            }

            json.Append('}');
        }

        return json.Append('}').ToString();
    }

    private void Git(params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = repository, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
    }
}
