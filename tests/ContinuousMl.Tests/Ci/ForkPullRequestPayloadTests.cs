using ContinuousMl.Ci;

namespace ContinuousMl.Tests.Ci;

/// <summary>Fork detection from a full <c>pull_request</c> event of a fork (tests/Fixtures/github/pull_request.fork.json).</summary>
public sealed class ForkPullRequestPayloadTests
{
    private static readonly string Payload = FixturePath("pull_request.fork.json");

    [Fact]
    public async Task A_fork_pull_request_event_is_read_only_and_names_the_head_commit()
    {
        var context = await new GitHubActions(Environment("pull_request")).ReadAsync(null);

        Assert.True(context.IsForkPullRequest);
        Assert.Equal("1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e", context.Sha);
        Assert.Equal("7", context.PullRequest);
        Assert.Equal("main", context.BaseBranch);
        Assert.Equal("/tmp/step_summary", context.SummaryFile);
    }

    [Fact]
    public async Task The_same_payload_on_pull_request_target_has_the_base_repositorys_token()
    {
        var context = await new GitHubActions(Environment("pull_request_target")).ReadAsync(null);

        Assert.False(context.IsForkPullRequest);
        Assert.Equal("7", context.PullRequest);
    }

    private static DictionaryEnvironment Environment(string eventName) => new()
    {
        ["GITHUB_ACTIONS"] = "true",
        ["GITHUB_EVENT_NAME"] = eventName,
        ["GITHUB_EVENT_PATH"] = Payload,
        ["GITHUB_SHA"] = new string('e', 40),
        ["GITHUB_REPOSITORY"] = "acme/model",
        ["GITHUB_STEP_SUMMARY"] = "/tmp/step_summary",
    };

    private static string FixturePath(string name)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "Fixtures", "github", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"tests/Fixtures/github/{name} not found above {AppContext.BaseDirectory}");
    }
}
