using ContinuousMl.Bitbucket;
using ContinuousMl.Forges;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContinuousMl.Tests.Bitbucket;

public class BitbucketChecksTests
{
    [Theory]
    [InlineData(CheckStatus.Queued, CheckConclusion.Success, "PENDING")]
    [InlineData(CheckStatus.InProgress, CheckConclusion.Failure, "PENDING")]
    [InlineData(CheckStatus.Completed, CheckConclusion.Success, "PASSED")]
    [InlineData(CheckStatus.Completed, CheckConclusion.Neutral, "PASSED")]
    [InlineData(CheckStatus.Completed, CheckConclusion.Skipped, "PASSED")]
    [InlineData(CheckStatus.Completed, CheckConclusion.Failure, "FAILED")]
    [InlineData(CheckStatus.Completed, CheckConclusion.TimedOut, "FAILED")]
    [InlineData(CheckStatus.Completed, CheckConclusion.Cancelled, "FAILED")]
    public void Status_and_conclusion_map_to_a_report_result(CheckStatus status, CheckConclusion conclusion, string result)
    {
        Assert.Equal(result, BitbucketReportResult.From(status, conclusion));
    }

    [Theory]
    [InlineData("CML Report", "cml-report")]
    [InlineData("  Loss: gate!  ", "loss-gate")]
    [InlineData("Ünïcode — title 2", "n-code-title-2")]
    [InlineData("!!!", "cml-report")]
    [InlineData("", "cml-report")]
    public void Report_ids_are_slugs_of_the_title(string title, string id)
    {
        Assert.Equal(id, BitbucketReportId.FromTitle(title));
    }

    [Fact]
    public void A_long_title_makes_an_id_of_at_most_100_characters()
    {
        var id = BitbucketReportId.FromTitle(string.Concat(Enumerable.Repeat("word ", 60)));

        // Cut between words: 20 of them and their dashes fit, a 21st would not.
        Assert.Equal(string.Join('-', Enumerable.Repeat("word", 20)), id);
        Assert.InRange(id.Length, 1, 100);
    }

    [Fact]
    public async Task Puts_the_report_under_the_title_slug_with_an_empty_report_leaving_details_out()
    {
        await using var fixture = await BitbucketFixture.StartAsync();
        const string sha = "0123456789abcdef0123456789abcdef01234567";
        fixture.State.AddCommit(BitbucketFixture.Workspace, BitbucketFixture.Slug, sha);
        var checks = new BitbucketChecks(fixture.Client(), fixture.Repository, NullLogger.Instance);

        var created = await checks.CreateAsync(new CheckRunRequest(sha, "Model gate", CheckStatus.Completed, CheckConclusion.Success, "", null), CancellationToken.None);

        var report = Assert.Single(fixture.State.Reports(BitbucketFixture.Workspace, BitbucketFixture.Slug));
        Assert.Equal(("model-gate", "PASSED", null, null), (report.ReportId, report.Result, report.Details, report.Link));
        Assert.Equal(report.Uuid, created.Id);
        Assert.Equal($"{fixture.Repository.WebUrl}/commits/{sha}", created.Url);
    }
}
