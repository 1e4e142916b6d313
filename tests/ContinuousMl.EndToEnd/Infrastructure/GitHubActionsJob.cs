using System.Text.Json.Nodes;
using FakeForge;

namespace ContinuousMl.EndToEnd.Infrastructure;

/// <summary>
/// A GitHub Actions job on a pull request, as a real workflow sees it: a checkout with a report and a plot,
/// the event file, the GITHUB_* variables, and a token; GitHub itself is FakeForge on 127.0.0.1.
/// </summary>
public sealed class GitHubActionsJob : IAsyncDisposable
{
    public const string Owner = "acme";
    public const string Name = "model";
    public const int PullRequest = 7;
    public const string Token = "ghp_e2eSecretToken0123456789abcdef";
    public const string Report = "# Results\n\n| metric | value |\n|---|---|\n| accuracy | 0.91 |\n\n![loss curve](./plot.png)\n";

    private readonly string eventDirectory;

    private GitHubActionsJob(FakeGitHub gitHub, GitWorkspace workspace, string eventDirectory, Dictionary<string, string> environment)
    {
        GitHub = gitHub;
        Workspace = workspace;
        this.eventDirectory = eventDirectory;
        Environment = environment;
    }

    public FakeGitHub GitHub { get; }

    public GitHubState State => GitHub.State;

    public GitWorkspace Workspace { get; }

    /// <summary>The variables the job's step runs with; tests may change them before running.</summary>
    public Dictionary<string, string> Environment { get; }

    public string HeadSha => Workspace.HeadSha;

    /// <summary>The web base without its trailing slash, as GITHUB_SERVER_URL has it.</summary>
    public string Server => GitHub.BaseUrl.AbsoluteUri.TrimEnd('/');

    public static async Task<GitHubActionsJob> StartAsync(string eventName = "pull_request", byte[]? plot = null)
    {
        var gitHub = await FakeGitHub.StartAsync();
        var server = gitHub.BaseUrl.AbsoluteUri.TrimEnd('/');
        var workspace = GitWorkspace.Create($"{server}/{Owner}/{Name}.git", new Dictionary<string, byte[]>
        {
            ["report.md"] = System.Text.Encoding.UTF8.GetBytes(Report),
            ["plot.png"] = plot ?? TestImages.Png(1),
        });

        var state = gitHub.State;
        state.AddRepository(Owner, Name);
        state.AddToken(Token, "octo-user");
        var head = workspace.HeadSha;
        if (eventName == "pull_request")
        {
            state.AddPullRequest(Owner, Name, PullRequest, head);
        }
        else
        {
            state.AddCommit(Owner, Name, head);
        }

        var eventDirectory = Path.Combine(Path.GetTempPath(), "cml-e2e-event-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(eventDirectory);
        var eventPath = Path.Combine(eventDirectory, "event.json");
        await File.WriteAllTextAsync(eventPath, EventPayload(eventName, head));

        var environment = new Dictionary<string, string>
        {
            ["CI"] = "true",
            ["GITHUB_ACTIONS"] = "true",
            ["GITHUB_EVENT_NAME"] = eventName,
            ["GITHUB_EVENT_PATH"] = eventPath,
            ["GITHUB_REPOSITORY"] = $"{Owner}/{Name}",
            ["GITHUB_SERVER_URL"] = server,
            ["GITHUB_API_URL"] = server,
            // On pull_request, GITHUB_SHA is the merge commit: the report must be about the head instead.
            ["GITHUB_SHA"] = eventName == "pull_request" ? new string('e', 40) : head,
            ["GITHUB_REF"] = eventName == "pull_request" ? $"refs/pull/{PullRequest}/merge" : "refs/heads/main",
            ["GITHUB_HEAD_REF"] = eventName == "pull_request" ? "feature" : string.Empty,
            ["GITHUB_WORKFLOW"] = "train",
            ["GITHUB_RUN_ID"] = "4242",
            ["REPO_TOKEN"] = Token,
        };
        return new GitHubActionsJob(gitHub, workspace, eventDirectory, environment);
    }

    public Task<CmlResult> RunAsync(params string[] args) => CmlProcess.RunAsync(Workspace.Root, Environment, args);

    public RunningCml Start(params string[] args) => CmlProcess.Start(Workspace.Root, Environment, args);

    public async ValueTask DisposeAsync()
    {
        await GitHub.DisposeAsync();
        Workspace.Dispose();
        try
        {
            Directory.Delete(eventDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string EventPayload(string eventName, string head)
    {
        if (eventName != "pull_request")
        {
            return new JsonObject { ["after"] = head }.ToJsonString();
        }

        JsonObject Repo() => new() { ["full_name"] = $"{Owner}/{Name}", ["owner"] = new JsonObject { ["login"] = Owner } };
        return new JsonObject
        {
            ["action"] = "synchronize",
            ["number"] = PullRequest,
            ["pull_request"] = new JsonObject
            {
                ["number"] = PullRequest,
                ["head"] = new JsonObject { ["sha"] = head, ["ref"] = "feature", ["repo"] = Repo() },
                ["base"] = new JsonObject { ["sha"] = new string('b', 40), ["ref"] = "main", ["repo"] = Repo() },
            },
        }.ToJsonString();
    }
}
