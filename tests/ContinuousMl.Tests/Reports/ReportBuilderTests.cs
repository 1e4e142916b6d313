using ContinuousMl.Git;
using ContinuousMl.Metrics;
using ContinuousMl.Reports;
using ContinuousMl.Tests.Git;
using ContinuousMl.Tests.Plots;

namespace ContinuousMl.Tests.Reports;

/// <summary>The bundled example (examples/basic) rendered whole, against its baseline folder and against a git revision.</summary>
public sealed class ReportBuilderTests : IDisposable
{
    private readonly TempGitRepository directory = TempGitRepository.Folder();
    private readonly RecordingLogger logger = new();
    private readonly RecordingChartRenderer renderer = new();

    public ReportBuilderTests()
    {
        CopyDirectory(ExampleDirectory(), directory.Path);
    }

    public void Dispose() => directory.Dispose();

    [Fact]
    public async Task The_example_against_its_baseline_folder_has_every_part()
    {
        var built = await BuildAsync(ChartForm.Mermaid, GateRuleParser.Parse("accuracy<-0.01"));

        var markdown = await File.ReadAllTextAsync(Path.Combine(directory.Path, "out", "report.md"));
        Assert.Equal(built.Markdown, markdown);
        Assert.StartsWith("## Model report\n\n✅ **Quality gates passed**: `accuracy<-0.01` (compared with the folder `baseline`).", markdown, StringComparison.Ordinal);
        Assert.Contains("| Metric                  | baseline   | workspace   | Change       |", markdown, StringComparison.Ordinal);
        Assert.Contains("| per_class.cat.recall    | 0.9102     | 0.8807      | -0.0295 ▼ ❌ |", markdown, StringComparison.Ordinal);
        Assert.Contains("| train.lr      | 0.001      | 0.0005      |", markdown, StringComparison.Ordinal);
        Assert.Contains("```mermaid\n", markdown, StringComparison.Ordinal);
        Assert.Contains("- 🟧 loss (baseline): 0.3112 at step 10", markdown, StringComparison.Ordinal);
        Assert.Contains("| **cat** | **96** | 13 |", markdown, StringComparison.Ordinal);
        Assert.Empty(renderer.Rendered);
        Assert.Equal(["report.md"], Directory.GetFiles(Path.Combine(directory.Path, "out")).Select(Path.GetFileName));
        Assert.True(built.Gates.Passed);
        MarkdownStructure.AssertFencesClosed(markdown);
    }

    [Fact]
    public async Task Images_are_written_next_to_the_report_and_linked_by_name()
    {
        var built = await BuildAsync(ChartForm.Images, []);

        // The baseline folder has no predictions.csv: its confusion matrix is drawn for the workspace alone.
        Assert.Equal(["confusion matrix (workspace)", "loss"], renderer.Rendered.Select(r => r.Chart.Title).Order());
        Assert.DoesNotContain("```mermaid", built.Markdown, StringComparison.Ordinal);
        foreach (var chart in built.Charts)
        {
            Assert.NotNull(chart.File);
            Assert.True(File.Exists(chart.File));
            Assert.Equal(Path.Combine(directory.Path, "out"), Path.GetDirectoryName(chart.File));
            Assert.Contains($"]({Path.GetFileName(chart.File)})", built.Markdown, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_failed_gate_heads_the_report_and_marks_the_row()
    {
        var built = await BuildAsync(ChartForm.Mermaid, GateRuleParser.Parse("recall<-0.02"));

        Assert.False(built.Gates.Passed);
        Assert.StartsWith("## Model report\n\n⛔ **Quality gate failed**", built.Markdown, StringComparison.Ordinal);
        Assert.Contains("-0.0295 ▼ ❌ ⛔ recall<-0.02", built.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plot_that_cannot_be_drawn_is_a_warning_line_not_a_failure()
    {
        await File.WriteAllTextAsync(Path.Combine(directory.Path, "dvc.yaml"), "plots:\n  - predictions.csv:\n      y: no_such_column\n  - dvclive/plots/metrics\n");

        var built = await BuildAsync(ChartForm.Mermaid, []);

        Assert.Contains("> ⚠️ `predictions.csv` could not be drawn:", built.Markdown, StringComparison.Ordinal);
        Assert.Contains("```mermaid", built.Markdown, StringComparison.Ordinal);
        Assert.Contains(logger.Entries, e => e.Message.Contains("cannot draw predictions.csv", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Against_a_git_revision_the_base_is_read_from_history()
    {
        using var repository = TempGitRepository.Empty();
        CopyDirectory(Path.Combine(ExampleDirectory(), "baseline"), repository.Path);
        File.Copy(Path.Combine(ExampleDirectory(), "dvc.yaml"), Path.Combine(repository.Path, "dvc.yaml"));
        repository.Git("add", "-A");
        repository.Git("-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false", "commit", "-q", "-m", "baseline");
        var commit = repository.Git("rev-parse", "HEAD");
        CopyDirectory(ExampleDirectory(), repository.Path);

        var built = await new ReportBuilder(new GitCli(repository.Path, trustRepository: true), () => renderer, logger).BuildAsync(
            new ReportRequest
            {
                WorkingDirectory = repository.Path,
                OutputDirectory = Path.Combine(repository.Path, ".cml", "report"),
                Base = ReportBase.Revision("main", commit),
                Template = ReportTemplate.Default(),
                Notes = "### Notes\n\nTrained on the example data.\n",
                Commit = commit,
            },
            CancellationToken.None);

        Assert.Matches(@"\n\| Metric +\| main +\| workspace +\| Change +\|\n", built.Markdown);
        Assert.Matches(@"\n\| accuracy +\| 0\.9121 +\| 0\.9240 +\| 0\.0119 ▲ ✅ +\|\n", built.Markdown);
        Assert.Contains("- 🟧 loss (main): 0.3112 at step 10", built.Markdown, StringComparison.Ordinal);
        Assert.EndsWith("### Notes\n\nTrained on the example data.\n", built.Markdown, StringComparison.Ordinal);
    }

    private Task<BuiltReport> BuildAsync(ChartForm form, IReadOnlyList<GateRule> rules) =>
        new ReportBuilder(null, () => renderer, logger).BuildAsync(
            new ReportRequest
            {
                WorkingDirectory = directory.Path,
                OutputDirectory = Path.Combine(directory.Path, "out"),
                Base = ReportBase.FromFolder("baseline", Path.Combine(directory.Path, "baseline")),
                Template = ReportTemplate.Default(),
                Charts = form,
                FailOn = rules,
            },
            CancellationToken.None);

    private static string ExampleDirectory()
    {
        for (var current = new DirectoryInfo(AppContext.BaseDirectory); current is not null; current = current.Parent)
        {
            var example = Path.Combine(current.FullName, "examples", "basic");
            if (Directory.Exists(example))
            {
                return example;
            }
        }

        throw new InvalidOperationException("examples/basic not found above " + AppContext.BaseDirectory);
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
