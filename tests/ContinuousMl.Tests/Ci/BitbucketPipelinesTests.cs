using ContinuousMl.Ci;
using ContinuousMl.Git;

namespace ContinuousMl.Tests.Ci;

public sealed class BitbucketPipelinesTests
{
    private const string Sha = "3333333333333333333333333333333333333333";

    private readonly List<string> warnings = [];

    [Theory]
    [InlineData("BITBUCKET_BUILD_NUMBER", "17", true)]
    [InlineData("BITBUCKET_COMMIT", Sha, true)]
    [InlineData("BITBUCKET_PIPELINE_UUID", "{0a1b}", true)]
    [InlineData("BITBUCKET_BUILD_NUMBER", " ", false)]
    [InlineData("BITBUCKET_WORKSPACE", "acme", false)]
    [InlineData("GITHUB_ACTIONS", "true", false)]
    public void Is_active_when_a_pipeline_variable_is_set(string name, string value, bool expected)
    {
        var environment = new DictionaryEnvironment { [name] = value };

        Assert.Equal(expected, new BitbucketPipelines(environment).IsActive);
    }

    [Fact]
    public async Task A_pull_request_pipeline_reads_every_variable()
    {
        var environment = PullRequestPipeline();

        var context = await new BitbucketPipelines(environment).ReadAsync(warnings.Add);

        Assert.Equal("bitbucket-pipelines", context.Name);
        Assert.Equal(Sha, context.Sha);
        Assert.Equal("12", context.PullRequest);
        Assert.Equal("feature/x", context.Branch);
        Assert.Equal("main", context.BaseBranch);
        Assert.Equal("{5d2b6f1e-0000-4000-8000-000000000001}", context.WorkflowId);
        Assert.Equal("42", context.RunId);
        Assert.Equal("https://bitbucket.org/acme/model", context.RepositoryUrl);
        Assert.Null(context.ApiUrl);
        Assert.Equal("https://bitbucket.org", context.ServerUrl);
        Assert.False(context.IsForkPullRequest);
        Assert.Empty(warnings);
    }

    [Fact]
    public async Task A_branch_pipeline_has_no_pull_request()
    {
        var environment = PullRequestPipeline();
        environment["BITBUCKET_PR_ID"] = null;
        environment["BITBUCKET_PR_DESTINATION_BRANCH"] = null;

        var context = await new BitbucketPipelines(environment).ReadAsync(warnings.Add);

        Assert.Null(context.PullRequest);
        Assert.Null(context.BaseBranch);
        Assert.Equal(Sha, context.Sha);
    }

    [Fact]
    public async Task The_api_url_comes_from_BITBUCKET_API_URL_and_the_web_base_follows_it()
    {
        var environment = PullRequestPipeline();
        environment["BITBUCKET_API_URL"] = "http://127.0.0.1:5000/2.0/";

        var context = await new BitbucketPipelines(environment).ReadAsync(warnings.Add);

        Assert.Equal("http://127.0.0.1:5000/2.0/", context.ApiUrl);
        Assert.Equal("http://127.0.0.1:5000", context.ServerUrl);
        Assert.Equal("https://bitbucket.org/acme/model", context.RepositoryUrl);
    }

    [Theory]
    [InlineData("BITBUCKET_GIT_HTTP_ORIGIN", "http://bitbucket.org/acme/model", "https://bitbucket.org/acme/model")]
    [InlineData("BITBUCKET_GIT_HTTP_ORIGIN", "https://bitbucket.org/acme/model.git", "https://bitbucket.org/acme/model")]
    [InlineData("BITBUCKET_WORKSPACE", "acme", "https://bitbucket.org/acme/model")]
    public async Task The_repository_falls_back_to_the_origin_then_the_workspace_and_slug(string name, string value, string expected)
    {
        var environment = new DictionaryEnvironment
        {
            ["BITBUCKET_BUILD_NUMBER"] = "1",
            ["BITBUCKET_REPO_SLUG"] = "model",
            [name] = value,
        };

        var context = await new BitbucketPipelines(environment).ReadAsync(warnings.Add);

        Assert.Equal(expected, context.RepositoryUrl);
    }

    [Fact]
    public async Task No_repository_variable_is_a_warning_not_an_error()
    {
        var environment = new DictionaryEnvironment { ["BITBUCKET_BUILD_NUMBER"] = "1" };

        var context = await new BitbucketPipelines(environment).ReadAsync(warnings.Add);

        Assert.Null(context.RepositoryUrl);
        Assert.Contains(warnings, w => w.Contains("BITBUCKET_REPO_FULL_NAME", StringComparison.Ordinal));
    }

    [Fact]
    public void The_default_detector_picks_it_before_the_local_checkout()
    {
        var environment = PullRequestPipeline();

        var detected = CiDetector.CreateDefault(environment, new GitCli(Path.GetTempPath())).Detect();

        Assert.IsType<BitbucketPipelines>(detected);
    }

    [Theory]
    [InlineData(null, "https://api.bitbucket.org/2.0", "https://bitbucket.org")]
    [InlineData("", "https://api.bitbucket.org/2.0", "https://bitbucket.org")]
    [InlineData("not a url", "https://api.bitbucket.org/2.0", "https://bitbucket.org")]
    [InlineData("https://api.bitbucket.org/2.0/", "https://api.bitbucket.org/2.0", "https://bitbucket.org")]
    [InlineData("http://127.0.0.1:41234/2.0", "http://127.0.0.1:41234/2.0", "http://127.0.0.1:41234")]
    [InlineData("https://proxy.corp.example/bitbucket/2.0", "https://proxy.corp.example/bitbucket/2.0", "https://proxy.corp.example/bitbucket")]
    public void Endpoints_pair_the_api_with_its_web_base(string? apiUrl, string expectedApi, string expectedWeb)
    {
        var api = BitbucketEndpoints.ApiBase(apiUrl);

        Assert.Equal(expectedApi, api);
        Assert.Equal(expectedWeb, BitbucketEndpoints.ServerBase(api));
    }

    private static DictionaryEnvironment PullRequestPipeline() => new()
    {
        ["CI"] = "true",
        ["BITBUCKET_BUILD_NUMBER"] = "42",
        ["BITBUCKET_COMMIT"] = Sha,
        ["BITBUCKET_BRANCH"] = "feature/x",
        ["BITBUCKET_PR_ID"] = "12",
        ["BITBUCKET_PR_DESTINATION_BRANCH"] = "main",
        ["BITBUCKET_PIPELINE_UUID"] = "{5d2b6f1e-0000-4000-8000-000000000001}",
        ["BITBUCKET_WORKSPACE"] = "acme",
        ["BITBUCKET_REPO_SLUG"] = "model",
        ["BITBUCKET_REPO_FULL_NAME"] = "acme/model",
        ["BITBUCKET_REPO_UUID"] = "{7e3c0000-0000-4000-8000-000000000002}",
        ["BITBUCKET_GIT_HTTP_ORIGIN"] = "http://bitbucket.org/acme/model",
    };
}
