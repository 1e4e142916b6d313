using ContinuousMl.EndToEnd.Infrastructure;
using FakeForge;

namespace ContinuousMl.EndToEnd.PullRequests;

// `cml pr create` when something fails: the forge, the push, the remote. Each ends on one line, never with the token,
// and a rerun finishes what the failed run started.
public class PullRequestErrorTests
{
    private const string Owner = GitHubActionsJob.Owner;
    private const string Name = GitHubActionsJob.Name;

    [Fact]
    public async Task A_lost_answer_to_the_create_finds_the_pull_request_instead_of_opening_a_second()
    {
        await using var job = await GitHubActionsJob.StartAsync(eventName: "push");
        using var remote = BareRemote.For(job.Workspace, "main");
        job.Workspace.Write("metrics.json", "{}");
        job.State.AddFault(new Fault("POST", $"^/repos/{Owner}/{Name}/pulls$", 502, AfterHandling: true));

        var result = await job.RunAsync("pr", "create", "metrics.json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal($"{job.Server}/{Owner}/{Name}/pull/1", result.Stdout.Trim());
        Assert.Single(job.State.OpenedPullRequests(Owner, Name));
    }

    [Fact]
    public async Task A_refused_create_fails_and_the_rerun_opens_the_pull_request_from_the_pushed_branch()
    {
        await using var job = await GitHubActionsJob.StartAsync(eventName: "push");
        using var remote = BareRemote.For(job.Workspace, "main");
        var sha = job.HeadSha;
        job.Workspace.Write("metrics.json", "{}");
        job.State.AddFault(new Fault("POST", $"^/repos/{Owner}/{Name}/pulls$", 503));

        var failed = await job.RunAsync("pr", "create", "metrics.json");

        Assert.Equal(1, failed.ExitCode);
        Assert.StartsWith("cml: GitHub failed to open a pull request", failed.Stderr.Trim().Split('\n')[^1]);
        Assert.Empty(job.State.OpenedPullRequests(Owner, Name));
        Assert.Contains($"main-cml-pr-{sha[..8]}", remote.Branches());

        job.Workspace.Git("checkout", "-q", "--detach", sha);
        job.Workspace.Write("metrics.json", "{}");
        var rerun = await job.RunAsync("pr", "create", "metrics.json");

        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.Equal($"{job.Server}/{Owner}/{Name}/pull/1", rerun.Stdout.Trim());
        Assert.Single(job.State.OpenedPullRequests(Owner, Name));
    }

    [Fact]
    public async Task A_rejected_push_is_gits_own_words_on_one_line()
    {
        await using var job = await GitHubActionsJob.StartAsync(eventName: "push");
        using var remote = BareRemote.For(job.Workspace, "main");
        var hook = Path.Combine(remote.Path, "hooks", "pre-receive");
        File.WriteAllText(hook, "#!/bin/sh\necho 'protected: no new branches' >&2\nexit 1\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(hook, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        job.Workspace.Write("metrics.json", "{}");

        var result = await job.RunAsync("pr", "create", "metrics.json");

        Assert.Equal(1, result.ExitCode);
        var line = result.Stderr.Trim().Split('\n')[^1];
        Assert.StartsWith("cml: git push --set-upstream origin refs/heads/main-cml-pr-", line);
        Assert.Contains("protected: no new branches", line);
        Assert.Empty(job.State.OpenedPullRequests(Owner, Name));
        Assert.DoesNotContain(GitHubActionsJob.Token, result.Stderr);
    }

    [Fact]
    public async Task A_remote_that_does_not_exist_is_named()
    {
        await using var job = await GitHubActionsJob.StartAsync(eventName: "push");
        job.Workspace.Write("metrics.json", "{}");

        var result = await job.RunAsync("pr", "create", "metrics.json", "--remote", "upstream");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("cml: --remote upstream: this checkout has no such git remote", result.Stderr.Trim().Split('\n')[^1]);
    }

    [Fact]
    public async Task Without_a_token_nothing_is_committed()
    {
        await using var job = await GitHubActionsJob.StartAsync(eventName: "push");
        using var remote = BareRemote.For(job.Workspace, "main");
        job.Environment.Remove("REPO_TOKEN");
        job.Workspace.Write("metrics.json", "{}");

        var result = await job.RunAsync("pr", "create", "metrics.json");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("cml: token not found", result.Stderr.Trim().Split('\n')[^1]);
        Assert.Equal(["main"], remote.Branches());
        Assert.Equal("?? metrics.json", job.Workspace.Git("status", "--porcelain").Trim());
    }
}
