using System.Text.RegularExpressions;
using ContinuousMl.EndToEnd.Reports;
using static ContinuousMl.EndToEnd.Bitbucket.BitbucketPipelinesJob;

namespace ContinuousMl.EndToEnd.Bitbucket;

/// <summary><c>cml report</c> in a Bitbucket pull-request pipeline against FakeBitbucket: no Mermaid, no HTML.</summary>
public sealed class BitbucketReportTests
{
    [Fact]
    public async Task Charts_are_published_images_since_Bitbucket_draws_no_Mermaid()
    {
        await using var job = await StartAsync();
        ExampleProject.CopyInto(job.Checkout.Root);

        var result = await job.RunAsync("report", "--base", "./baseline");

        Assert.True(result.ExitCode == 0, result.ToString());
        var body = Assert.Single(job.State.PullRequestComments(Workspace, Slug, PullRequest)).Body;
        Assert.DoesNotContain("```mermaid", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<", body.Replace("<-", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        var downloads = job.State.Downloads(Workspace, Slug);
        Assert.Equal(2, downloads.Count);
        Assert.All(downloads, download => Assert.Equal("image/png", download.ContentType));
        Assert.All(downloads, download => Assert.Contains($"({job.Web}/{Workspace}/{Slug}/downloads/{download.Name})", body, StringComparison.Ordinal));
        Assert.EndsWith(job.Watermark(), body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_over_budget_report_loses_table_rows_but_is_never_folded()
    {
        await using var job = await StartAsync();
        ExampleProject.CopyInto(job.Checkout.Root);
        ExampleProject.WriteManyMetrics(job.Checkout.Root, 1_500);

        var result = await job.RunAsync("report", "--base", "./baseline");

        Assert.True(result.ExitCode == 0, result.ToString());
        var body = Assert.Single(job.State.PullRequestComments(Workspace, Slug, PullRequest)).Body;
        Assert.True(body.Length <= 32_767, $"{body.Length} characters");
        Assert.True(body.Length > 30_000, $"only {body.Length} characters were kept");
        Assert.DoesNotContain("<details", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<summary", body, StringComparison.Ordinal);
        var cut = Regex.Match(body, @"\*\*Note:\*\* this table was shortened to fit the comment size limit \([0-9,]+ characters\): (?<cut>[0-9,]+) of its 1,500 rows were cut\.");
        Assert.True(cut.Success, body[^2_000..]);
        var rows = Regex.Matches(body, @"^\| accuracy_\d{6} ", RegexOptions.Multiline).Count;
        Assert.Equal(1_500, rows + int.Parse(cut.Groups["cut"].Value.Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains($"]({job.Web}/{Workspace}/{Slug}/downloads/", body, StringComparison.Ordinal);
        Assert.EndsWith(job.Watermark(), body, StringComparison.Ordinal);
    }
}
