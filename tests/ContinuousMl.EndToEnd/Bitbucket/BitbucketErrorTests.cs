using ContinuousMl.EndToEnd.Infrastructure;

namespace ContinuousMl.EndToEnd.Bitbucket;

// Each Bitbucket failure a user meets: one line on stderr that says what to do, exit code 1, no secret.
public class BitbucketErrorTests
{
    private const string Workspace = BitbucketPipelinesJob.Workspace;
    private const string Slug = BitbucketPipelinesJob.Slug;
    private const int Pr = BitbucketPipelinesJob.PullRequest;

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
    public async Task Bad_token_is_a_401_that_says_which_variable_to_check()
    {
        await using var job = await BitbucketPipelinesJob.StartAsync();
        const string wrong = "ATCTT3xFfGN0wrongWrongWrong0000000000";
        job.Environment["REPO_TOKEN"] = wrong;

        var result = await job.RunAsync("comment", "create", "report.md");

        AssertOneLineError(result, wrong, "401", "REPO_TOKEN", "access token");
        Assert.Empty(job.State.PullRequestComments(Workspace, Slug, Pr));
    }

    [Fact]
    public async Task Bad_app_password_is_a_401_that_hides_the_password()
    {
        await using var job = await BitbucketPipelinesJob.StartAsync();
        const string wrong = "alice:NotTheAppPassword123";
        job.Environment["REPO_TOKEN"] = wrong;

        var result = await job.RunAsync("comment", "create", "report.md", "--no-publish");

        AssertOneLineError(result, "NotTheAppPassword123", "401", "app password");
    }

    [Fact]
    public async Task Token_without_pull_request_write_explains_the_permission_to_add()
    {
        await using var job = await BitbucketPipelinesJob.StartAsync();
        const string readOnly = "ATCTT3xFfGN0readOnlyToken000000000000";
        job.State.AddAccessToken(readOnly, "reader-bot", ["pullrequest"]);
        job.Environment["REPO_TOKEN"] = readOnly;

        var result = await job.RunAsync("comment", "create", "report.md", "--no-publish");

        AssertOneLineError(result, readOnly, "403", "Pull requests: Write", "pullrequest:write", ".cml/comment.md");
    }

    [Fact]
    public async Task Token_without_repository_write_cannot_publish_images_and_says_so()
    {
        await using var job = await BitbucketPipelinesJob.StartAsync();
        const string token = "ATCTT3xFfGN0noRepositoryWrite00000000";
        job.State.AddAccessToken(token, "pr-reader", ["pullrequest"]);
        job.Environment["REPO_TOKEN"] = token;

        var result = await job.RunAsync("comment", "create", "report.md");

        AssertOneLineError(result, token, "403", "Repositories: Write", "Downloads");
    }

    [Fact]
    public async Task Pull_request_that_does_not_exist()
    {
        await using var job = await BitbucketPipelinesJob.StartAsync();

        var result = await job.RunAsync("comment", "create", "report.md", "--target", "pr/99", "--no-publish");

        AssertOneLineError(result, BitbucketPipelinesJob.Token, "404", "pull request #99", $"{Workspace}/{Slug}");
    }

    [Fact]
    public async Task Repository_that_does_not_exist()
    {
        await using var job = await BitbucketPipelinesJob.StartAsync();

        var result = await job.RunAsync("comment", "create", "report.md", "--repo", $"https://bitbucket.org/{Workspace}/nope", "--no-publish");

        AssertOneLineError(result, BitbucketPipelinesJob.Token, "404", $"{Workspace}/nope");
    }

    [Fact]
    public async Task Pr_target_without_the_commit_links_app_says_how_to_enable_it()
    {
        await using var job = await BitbucketPipelinesJob.StartAsync(pullRequestPipeline: false);
        job.State.DisableCommitLinks(Workspace, Slug);

        var result = await job.RunAsync("comment", "create", "report.md", "--target", "pr", "--no-publish");

        AssertOneLineError(result, BitbucketPipelinesJob.Token, "Pull Request Commit Links", "Go to pull request");
    }

    [Fact]
    public async Task Pr_target_when_the_commit_has_no_pr()
    {
        await using var job = await BitbucketPipelinesJob.StartAsync(pullRequestPipeline: false);

        var result = await job.RunAsync("comment", "create", "report.md", "--target", "pr", "--no-publish");

        AssertOneLineError(result, BitbucketPipelinesJob.Token, $"PR for commit sha \"{job.HeadSha}\" not found");
    }
}
