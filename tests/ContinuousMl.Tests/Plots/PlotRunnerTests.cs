using ContinuousMl.Errors;
using ContinuousMl.Git;
using ContinuousMl.Plots;
using ContinuousMl.Tests.Git;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContinuousMl.Tests.Plots;

public sealed class PlotRunnerTests : IDisposable
{
    private readonly TempGitRepository repository = TempGitRepository.Empty();
    private readonly RecordingChartRenderer renderer = new();

    public void Dispose() => repository.Dispose();

    private void Write(string path, string text)
    {
        var full = Path.Combine(repository.Path, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private void CommitAll(string message)
    {
        repository.Git("add", "-A");
        repository.Git("-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false", "commit", "-q", "-m", message);
    }

    private Task<IReadOnlyList<RenderedChart>> Run(PlotRequest request) =>
        new PlotRunner(repository.Path, new GitCli(repository.Path), () => renderer, NullLogger.Instance).RunAsync(request, CancellationToken.None);

    [Fact]
    public async Task Draws_one_chart_per_file_of_a_folder_named_after_its_path()
    {
        Write("dvclive/plots/metrics/train/loss.tsv", PlotFiles.DvcLiveTsv("loss", 1, 0.5));
        Write("dvclive/plots/metrics/eval/loss.tsv", PlotFiles.DvcLiveTsv("loss", 1.2, 0.7));
        Write("dvclive/plots/metrics/notes.txt.bak", "ignored");

        var charts = await Run(new PlotRequest { Kind = PlotKind.Line, Inputs = ["dvclive/plots/metrics/"], Output = "plots" });

        Assert.Equal(["![eval/loss](plots/eval-loss.png)", "![train/loss](plots/train-loss.png)"], charts.Select(c => c.Markdown));
        Assert.True(File.Exists(Path.Combine(repository.Path, "plots", "train-loss.png")));
        var train = Assert.IsType<XyChartSpec>(renderer.Rendered[1].Chart);
        Assert.Equal("step", train.XLabel);
        Assert.Equal(new DataPoint(1, 0.5), Assert.Single(train.Series).Summary.Last);
        Assert.Equal(new ImageOptions(PlotFormat.Png, 800, 450, 96), renderer.Rendered[0].Options);
    }

    [Fact]
    public async Task Overlays_every_file_on_one_chart()
    {
        Write("m/train/loss.tsv", PlotFiles.DvcLiveTsv("loss", 1, 0.5));
        Write("m/eval/loss.tsv", PlotFiles.DvcLiveTsv("loss", 1.2, 0.7));

        var charts = await Run(new PlotRequest { Kind = PlotKind.Line, Inputs = ["m"], Overlay = true, Format = PlotFormat.Svg });

        Assert.Equal("![m](m.svg)", Assert.Single(charts).Markdown);
        var chart = Assert.IsType<XyChartSpec>(Assert.Single(renderer.Rendered).Chart);
        Assert.Equal(["eval/loss", "train/loss"], chart.Series.Select(s => s.Label));
    }

    [Fact]
    public async Task Reads_the_base_series_from_git_at_the_base_revision()
    {
        Write("dvclive/plots/metrics/loss.tsv", PlotFiles.DvcLiveTsv("loss", 0.9, 0.6, 0.4));
        CommitAll("main's run");
        repository.Git("checkout", "-q", "-b", "feature");
        Write("dvclive/plots/metrics/loss.tsv", PlotFiles.DvcLiveTsv("loss", 0.8, 0.5, 0.3, 0.2));

        var charts = await Run(new PlotRequest
        {
            Kind = PlotKind.Line,
            Inputs = ["dvclive/plots/metrics/loss.tsv"],
            BaseRevision = "main",
            Format = PlotFormat.Mermaid,
        });

        var markdown = Assert.Single(charts).Markdown;
        Assert.Contains("    line [0.8, 0.5, 0.3, 0.2]", markdown);
        Assert.Contains("    line [0.9, 0.6, 0.4, 0.4]", markdown);
        Assert.Contains("- 🟦 loss (workspace): 0.2 at step 3", markdown);
        Assert.Contains("- 🟧 loss (main): 0.4 at step 2", markdown);
        Assert.Empty(renderer.Rendered);
    }

    [Fact]
    public async Task A_file_that_only_the_base_has_is_still_drawn()
    {
        Write("m/old.csv", "step,acc\n0,0.5\n1,0.6\n");
        CommitAll("main");
        repository.Git("checkout", "-q", "-b", "feature");
        repository.Git("rm", "-q", "m/old.csv");
        Write("m/new.csv", "step,acc\n0,0.7\n");

        var charts = await Run(new PlotRequest { Kind = PlotKind.Line, Inputs = ["m"], BaseRevision = "main" });

        Assert.Equal(2, charts.Count);
        var old = Assert.IsType<XyChartSpec>(renderer.Rendered.Single(r => r.Chart.Title == "old").Chart);
        Assert.Equal(SeriesRole.Base, Assert.Single(old.Series).Role);
        Assert.Equal("acc (main)", old.Series[0].Label);
    }

    [Fact]
    public async Task Writes_mermaid_to_the_output_file_too()
    {
        Write("loss.csv", "step,loss\n0,1\n1,0.5\n");

        var charts = await Run(new PlotRequest { Kind = PlotKind.Line, Inputs = ["loss.csv"], Output = "out/loss.md" });

        var written = await File.ReadAllTextAsync(Path.Combine(repository.Path, "out", "loss.md"));
        Assert.Equal(Assert.Single(charts).Markdown, written);
        Assert.StartsWith("```mermaid", written);
    }

    [Fact]
    public async Task Draws_a_confusion_matrix_for_each_side()
    {
        Write("predictions.csv", "actual,predicted\na,a\na,b\n");
        CommitAll("main");
        Write("predictions.csv", "actual,predicted\na,a\na,a\n");

        var charts = await Run(new PlotRequest { Kind = PlotKind.Confusion, Inputs = ["predictions.csv"], BaseRevision = "main" });

        Assert.Equal(["![predictions (workspace)](predictions.png)", "![predictions (main)](predictions-main.png)"], charts.Select(c => c.Markdown));
        var head = Assert.IsType<ConfusionMatrixSpec>(renderer.Rendered[0].Chart);
        var baseMatrix = Assert.IsType<ConfusionMatrixSpec>(renderer.Rendered[1].Chart);
        Assert.Equal(2, head.Cells[0, 0]);
        Assert.Equal(1, baseMatrix.Cells[0, 1]);
    }

    [Fact]
    public async Task A_missing_input_is_an_error_naming_it()
    {
        var error = await Assert.ThrowsAsync<CmlException>(() => Run(new PlotRequest { Kind = PlotKind.Line, Inputs = ["nope.tsv"] }));

        Assert.Equal("nope.tsv: no such file or folder", error.Message);
    }

    [Fact]
    public async Task A_folder_without_plot_files_is_an_error_naming_it()
    {
        Write("logs/readme.txt.bak", "nothing to plot");

        var error = await Assert.ThrowsAsync<CmlException>(() => Run(new PlotRequest { Kind = PlotKind.Line, Inputs = ["logs/"] }));

        Assert.Equal("logs: no .csv, .tsv, .json files in this folder", error.Message);
    }

    [Fact]
    public async Task An_unknown_base_revision_is_an_error_naming_it()
    {
        Write("loss.csv", "step,loss\n0,1\n");
        CommitAll("main");

        var error = await Assert.ThrowsAsync<CmlException>(() => Run(new PlotRequest { Kind = PlotKind.Line, Inputs = ["loss.csv"], BaseRevision = "no-such-branch" }));

        Assert.StartsWith("--base no-such-branch: no such branch, tag or commit", error.Message);
    }

    [Fact]
    public async Task One_output_file_for_several_charts_is_a_usage_error()
    {
        Write("m/a.csv", "step,x\n0,1\n");
        Write("m/b.csv", "step,x\n0,1\n");

        var error = await Assert.ThrowsAsync<CmlException>(() => Run(new PlotRequest { Kind = PlotKind.Line, Inputs = ["m"], Output = "chart.png" }));

        Assert.Equal(ExitCodes.Usage, error.ExitCode);
        Assert.Contains("there are 2 charts", error.Message);
    }

    [Theory]
    [InlineData(PlotKind.Line, "x.png", PlotFormat.Svg, 150, 0, "does not match --format svg")]
    [InlineData(PlotKind.Line, null, null, 3, 0, "--max-points 3 is out of range")]
    [InlineData(PlotKind.Bar, null, null, 150, 5, "--smooth applies to line charts only")]
    [InlineData(PlotKind.Confusion, null, PlotFormat.Mermaid, 150, 0, "Mermaid cannot draw a confusion matrix")]
    [InlineData(PlotKind.Scatter, "s.md", null, 150, 0, "Mermaid has no scatter chart")]
    public void Impossible_requests_are_usage_errors(PlotKind kind, string? output, PlotFormat? format, int maxPoints, int smooth, string message)
    {
        var request = new PlotRequest { Kind = kind, Inputs = ["f.csv"], Output = output, Format = format, MaxPoints = maxPoints, Smooth = smooth };

        var error = Assert.Throws<CmlException>(() => PlotRunner.Validate(request));

        Assert.Equal(ExitCodes.Usage, error.ExitCode);
        Assert.Contains(message, error.Message);
    }
}
