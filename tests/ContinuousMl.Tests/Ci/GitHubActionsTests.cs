using ContinuousMl.Ci;

namespace ContinuousMl.Tests.Ci;

public sealed class GitHubActionsTests : IDisposable
{
    private const string MergeSha = "1111111111111111111111111111111111111111";
    private const string HeadSha = "2222222222222222222222222222222222222222";

    private readonly List<string> files = [];
    private readonly List<string> warnings = [];

    public void Dispose()
    {
        foreach (var file in files)
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData("false", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Is_active_only_when_GITHUB_ACTIONS_is_true(string? value, bool expected)
    {
        var environment = new DictionaryEnvironment { ["GITHUB_ACTIONS"] = value };

        Assert.Equal(expected, new GitHubActions(environment).IsActive);
    }

    [Fact]
    public async Task A_push_reads_the_environment()
    {
        var environment = Environment("push");
        environment["GITHUB_REF"] = "refs/heads/feature/x";
        environment["GITHUB_EVENT_PATH"] = WriteEvent("""{"ref":"refs/heads/feature/x","after":"abc"}""");

        var context = await ReadAsync(environment);

        Assert.Equal("github-actions", context.Name);
        Assert.Equal(MergeSha, context.Sha);
        Assert.Null(context.PullRequest);
        Assert.Equal("feature/x", context.Branch);
        Assert.Equal("CML report", context.WorkflowId);
        Assert.Equal("987654", context.RunId);
        Assert.Equal("push", context.EventName);
        Assert.False(context.IsForkPullRequest);
        Assert.Equal("/tmp/summary.md", context.SummaryFile);
        Assert.Equal("https://github.com/octo/repo", context.RepositoryUrl);
        Assert.Equal("https://api.github.com", context.ApiUrl);
        Assert.Equal("https://github.com", context.ServerUrl);
        Assert.Null(context.BaseBranch);
        Assert.Empty(warnings);
    }

    [Fact]
    public async Task A_pull_request_uses_the_head_sha_not_the_merge_commit()
    {
        var environment = Environment("pull_request");
        environment["GITHUB_REF"] = "refs/pull/42/merge";
        environment["GITHUB_HEAD_REF"] = "feature/x";
        environment["GITHUB_BASE_REF"] = "main";
        environment["GITHUB_EVENT_PATH"] = WriteEvent(PullRequestEvent("octo/repo", "octo/repo"));

        var context = await ReadAsync(environment);

        Assert.Equal(HeadSha, context.Sha);
        Assert.Equal("42", context.PullRequest);
        Assert.Equal("feature/x", context.Branch);
        Assert.Equal("develop", context.BaseBranch);
        Assert.False(context.IsForkPullRequest);
        Assert.Empty(warnings);
    }

    [Fact]
    public async Task A_pull_request_from_a_fork_is_read_only()
    {
        var environment = Environment("pull_request");
        environment["GITHUB_EVENT_PATH"] = WriteEvent(PullRequestEvent("someone/repo", "octo/repo"));

        var context = await ReadAsync(environment);

        Assert.True(context.IsForkPullRequest);
        Assert.Equal(HeadSha, context.Sha);
        Assert.Equal("42", context.PullRequest);
    }

    [Fact]
    public async Task A_pull_request_whose_head_repository_is_gone_counts_as_a_fork()
    {
        var environment = Environment("pull_request");
        environment["GITHUB_EVENT_PATH"] = WriteEvent(PullRequestEvent(headRepository: null, "octo/repo"));

        var context = await ReadAsync(environment);

        Assert.True(context.IsForkPullRequest);
        Assert.Equal(HeadSha, context.Sha);
    }

    [Fact]
    public async Task Repository_names_compare_without_case()
    {
        var environment = Environment("pull_request");
        environment["GITHUB_EVENT_PATH"] = WriteEvent(PullRequestEvent("Octo/Repo", "octo/repo"));

        Assert.False((await ReadAsync(environment)).IsForkPullRequest);
    }

    [Theory]
    [InlineData("someone/repo")]
    [InlineData(null)]
    public async Task Pull_request_target_is_never_read_only_and_uses_the_head_sha(string? headRepository)
    {
        var environment = Environment("pull_request_target");
        environment["GITHUB_REF"] = "refs/heads/main";
        environment["GITHUB_HEAD_REF"] = "feature/x";
        environment["GITHUB_EVENT_PATH"] = WriteEvent(PullRequestEvent(headRepository, "octo/repo"));

        var context = await ReadAsync(environment);

        Assert.False(context.IsForkPullRequest);
        Assert.Equal(HeadSha, context.Sha);
        Assert.Equal("42", context.PullRequest);
        Assert.Equal("feature/x", context.Branch);
        Assert.Equal("pull_request_target", context.EventName);
    }

    [Fact]
    public async Task A_pull_request_review_is_a_pull_request_run()
    {
        var environment = Environment("pull_request_review");
        environment["GITHUB_EVENT_PATH"] = WriteEvent(PullRequestEvent("someone/repo", "octo/repo"));

        var context = await ReadAsync(environment);

        Assert.Equal(HeadSha, context.Sha);
        Assert.Equal("42", context.PullRequest);
        Assert.True(context.IsForkPullRequest);
    }

    [Fact]
    public async Task An_issue_comment_on_a_pull_request_names_it()
    {
        var environment = Environment("issue_comment");
        environment["GITHUB_REF"] = "refs/heads/main";
        environment["GITHUB_EVENT_PATH"] = WriteEvent("""
            {"action":"created","issue":{"number":7,"pull_request":{"url":"https://api.github.com/repos/octo/repo/pulls/7"}},
             "comment":{"body":"/cml"}}
            """);

        var context = await ReadAsync(environment);

        Assert.Equal("7", context.PullRequest);
        Assert.Equal(MergeSha, context.Sha);
        Assert.Equal("main", context.Branch);
        Assert.False(context.IsForkPullRequest);
    }

    [Theory]
    [InlineData("""{"issue":{"number":7}}""")]
    [InlineData("""{"issue":{"number":7,"pull_request":null}}""")]
    [InlineData("""{"comment":{}}""")]
    public async Task An_issue_comment_on_an_issue_has_no_pull_request(string payload)
    {
        var environment = Environment("issue_comment");
        environment["GITHUB_EVENT_PATH"] = WriteEvent(payload);

        var context = await ReadAsync(environment);

        Assert.Null(context.PullRequest);
        Assert.Equal(MergeSha, context.Sha);
    }

    [Theory]
    [InlineData("{ this is not json")]
    [InlineData("")]
    [InlineData("[1, 2, 3]")]
    [InlineData("\"a string\"")]
    public async Task A_malformed_event_file_falls_back_to_GITHUB_SHA(string payload)
    {
        var environment = Environment("pull_request");
        environment["GITHUB_REF"] = "refs/pull/42/merge";
        environment["GITHUB_EVENT_PATH"] = WriteEvent(payload);

        var context = await ReadAsync(environment);

        Assert.Equal(MergeSha, context.Sha);
        Assert.Equal("42", context.PullRequest);
        Assert.False(context.IsForkPullRequest);
        Assert.Single(warnings);
        Assert.Contains(environment.Get("GITHUB_EVENT_PATH")!, warnings[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_event_file_falls_back_to_GITHUB_SHA()
    {
        var environment = Environment("pull_request");
        environment["GITHUB_EVENT_PATH"] = Path.Combine(Path.GetTempPath(), "missing-" + Guid.NewGuid().ToString("N") + ".json");

        var context = await ReadAsync(environment);

        Assert.Equal(MergeSha, context.Sha);
        Assert.Null(context.PullRequest);
        Assert.Single(warnings);
    }

    [Fact]
    public async Task An_unset_event_path_falls_back_to_GITHUB_SHA()
    {
        var environment = Environment("pull_request");
        environment["GITHUB_EVENT_PATH"] = null;

        var context = await ReadAsync(environment);

        Assert.Equal(MergeSha, context.Sha);
        Assert.Single(warnings);
    }

    [Fact]
    public async Task A_pull_request_payload_without_head_sha_falls_back_and_warns()
    {
        var environment = Environment("pull_request");
        environment["GITHUB_EVENT_PATH"] = WriteEvent("""{"number":5,"pull_request":{"number":5,"head":{},"base":{"ref":"main"}}}""");

        var context = await ReadAsync(environment);

        Assert.Equal(MergeSha, context.Sha);
        Assert.Equal("5", context.PullRequest);
        Assert.Equal("main", context.BaseBranch);
        Assert.Single(warnings);
    }

    [Fact]
    public async Task A_payload_without_pull_request_falls_back_and_warns()
    {
        var environment = Environment("pull_request");
        environment["GITHUB_EVENT_PATH"] = WriteEvent("""{"action":"opened"}""");

        var context = await ReadAsync(environment);

        Assert.Equal(MergeSha, context.Sha);
        Assert.Null(context.PullRequest);
        Assert.Single(warnings);
    }

    [Fact]
    public async Task Reading_without_a_warning_sink_does_not_throw()
    {
        var environment = Environment("pull_request");
        environment["GITHUB_EVENT_PATH"] = WriteEvent("{ broken");

        var context = await new GitHubActions(environment).ReadAsync(warn: null);

        Assert.Equal(MergeSha, context.Sha);
    }

    [Fact]
    public async Task The_event_file_is_not_read_for_other_events()
    {
        var environment = Environment("workflow_dispatch");
        environment["GITHUB_EVENT_PATH"] = WriteEvent("{ broken");

        var context = await ReadAsync(environment);

        Assert.Equal(MergeSha, context.Sha);
        Assert.Empty(warnings);
    }

    [Theory]
    [InlineData("refs/heads/main", null, "main")]
    [InlineData("refs/tags/v1.0", null, "v1.0")]
    [InlineData("refs/heads/refs/heads/x", null, "refs/heads/x")]
    [InlineData("refs/pull/3/merge", "feature", "feature")]
    [InlineData("refs/pull/3/merge", "", "refs/pull/3/merge")]
    [InlineData(null, null, null)]
    public async Task Branch_is_the_head_ref_or_the_ref_without_its_prefix(string? reference, string? headRef, string? expected)
    {
        var environment = Environment("push");
        environment["GITHUB_REF"] = reference;
        environment["GITHUB_HEAD_REF"] = headRef;

        Assert.Equal(expected, (await ReadAsync(environment)).Branch);
    }

    [Fact]
    public async Task Enterprise_server_urls_are_kept_and_make_the_repository_url()
    {
        var environment = Environment("push");
        environment["GITHUB_SERVER_URL"] = "https://ghe.corp.com:8443";
        environment["GITHUB_API_URL"] = "https://ghe.corp.com:8443/api/v3";

        var context = await ReadAsync(environment);

        Assert.Equal("https://ghe.corp.com:8443/octo/repo", context.RepositoryUrl);
        Assert.Equal("https://ghe.corp.com:8443", context.ServerUrl);
        Assert.Equal("https://ghe.corp.com:8443/api/v3", context.ApiUrl);
    }

    [Fact]
    public async Task Without_server_url_the_repository_is_on_github_com()
    {
        var environment = Environment("push");
        environment["GITHUB_SERVER_URL"] = null;
        environment["GITHUB_API_URL"] = null;

        var context = await ReadAsync(environment);

        Assert.Equal("https://github.com/octo/repo", context.RepositoryUrl);
        Assert.Null(context.ServerUrl);
        Assert.Null(context.ApiUrl);
    }

    [Fact]
    public async Task Without_GITHUB_REPOSITORY_there_is_no_repository_url()
    {
        var environment = Environment("push");
        environment["GITHUB_REPOSITORY"] = null;

        Assert.Null((await ReadAsync(environment)).RepositoryUrl);
    }

    [Fact]
    public async Task Empty_variables_count_as_unset()
    {
        var environment = new DictionaryEnvironment
        {
            ["GITHUB_ACTIONS"] = "true",
            ["GITHUB_SHA"] = "",
            ["GITHUB_RUN_ID"] = " ",
            ["GITHUB_STEP_SUMMARY"] = "",
        };

        var context = await ReadAsync(environment);

        Assert.Null(context.Sha);
        Assert.Null(context.RunId);
        Assert.Null(context.SummaryFile);
        Assert.Null(context.EventName);
        Assert.Null(context.PullRequest);
    }

    private async Task<CiContext> ReadAsync(DictionaryEnvironment environment) =>
        await new GitHubActions(environment).ReadAsync(warnings.Add);

    private static DictionaryEnvironment Environment(string eventName) => new()
    {
        ["GITHUB_ACTIONS"] = "true",
        ["GITHUB_EVENT_NAME"] = eventName,
        ["GITHUB_SHA"] = MergeSha,
        ["GITHUB_REPOSITORY"] = "octo/repo",
        ["GITHUB_WORKFLOW"] = "CML report",
        ["GITHUB_RUN_ID"] = "987654",
        ["GITHUB_STEP_SUMMARY"] = "/tmp/summary.md",
        ["GITHUB_SERVER_URL"] = "https://github.com",
        ["GITHUB_API_URL"] = "https://api.github.com",
    };

    private static string PullRequestEvent(string? headRepository, string baseRepository)
    {
        var headRepo = headRepository is null ? "null" : "{\"full_name\":\"" + headRepository + "\",\"fork\":true}";
        return $$$"""
            {
              "action": "synchronize",
              "number": 42,
              "pull_request": {
                "number": 42,
                "head": {"ref": "feature/x", "sha": "{{{HeadSha}}}", "repo": {{{headRepo}}}},
                "base": {"ref": "develop", "sha": "3333333333333333333333333333333333333333", "repo": {"full_name": "{{{baseRepository}}}"}}
              }
            }
            """;
    }

    private string WriteEvent(string json)
    {
        var path = Path.Combine(Path.GetTempPath(), "cml-event-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, json);
        files.Add(path);
        return path;
    }
}
