using ContinuousMl.EndToEnd.Infrastructure;

namespace ContinuousMl.EndToEnd.GitLab;

// Each failure a GitLab user meets: one line on stderr that says what to do, exit 1, no secret.
public class GitLabErrorTests
{
    private static void AssertOneLineError(CmlResult result, string token, params string[] fragments)
    {
        Assert.True(result.ExitCode == 1, result.ToString());
        var errorLines = result.Stderr.Split('\n').Where(l => l.StartsWith("cml: ", StringComparison.Ordinal)).ToArray();
        var line = Assert.Single(errorLines);
        foreach (var fragment in fragments)
        {
            Assert.Contains(fragment, line);
        }

        Assert.DoesNotContain(token, result.Stdout + result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public async Task A_rejected_token_is_a_401_that_names_the_variable_and_the_job_token()
    {
        await using var job = await GitLabCiJob.StartAsync();
        const string wrong = "glpat-wrongToken0000000000";
        job.Environment["REPO_TOKEN"] = wrong;

        var result = await job.RunAsync("comment", "create", "report.md", "--no-publish");

        AssertOneLineError(result, wrong, "401", "REPO_TOKEN", "api scope", "CI_JOB_TOKEN cannot post notes");
        Assert.Empty(job.Notes());
    }

    [Fact]
    public async Task A_rejected_token_during_discovery_is_the_same_401()
    {
        await using var job = await GitLabCiJob.StartAsync(pathPrefix: "/gitlab", projectPath: "group/sub/project");
        const string wrong = "glpat-wrongToken0000000000";
        job.Environment.Remove("CI_API_V4_URL");
        job.Environment["REPO_TOKEN"] = wrong;

        var result = await job.RunAsync("comment", "create", "report.md", "--no-publish", "--log", "debug");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("401", result.Stderr);
        Assert.Contains("REPO_TOKEN", result.Stderr);
        Assert.DoesNotContain(wrong, result.Stdout + result.Stderr);
    }

    [Fact]
    public async Task A_token_without_the_api_scope_is_a_403_that_says_which_scope_and_keeps_the_report()
    {
        await using var job = await GitLabCiJob.StartAsync();
        const string readApi = "glpat-readApiOnly000000000";
        job.State.AddToken(readApi, "reader", readApiOnly: true);
        job.Environment["REPO_TOKEN"] = readApi;

        var result = await job.RunAsync("comment", "create", "report.md", "--no-publish");

        AssertOneLineError(result, readApi, "403", "api scope", "CI_JOB_TOKEN cannot post notes", ".cml/comment.md");
        Assert.Empty(job.Notes());
    }

    [Fact]
    public async Task A_merge_request_that_does_not_exist_is_a_404_that_names_it()
    {
        await using var job = await GitLabCiJob.StartAsync();

        var result = await job.RunAsync("comment", "create", "report.md", "--target", "pr/99", "--no-publish");

        AssertOneLineError(result, GitLabCiJob.Token, "404", "merge request !99", "--repo");
    }

    [Fact]
    public async Task A_project_that_does_not_exist_is_a_404_that_names_it()
    {
        await using var job = await GitLabCiJob.StartAsync();

        var result = await job.RunAsync("comment", "create", "report.md", "--repo", $"{job.GitLab.ServerUrl}/acme/nope", "--no-publish");

        AssertOneLineError(result, GitLabCiJob.Token, "404 Project Not Found", "acme/nope", "--repo");
    }
}
