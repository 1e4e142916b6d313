using System.Globalization;
using BenchmarkDotNet.Attributes;
using ContinuousMl.Charts;
using ContinuousMl.Git;
using ContinuousMl.Plots;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContinuousMl.Benchmarks;

/// <summary>A DVCLive-style training log of a million steps, drawn as PNG and as Mermaid, and read alone.</summary>
[MemoryDiagnoser]
public class PlotBenchmarks
{
    private string folder = string.Empty;

    [Params(1_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        folder = Path.Combine(Path.GetTempPath(), "cml-plot-benchmarks");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"loss-{Rows}.tsv");
        if (File.Exists(path))
        {
            return;
        }

        var random = new Random(1);
        using var writer = new StreamWriter(path);
        writer.Write("timestamp\tstep\tloss\n");
        for (var i = 0; i < Rows; i++)
        {
            var loss = Math.Exp(-i / (Rows / 5.0)) + (random.NextDouble() * 0.05);
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{1_700_000_000_000L + i}\t{i}\t{loss:0.######}\n"));
        }
    }

    [Benchmark]
    public Task<IReadOnlyList<RenderedChart>> TsvToPng() => Run(PlotFormat.Png, "out.png");

    [Benchmark]
    public Task<IReadOnlyList<RenderedChart>> TsvToMermaid() => Run(PlotFormat.Mermaid, "out.md");

    [Benchmark]
    public long ReadOnly()
    {
        var table = XyTableLoader.Load(TableSource.FromFile(Path.Combine(folder, $"loss-{Rows}.tsv"), "loss.tsv"), null, [], null, 3200, 1);
        return table.Series[0].Count;
    }

    private Task<IReadOnlyList<RenderedChart>> Run(PlotFormat format, string output) =>
        new PlotRunner(folder, new GitCli(folder), () => new ScottPlotChartRenderer(), NullLogger.Instance)
            .RunAsync(new PlotRequest { Kind = PlotKind.Line, Inputs = [$"loss-{Rows}.tsv"], Format = format, Output = output }, CancellationToken.None);
}
