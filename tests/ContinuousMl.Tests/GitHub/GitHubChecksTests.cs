using System.Text.Json.Nodes;
using ContinuousMl.Forges;
using ContinuousMl.GitHub;
using Microsoft.Extensions.Logging.Abstractions;

namespace ContinuousMl.Tests.GitHub;

public class GitHubChecksTests
{
    private const string ActionsToken = "ghs_checksTests";

    [Theory]
    [InlineData(CheckConclusion.Success, "success")]
    [InlineData(CheckConclusion.Failure, "failure")]
    [InlineData(CheckConclusion.Neutral, "neutral")]
    [InlineData(CheckConclusion.Cancelled, "cancelled")]
    [InlineData(CheckConclusion.Skipped, "skipped")]
    [InlineData(CheckConclusion.TimedOut, "timed_out")]
    public async Task A_completed_check_sends_its_conclusion_and_completion_time(CheckConclusion conclusion, string name)
    {
        await using var fixture = await StartAsync();

        await Checks(fixture).CreateAsync(Request(CheckStatus.Completed, conclusion), CancellationToken.None);

        var body = LastCheckRunBody(fixture);
        Assert.Equal("completed", body["status"]!.GetValue<string>());
        Assert.Equal(name, body["conclusion"]!.GetValue<string>());
        Assert.NotNull(body["completed_at"]);
        Assert.Equal(name, Assert.Single(fixture.State.CheckRuns(GitHubFixture.Owner, GitHubFixture.Name)).Conclusion);
    }

    [Theory]
    [InlineData(CheckStatus.Queued, "queued")]
    [InlineData(CheckStatus.InProgress, "in_progress")]
    public async Task An_unfinished_check_sends_no_conclusion_so_GitHub_does_not_complete_it(CheckStatus status, string name)
    {
        await using var fixture = await StartAsync();

        await Checks(fixture).CreateAsync(Request(status, CheckConclusion.Failure), CancellationToken.None);

        var body = LastCheckRunBody(fixture);
        Assert.Equal(name, body["status"]!.GetValue<string>());
        Assert.Null(body["conclusion"]);
        Assert.Null(body["completed_at"]);
        Assert.Equal(name, Assert.Single(fixture.State.CheckRuns(GitHubFixture.Owner, GitHubFixture.Name)).Status);
    }

    [Fact]
    public async Task The_report_is_the_summary_and_the_title_names_the_run_and_its_output()
    {
        await using var fixture = await StartAsync();

        var created = await Checks(fixture).CreateAsync(Request(CheckStatus.Completed, CheckConclusion.Success), CancellationToken.None);

        var run = Assert.Single(fixture.State.CheckRuns(GitHubFixture.Owner, GitHubFixture.Name));
        Assert.Equal(("gate", "gate", "# Report", "https://ci.example/run/1"), (run.Name, run.OutputTitle, run.OutputSummary, run.DetailsUrl));
        Assert.Equal(run.HtmlUrl, created.Url);
        Assert.Equal(run.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), created.Id);
    }

    private static async Task<GitHubFixture> StartAsync()
    {
        var fixture = await GitHubFixture.StartAsync();
        fixture.State.AddToken(ActionsToken, "github-actions[bot]", isInstallationToken: true);
        fixture.State.AddCommit(GitHubFixture.Owner, GitHubFixture.Name, Sha);
        return fixture;
    }

    private const string Sha = "0123456789abcdef0123456789abcdef01234567";

    private static GitHubChecks Checks(GitHubFixture fixture)
    {
        var client = GitHubClientFactory.Create(fixture.Fake.BaseUrl, ActionsToken, "0.0.0-test", new ContinuousMl.Http.HttpPipelineOptions(), NullLogger.Instance);
        return new GitHubChecks(client, fixture.Repository, NullLogger.Instance);
    }

    private static CheckRunRequest Request(CheckStatus status, CheckConclusion conclusion) =>
        new(Sha, "gate", status, conclusion, "# Report", "https://ci.example/run/1");

    private static JsonObject LastCheckRunBody(GitHubFixture fixture) =>
        JsonNode.Parse(fixture.State.Requests.Last(r => r.Method == "POST" && r.Path.EndsWith("/check-runs", StringComparison.Ordinal)).Body)!.AsObject();
}
