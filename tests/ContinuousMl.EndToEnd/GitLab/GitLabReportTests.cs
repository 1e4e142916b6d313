using System.Text.RegularExpressions;
using ContinuousMl.EndToEnd.Reports;

namespace ContinuousMl.EndToEnd.GitLab;

/// <summary><c>cml report</c> in a GitLab merge-request pipeline against FakeGitLab.</summary>
public sealed class GitLabReportTests
{
    [Fact]
    public async Task The_report_is_a_note_with_Mermaid_charts()
    {
        await using var job = await GitLabCiJob.StartAsync();
        ExampleProject.CopyInto(job.Workspace.Root);

        var result = await job.RunAsync("report", "--base", "./baseline");

        Assert.True(result.ExitCode == 0, result.ToString());
        var note = Assert.Single(job.Notes());
        Assert.StartsWith("## Model report\n\n", note.Body, StringComparison.Ordinal);
        Assert.Contains("```mermaid", note.Body, StringComparison.Ordinal);
        Assert.EndsWith(job.Watermark, note.Body, StringComparison.Ordinal);
        Assert.Empty(job.State.Uploads);
    }

    [Fact]
    public async Task An_over_budget_report_is_folded_and_cut_to_fit_a_GitLab_note()
    {
        await using var job = await GitLabCiJob.StartAsync();
        ExampleProject.CopyInto(job.Workspace.Root);
        ExampleProject.WriteManyMetrics(job.Workspace.Root, 24_000);

        var result = await job.RunAsync("report", "--base", "./baseline");

        Assert.True(result.ExitCode == 0, result.ToString());
        var body = Assert.Single(job.Notes()).Body;
        Assert.True(body.Length <= 1_000_000, $"{body.Length} characters");
        Assert.True(body.Length > 900_000, $"only {body.Length} characters were kept");
        Assert.Contains("### Metrics\n\n<details><summary>Show section</summary>", body, StringComparison.Ordinal);
        Assert.Matches(@"\*\*Note:\*\* this table was shortened to fit the comment size limit \([0-9,]+ characters\): [0-9,]+ of its 24,000 rows were cut\. The full report is in `\.cml/report/report\.md` of the job's workspace \(http://[^)]+/acme/model/-/jobs/2002\)\.", body);
        Assert.Equal(Regex.Count(body, "<details>"), Regex.Count(body, "</details>"));
        Assert.Contains("```mermaid", body, StringComparison.Ordinal);
        Assert.EndsWith(job.Watermark, body, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(job.Workspace.Root, ".cml", "report", "report.md")));
    }
}
