using ContinuousMl.EndToEnd.Infrastructure;

namespace ContinuousMl.EndToEnd.Comments;

// Each failure a user meets: one line on stderr that says what to do, the documented exit code, no secret.
public class CommentErrorTests
{
    private const string Owner = GitHubActionsJob.Owner;
    private const string Name = GitHubActionsJob.Name;
    private const int Pr = GitHubActionsJob.PullRequest;

    private static void AssertOneLineError(CmlResult result, int exitCode, params string[] fragments)
    {
        Assert.True(result.ExitCode == exitCode, result.ToString());
        var errorLines = result.Stderr.Split('\n').Where(l => l.StartsWith("cml: ", StringComparison.Ordinal)).ToArray();
        var line = Assert.Single(errorLines);
        foreach (var fragment in fragments)
        {
            Assert.Contains(fragment, line);
        }

        Assert.DoesNotContain(GitHubActionsJob.Token, result.Stdout + result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public async Task No_token()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        job.Environment.Remove("REPO_TOKEN");

        var result = await job.RunAsync("comment", "create", "report.md");

        AssertOneLineError(result, 1, "token not found", "REPO_TOKEN");
        Assert.Empty(job.State.Requests);
    }

    [Fact]
    public async Task No_repository()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        job.Environment.Remove("GITHUB_REPOSITORY");
        job.Environment.Remove("GITHUB_ACTIONS");
        job.Workspace.Git("remote", "remove", "origin");

        var result = await job.RunAsync("comment", "create", "report.md");

        AssertOneLineError(result, 1, "--repo");
    }

    [Fact]
    public async Task Bad_token_is_a_401_that_says_which_variable_to_check()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        job.Environment["REPO_TOKEN"] = "ghp_wrongToken000000000000000000";

        var result = await job.RunAsync("comment", "create", "report.md", "--log", "debug");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("401", result.Stderr);
        Assert.Contains("REPO_TOKEN", result.Stderr);
        Assert.DoesNotContain("ghp_wrongToken000000000000000000", result.Stdout + result.Stderr);
    }

    [Fact]
    public async Task Read_only_token_explains_the_permission_to_add()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        const string readOnly = "ghs_readOnlyForkToken000000000000";
        job.State.AddToken(readOnly, "github-actions[bot]", isInstallationToken: true, readOnly: true);
        job.Environment["REPO_TOKEN"] = readOnly;

        var result = await job.RunAsync("comment", "create", "report.md", "--no-publish");

        AssertOneLineError(result, 1, "403", "permissions: pull-requests: write", ".cml/comment.md");
        Assert.DoesNotContain(readOnly, result.Stderr);
    }

    [Fact]
    public async Task Pull_request_that_does_not_exist()
    {
        await using var job = await GitHubActionsJob.StartAsync();

        var result = await job.RunAsync("comment", "create", "report.md", "--target", "pr/99", "--no-publish");

        AssertOneLineError(result, 1, "404", "pull request #99");
    }

    [Fact]
    public async Task Pr_target_when_the_commit_has_no_pr()
    {
        await using var job = await GitHubActionsJob.StartAsync(eventName: "push");

        var result = await job.RunAsync("comment", "create", "report.md", "--target", "pr", "--no-publish");

        AssertOneLineError(result, 1, $"PR for commit sha \"{job.HeadSha}\" not found");
    }

    [Fact]
    public async Task Repository_that_does_not_exist()
    {
        await using var job = await GitHubActionsJob.StartAsync();

        var result = await job.RunAsync("comment", "create", "report.md", "--repo", $"{job.Server}/{Owner}/nope", "--no-publish");

        AssertOneLineError(result, 1, "404", "acme/nope");
    }

    [Fact]
    public async Task Report_file_not_found()
    {
        await using var job = await GitHubActionsJob.StartAsync();

        var result = await job.RunAsync("comment", "create", "missing.md");

        AssertOneLineError(result, 1, "missing.md: file not found");
        Assert.Empty(job.State.Requests);
    }

    [Fact]
    public async Task Image_outside_the_workspace_is_refused_before_anything_is_uploaded()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        var secret = Path.Combine(Path.GetDirectoryName(job.Workspace.Root)!, $"secret-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(secret, TestImages.Png(9));
        try
        {
            job.Workspace.Write("report.md", $"# Results\n\n![leak](../{Path.GetFileName(secret)})\n");

            var result = await job.RunAsync("comment", "create", "report.md");

            AssertOneLineError(result, 1, "outside the workspace");
            Assert.DoesNotContain(job.State.Requests, r => r.Method == "POST");
            Assert.Empty(job.State.IssueComments(Owner, Name, Pr));
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public async Task Symlink_leaving_the_workspace_is_refused()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        File.CreateSymbolicLink(Path.Combine(job.Workspace.Root, "passwd.png"), "/etc/passwd");
        job.Workspace.Write("report.md", "![x](passwd.png)\n");

        var result = await job.RunAsync("comment", "create", "report.md");

        AssertOneLineError(result, 1, "outside the workspace");
        Assert.DoesNotContain(job.State.Requests, r => r.Method == "POST");
    }

    [Fact]
    public async Task A_missing_image_is_a_warning_and_its_link_is_kept()
    {
        await using var job = await GitHubActionsJob.StartAsync();
        job.Workspace.Write("report.md", "# Results\n\n![gone](./nothing.png)\n");

        var result = await job.RunAsync("comment", "create", "report.md");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("file not found: ./nothing.png", result.Stderr);
        Assert.StartsWith("# Results\n\n![gone](./nothing.png)\n", Assert.Single(job.State.IssueComments(Owner, Name, Pr)).Body);
    }

    [Fact]
    public async Task Usage_errors_exit_2()
    {
        await using var job = await GitHubActionsJob.StartAsync();

        var result = await job.RunAsync("comment", "create", "report.md", "--target");

        AssertOneLineError(result, 2, "--target");
    }
}
