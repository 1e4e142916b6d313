using System.Text;
using ContinuousMl.Reports;
using ContinuousMl.Tests.Assets;

namespace ContinuousMl.Tests.Reports;

public sealed class JobSummaryWriterTests : IDisposable
{
    private readonly TempWorkspace workspace = new();

    public void Dispose() => workspace.Dispose();

    [Fact]
    public async Task Creates_the_file_with_the_report()
    {
        var file = Path.Combine(workspace.Root, "summary", "step_summary");

        var fitted = await JobSummaryWriter.AppendAsync(file, "# Report\n\nbody\n", "in `x`", CancellationToken.None);

        Assert.NotNull(fitted);
        Assert.Equal("# Report\n\nbody\n", await File.ReadAllTextAsync(file));
    }

    [Fact]
    public async Task Appends_after_what_the_step_wrote_before()
    {
        var file = workspace.WriteFile("step_summary", "### Tests\n\n42 passed\n");

        await JobSummaryWriter.AppendAsync(file, "# Report\n", "in `x`", CancellationToken.None);

        Assert.Equal("### Tests\n\n42 passed\n\n\n# Report\n", await File.ReadAllTextAsync(file));
    }

    [Fact]
    public async Task A_report_over_1_MiB_is_fitted_into_what_the_file_has_left()
    {
        var file = workspace.WriteFile("step_summary", new string('x', 100_000) + "\n");
        var report = new StringBuilder("# Report\n\n| step | loss 📉 |\n|---|---|\n");
        for (var i = 0; report.Length < 1_500_000; i++)
        {
            report.Append("| ").Append(i).Append(" | 0.").Append(i % 1000).Append(" 📉 |\n");
        }

        var fitted = await JobSummaryWriter.AppendAsync(file, report.ToString(), "in `.cml/report/report.md`", CancellationToken.None);

        Assert.NotNull(fitted);
        Assert.True(fitted.Changed);
        var written = await File.ReadAllBytesAsync(file);
        Assert.True(written.Length <= 1_048_576, $"{written.Length} bytes");
        Assert.True(written.Length > 1_000_000, "the room left is used");
        var text = Encoding.UTF8.GetString(written);
        Assert.StartsWith(new string('x', 100_000) + "\n\n\n# Report", text, StringComparison.Ordinal);
        Assert.Contains("rows were cut. The full report is in `.cml/report/report.md`.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_full_file_is_left_alone()
    {
        var full = new string('x', ReportLimit.JobSummary.MaxSize - 100);
        var file = workspace.WriteFile("step_summary", full);

        var fitted = await JobSummaryWriter.AppendAsync(file, "# Report\n", "in `x`", CancellationToken.None);

        Assert.Null(fitted);
        Assert.Equal(full, await File.ReadAllTextAsync(file));
    }
}
