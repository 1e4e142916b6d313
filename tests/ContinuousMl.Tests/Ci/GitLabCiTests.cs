using ContinuousMl.Ci;
using ContinuousMl.Git;

namespace ContinuousMl.Tests.Ci;

public sealed class GitLabCiTests
{
    private const string Sha = "3333333333333333333333333333333333333333";
    private const string SourceSha = "4444444444444444444444444444444444444444";

    private readonly List<string> warnings = [];

    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData("false", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Is_active_only_when_GITLAB_CI_is_true(string? value, bool expected)
    {
        Assert.Equal(expected, new GitLabCi(new DictionaryEnvironment { ["GITLAB_CI"] = value }).IsActive);
    }

    [Fact]
    public async Task A_merge_request_pipeline_reads_the_predefined_variables()
    {
        var environment = MergeRequestPipeline();

        var context = await ReadAsync(environment);

        Assert.Equal("gitlab-ci", context.Name);
        Assert.Equal(Sha, context.Sha);
        Assert.Equal("7", context.PullRequest);
        Assert.Equal("feature/x", context.Branch);
        Assert.Equal("1001", context.WorkflowId);
        Assert.Equal("2002", context.RunId);
        Assert.Equal("merge_request_event", context.EventName);
        Assert.False(context.IsForkPullRequest);
        Assert.Null(context.SummaryFile);
        Assert.Equal("https://gitlab.example.com/group/sub/project", context.RepositoryUrl);
        Assert.Equal("https://gitlab.example.com/api/v4", context.ApiUrl);
        Assert.Equal("https://gitlab.example.com", context.ServerUrl);
        Assert.Equal("main", context.BaseBranch);
        Assert.Empty(warnings);
    }

    [Fact]
    public async Task A_branch_pipeline_has_no_merge_request_and_takes_CI_COMMIT_BRANCH()
    {
        var environment = MergeRequestPipeline();
        environment["CI_MERGE_REQUEST_IID"] = null;
        environment["CI_MERGE_REQUEST_TARGET_BRANCH_NAME"] = null;
        environment["CI_PIPELINE_SOURCE"] = "push";
        environment["CI_COMMIT_BRANCH"] = "main";
        environment["CI_COMMIT_REF_NAME"] = "ignored";

        var context = await ReadAsync(environment);

        Assert.Null(context.PullRequest);
        Assert.Equal("main", context.Branch);
        Assert.Null(context.BaseBranch);
        Assert.Equal("push", context.EventName);
    }

    [Fact]
    public async Task A_merged_results_pipeline_reports_on_the_source_branch_head_not_the_merge_commit()
    {
        var environment = MergeRequestPipeline();
        environment["CI_MERGE_REQUEST_SOURCE_BRANCH_SHA"] = SourceSha;

        var context = await ReadAsync(environment);

        Assert.Equal(SourceSha, context.Sha);
    }

    [Fact]
    public async Task Without_CI_PROJECT_URL_the_repository_is_the_server_and_the_project_path()
    {
        var environment = MergeRequestPipeline();
        environment["CI_PROJECT_URL"] = null;
        environment["CI_SERVER_URL"] = "https://example.com/gitlab";
        environment["CI_PROJECT_PATH"] = "group/sub/project";

        var context = await ReadAsync(environment);

        Assert.Equal("https://example.com/gitlab/group/sub/project", context.RepositoryUrl);
        Assert.Equal("https://example.com/gitlab", context.ServerUrl);
    }

    [Fact]
    public async Task An_unusable_CI_PROJECT_URL_falls_back_with_a_warning()
    {
        var environment = MergeRequestPipeline();
        environment["CI_PROJECT_URL"] = "not a url";

        var context = await ReadAsync(environment);

        Assert.Equal("https://gitlab.example.com/group/sub/project", context.RepositoryUrl);
        Assert.Contains(warnings, w => w.Contains("CI_PROJECT_URL", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_any_project_variable_the_repository_is_unknown()
    {
        var environment = new DictionaryEnvironment { ["GITLAB_CI"] = "true", ["CI_COMMIT_SHA"] = Sha };

        var context = await ReadAsync(environment);

        Assert.Null(context.RepositoryUrl);
        Assert.Null(context.PullRequest);
        Assert.Null(context.Branch);
        Assert.Equal(Sha, context.Sha);
        Assert.Empty(warnings);
    }

    [Fact]
    public async Task A_merge_request_from_a_fork_is_marked()
    {
        var environment = MergeRequestPipeline();
        environment["CI_MERGE_REQUEST_PROJECT_ID"] = "10";
        environment["CI_MERGE_REQUEST_SOURCE_PROJECT_ID"] = "99";

        Assert.True((await ReadAsync(environment)).IsForkPullRequest);
    }

    [Fact]
    public async Task Blank_values_count_as_unset_and_values_are_trimmed()
    {
        var environment = MergeRequestPipeline();
        environment["CI_MERGE_REQUEST_IID"] = "  ";
        environment["CI_COMMIT_SHA"] = $" {Sha}\n";

        var context = await ReadAsync(environment);

        Assert.Null(context.PullRequest);
        Assert.Equal(Sha, context.Sha);
    }

    [Fact]
    public void The_default_detector_picks_GitLab_CI_before_the_local_checkout()
    {
        var detector = CiDetector.CreateDefault(new DictionaryEnvironment { ["GITLAB_CI"] = "true" }, new GitCli());

        Assert.IsType<GitLabCi>(detector.Detect());
        Assert.IsType<LocalGit>(detector.Environments[^1]);
    }

    private static DictionaryEnvironment MergeRequestPipeline() => new()
    {
        ["CI"] = "true",
        ["GITLAB_CI"] = "true",
        ["CI_COMMIT_SHA"] = Sha,
        ["CI_MERGE_REQUEST_IID"] = "7",
        ["CI_PIPELINE_ID"] = "1001",
        ["CI_JOB_ID"] = "2002",
        ["CI_PIPELINE_SOURCE"] = "merge_request_event",
        ["CI_COMMIT_REF_NAME"] = "feature/x",
        ["CI_MERGE_REQUEST_TARGET_BRANCH_NAME"] = "main",
        ["CI_MERGE_REQUEST_PROJECT_ID"] = "10",
        ["CI_MERGE_REQUEST_SOURCE_PROJECT_ID"] = "10",
        ["CI_PROJECT_URL"] = "https://gitlab.example.com/group/sub/project",
        ["CI_PROJECT_PATH"] = "group/sub/project",
        ["CI_PROJECT_ID"] = "10",
        ["CI_SERVER_URL"] = "https://gitlab.example.com",
        ["CI_API_V4_URL"] = "https://gitlab.example.com/api/v4",
    };

    private Task<CiContext> ReadAsync(DictionaryEnvironment environment) => new GitLabCi(environment).ReadAsync(warnings.Add);
}
