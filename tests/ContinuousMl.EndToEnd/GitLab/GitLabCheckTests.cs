using ContinuousMl.EndToEnd.Checks;

namespace ContinuousMl.EndToEnd.GitLab;

// `cml check create` on GitLab (CML throws "Gitlab does not support check!"): a commit status.
public class GitLabCheckTests
{
    [Fact]
    public async Task Creates_a_commit_status_named_by_the_title_with_the_first_line_and_the_job()
    {
        await using var job = await GitLabCiJob.StartAsync();

        var result = await job.RunAsync("check", "create", "report.md");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(string.Empty, result.Stdout);
        var status = Assert.Single(job.State.CommitStatuses(job.ProjectPath));
        Assert.Equal(job.HeadSha, status.Sha);
        Assert.Equal("CML Report", status.Name);
        Assert.Equal("success", status.State);
        Assert.Equal("Results", status.Description);
        Assert.Equal($"{job.ProjectUrl}/-/jobs/2002", status.TargetUrl);
        Assert.Equal(GitLabCiJob.BotUser, status.AuthorUsername);
        // A status shows one line: the plot is not uploaded for it.
        Assert.Equal(0, job.Requests("POST", "/uploads"));
    }

    [Theory]
    [InlineData("failure", "failed")]
    [InlineData("timed_out", "failed")]
    [InlineData("cancelled", "canceled")]
    [InlineData("neutral", "success")]
    [InlineData("skipped", "success")]
    public async Task Conclusions_map_to_GitLab_states(string conclusion, string state)
    {
        await using var job = await GitLabCiJob.StartAsync();

        var result = await job.RunAsync("check", "create", "report.md", "--conclusion", conclusion);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(state, Assert.Single(job.State.CommitStatuses(job.ProjectPath)).State);
    }

    [Fact]
    public async Task A_running_status_moves_to_its_conclusion_and_repeating_a_state_is_not_an_error()
    {
        await using var job = await GitLabCiJob.StartAsync();

        var running = await job.RunAsync("check", "create", "report.md", "--title", "train", "--status", "in_progress");
        var again = await job.RunAsync("check", "create", "report.md", "--title", "train", "--status", "in_progress");
        var done = await job.RunAsync("check", "create", "report.md", "--title", "train", "--conclusion", "failure");

        Assert.True(running.ExitCode == 0, running.ToString());
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("already shows", again.Stderr);
        Assert.True(done.ExitCode == 0, done.ToString());
        var status = Assert.Single(job.State.CommitStatuses(job.ProjectPath));
        Assert.Equal("failed", status.State);
    }

    [Fact]
    public async Task Queued_is_pending()
    {
        await using var job = await GitLabCiJob.StartAsync();

        var result = await job.RunAsync("check", "create", "report.md", "--status", "queued");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("pending", Assert.Single(job.State.CommitStatuses(job.ProjectPath)).State);
    }

    [Fact]
    public async Task A_long_first_line_is_cut_to_GitLabs_255_characters()
    {
        await using var job = await GitLabCiJob.StartAsync();
        job.Workspace.Write("long.md", "\n\n## " + new string('a', 400) + "\n\nmore\n");

        var result = await job.RunAsync("check", "create", "long.md");

        Assert.True(result.ExitCode == 0, result.ToString());
        var description = Assert.Single(job.State.CommitStatuses(job.ProjectPath)).Description!;
        Assert.Equal(255, description.Length);
        Assert.Equal(new string('a', 254) + "…", description);
    }

    [Fact]
    public async Task An_unknown_commit_fails_on_one_line()
    {
        await using var job = await GitLabCiJob.StartAsync();

        var result = await job.RunAsync("check", "create", "report.md", "--commit-sha", "0123456789abcdef0123456789abcdef01234567");

        Assert.Equal(1, result.ExitCode);
        var error = CheckCreateTests.LastLine(result.Stderr);
        Assert.StartsWith("cml: GitLab answered 404 Commit Not Found while trying to set the \"CML Report\" status of commit 0123456789abcdef0123456789abcdef01234567", error);
        Assert.Empty(job.State.CommitStatuses(job.ProjectPath));
    }

    [Fact]
    public async Task A_read_only_token_is_refused_with_advice()
    {
        await using var job = await GitLabCiJob.StartAsync();
        job.State.AddToken("glpat-readonly", "reader", readApiOnly: true);
        job.Environment["REPO_TOKEN"] = "glpat-readonly";

        var result = await job.RunAsync("check", "create", "report.md");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("lacks the api scope", CheckCreateTests.LastLine(result.Stderr));
    }
}
