using ContinuousMl.EndToEnd.Bitbucket;
using ContinuousMl.EndToEnd.GitLab;
using ContinuousMl.EndToEnd.Infrastructure;

namespace ContinuousMl.EndToEnd.PullRequests;

// `cml repo prepare` / `cml ci` end to end: the committer, the remote rewritten to carry the token (what the command
// is for), the checkout's header and Bitbucket's proxy gone, and the fetch that unshallows a CI clone.
public class RepoPrepareTests
{
    [Fact]
    public async Task Ci_on_GitHub_sets_the_committer_and_an_authenticated_remote_without_printing_the_token()
    {
        await using var job = await GitHubActionsJob.StartAsync(eventName: "push");
        var header = $"http.{job.Server}/.extraheader";
        job.Workspace.Git("config", header, "AUTHORIZATION: basic Y2hlY2tvdXQ=");

        var result = await job.RunAsync("ci", "--log", "debug");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal("Olivaw[bot]", Config(job.Workspace, "user.name"));
        Assert.Equal("olivaw@iterative.ai", Config(job.Workspace, "user.email"));
        var authority = new Uri(job.Server).Authority;
        Assert.Equal($"http://token:{GitHubActionsJob.Token}@{authority}/acme/model.git", Config(job.Workspace, "remote.origin.url"));
        Assert.Throws<InvalidOperationException>(() => Config(job.Workspace, header));
        Assert.DoesNotContain(GitHubActionsJob.Token, result.Stderr);
        Assert.Contains("token:***@", result.Stderr);
    }

    [Fact]
    public async Task Repo_prepare_reads_CML_REPO_as_the_repository_and_CML_REPO_options_as_its_own()
    {
        await using var job = await GitHubActionsJob.StartAsync(eventName: "push");
        job.Environment["CML_REPO"] = $"{job.Server}/acme/mirror";
        job.Environment["CML_REPO_USER_NAME"] = "Model Bot";
        job.Environment["CML_CI_USER_EMAIL"] = "bot@example.com";

        var result = await job.RunAsync("repo", "prepare");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("Model Bot", Config(job.Workspace, "user.name"));
        Assert.Equal("bot@example.com", Config(job.Workspace, "user.email"));
        Assert.EndsWith("/acme/mirror.git", Config(job.Workspace, "remote.origin.url"));
        Assert.DoesNotContain("not an option", result.Stderr);
    }

    [Fact]
    public async Task Repo_prepare_on_GitLab_follows_CMLs_vector()
    {
        await using var job = await GitLabCiJob.StartAsync();

        var result = await job.RunAsync("repo", "prepare", "--user-name", "john", "--user-email", "john@test.com");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(("john", "john@test.com"), (Config(job.Workspace, "user.name"), Config(job.Workspace, "user.email")));
        Assert.Equal($"http://token:{GitLabCiJob.Token}@{new Uri(job.ProjectUrl).Authority}/{job.ProjectPath}.git", Config(job.Workspace, "remote.origin.url"));
        Assert.DoesNotContain(GitLabCiJob.Token, result.Stdout + result.Stderr);
    }

    [Fact]
    public async Task Ci_on_Bitbucket_drops_the_pipeline_proxy_and_pushes_with_the_access_token()
    {
        await using var job = await BitbucketPipelinesJob.StartAsync();
        job.Checkout.Git("config", "http.http://bitbucket.org/acme/model.proxy", "http://localhost:29418/");
        job.Checkout.Git("config", "push.default", "current");

        var result = await job.RunAsync("ci");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal($"https://x-token-auth:{BitbucketPipelinesJob.Token}@bitbucket.org/acme/model", Config(job.Checkout, "remote.origin.url"));
        Assert.Throws<InvalidOperationException>(() => Config(job.Checkout, "http.http://bitbucket.org/acme/model.proxy"));
        Assert.Throws<InvalidOperationException>(() => Config(job.Checkout, "push.default"));
        Assert.Equal("Olivaw[bot]", Config(job.Checkout, "user.name"));
        Assert.DoesNotContain(BitbucketPipelinesJob.Token, result.Stdout + result.Stderr);
    }

    [Fact]
    public async Task Unshallow_fetches_every_branch_and_tag_of_a_shallow_single_branch_clone()
    {
        await using var job = await GitHubActionsJob.StartAsync(eventName: "push");
        using var remote = BareRemote.For(job.Workspace, "main");
        job.Workspace.Git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "--allow-empty", "-m", "second");
        job.Workspace.Git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "--allow-empty", "-m", "third");
        job.Workspace.Git("push", "-q", "origin", "HEAD:refs/heads/main", "HEAD~2:refs/heads/other");
        job.Workspace.Git("tag", "v1", "HEAD~1");
        job.Workspace.Git("push", "-q", "origin", "v1");
        var clone = Path.Combine(Path.GetTempPath(), "cml-e2e-shallow-" + Guid.NewGuid().ToString("N")[..12]);
        Git(Path.GetTempPath(), "clone", "-q", "--depth=1", "--single-branch", "--branch", "main", "--no-tags", "file://" + remote.Path, clone);
        try
        {
            Assert.Equal("true", Git(clone, "rev-parse", "--is-shallow-repository"));

            var result = await CmlProcess.RunAsync(clone, job.Environment, "ci", "--unshallow");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal("false", Git(clone, "rev-parse", "--is-shallow-repository"));
            Assert.Equal("3", Git(clone, "rev-list", "--count", "HEAD"));
            Assert.Equal(Git(remote.Path, "rev-parse", "other"), Git(clone, "rev-parse", "refs/remotes/origin/other"));
            Assert.Equal(Git(remote.Path, "rev-parse", "v1"), Git(clone, "rev-parse", "v1"));
            // A remote on this machine is left as it was: rewriting it to the forge would lose it.
            Assert.Equal("file://" + remote.Path, Git(clone, "config", "--get", "remote.origin.url"));
            Assert.Equal("Olivaw[bot]", Git(clone, "config", "--get", "user.name"));
        }
        finally
        {
            Directory.Delete(clone, recursive: true);
        }
    }

    [Fact]
    public async Task Fetch_depth_deepens_a_shallow_clone_to_that_many_commits()
    {
        await using var job = await GitHubActionsJob.StartAsync(eventName: "push");
        using var remote = BareRemote.For(job.Workspace, "main");
        for (var i = 0; i < 3; i++)
        {
            job.Workspace.Git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "--allow-empty", "-m", $"commit {i}");
        }

        job.Workspace.Git("push", "-q", "origin", "HEAD:refs/heads/main");
        var clone = Path.Combine(Path.GetTempPath(), "cml-e2e-shallow-" + Guid.NewGuid().ToString("N")[..12]);
        Git(Path.GetTempPath(), "clone", "-q", "--depth=1", "--branch", "main", "file://" + remote.Path, clone);
        try
        {
            var result = await CmlProcess.RunAsync(clone, job.Environment, "repo", "prepare", "--fetch-depth", "2");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal("2", Git(clone, "rev-list", "--count", "HEAD"));
            Assert.Equal("true", Git(clone, "rev-parse", "--is-shallow-repository"));
        }
        finally
        {
            Directory.Delete(clone, recursive: true);
        }
    }

    [Fact]
    public async Task A_fetch_depth_that_is_not_a_number_is_a_usage_error()
    {
        await using var job = await GitHubActionsJob.StartAsync(eventName: "push");

        var result = await job.RunAsync("ci", "--fetch-depth", "all");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("cml: --fetch-depth \"all\" is not a number of commits (0 fetches everything)", result.Stderr.Trim());
        Assert.Throws<InvalidOperationException>(() => Config(job.Workspace, "user.name"));
    }

    private static string Config(GitWorkspace workspace, string key) => workspace.Git("config", "--local", "--get", key).Trim();

    private static string Git(string directory, params string[] args) => BareRemote.GitIn(directory, args).Trim();
}
