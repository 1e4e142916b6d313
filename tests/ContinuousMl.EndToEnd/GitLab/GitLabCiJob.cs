using System.Globalization;
using ContinuousMl.EndToEnd.Infrastructure;
using FakeForge.GitLab;

namespace ContinuousMl.EndToEnd.GitLab;

/// <summary>
/// A GitLab CI job, as a merge-request (or branch) pipeline sees it: a checkout with a report and a plot, the
/// predefined CI_* variables, a project access token in REPO_TOKEN; GitLab itself is FakeForge on 127.0.0.1.
/// </summary>
public sealed class GitLabCiJob : IAsyncDisposable
{
    public const long MergeRequest = 7;
    public const string Token = "glpat-e2eSecretToken0123456789";
    public const string BotUser = "project_1_bot_e2e";
    public const string Report = "# Results\n\n| metric | value |\n|---|---|\n| accuracy | 0.91 |\n\n![loss curve](./plot.png)\n";

    private GitLabCiJob(FakeGitLab gitLab, GitWorkspace workspace, string projectPath, Dictionary<string, string> environment)
    {
        GitLab = gitLab;
        Workspace = workspace;
        ProjectPath = projectPath;
        Environment = environment;
    }

    public FakeGitLab GitLab { get; }

    public GitLabState State => GitLab.State;

    public GitWorkspace Workspace { get; }

    /// <summary>The project's full path, e.g. <c>acme/model</c> or <c>group/sub/project</c>.</summary>
    public string ProjectPath { get; }

    /// <summary>The project's web URL, as CI_PROJECT_URL has it.</summary>
    public string ProjectUrl => $"{GitLab.ServerUrl}/{ProjectPath}";

    /// <summary>The variables the job's script runs with; tests may change them before running.</summary>
    public Dictionary<string, string> Environment { get; }

    public string HeadSha => Workspace.HeadSha;

    /// <summary>The watermark cml appends for this job's head commit.</summary>
    public string Watermark => $"![](https://cml.dev/watermark.png#{HeadSha} \"CML watermark\")";

    /// <param name="pathPrefix">GitLab's relative URL root, e.g. <c>/gitlab</c>; empty for the server's root.</param>
    /// <param name="projectPath">The project's full path.</param>
    /// <param name="mergeRequestPipeline">A merge-request pipeline (CI_MERGE_REQUEST_IID set) rather than a branch pipeline.</param>
    public static async Task<GitLabCiJob> StartAsync(string pathPrefix = "", string projectPath = "acme/model", bool mergeRequestPipeline = true)
    {
        var gitLab = await FakeGitLab.StartAsync(pathPrefix);
        var server = gitLab.ServerUrl;
        var workspace = GitWorkspace.Create($"{server}/{projectPath}.git", new Dictionary<string, byte[]>
        {
            ["report.md"] = System.Text.Encoding.UTF8.GetBytes(Report),
            ["plot.png"] = TestImages.Png(3),
        });

        var state = gitLab.State;
        var projectId = state.AddProject(projectPath);
        state.AddToken(Token, BotUser);
        var head = workspace.HeadSha;
        state.AddMergeRequest(projectPath, MergeRequest, head, sourceBranch: "feature", targetBranch: "main");

        var environment = new Dictionary<string, string>
        {
            ["CI"] = "true",
            ["GITLAB_CI"] = "true",
            ["CI_SERVER_URL"] = server,
            ["CI_API_V4_URL"] = gitLab.ApiUrl,
            ["CI_PROJECT_URL"] = $"{server}/{projectPath}",
            ["CI_PROJECT_PATH"] = projectPath,
            ["CI_PROJECT_ID"] = projectId.ToString(CultureInfo.InvariantCulture),
            ["CI_COMMIT_SHA"] = head,
            ["CI_COMMIT_REF_NAME"] = "feature",
            ["CI_PIPELINE_ID"] = "1001",
            ["CI_JOB_ID"] = "2002",
            // Present in every job, and useless for notes: cml must never pick it up.
            ["CI_JOB_TOKEN"] = "job-token-cannot-post-notes",
            ["REPO_TOKEN"] = Token,
        };
        if (mergeRequestPipeline)
        {
            environment["CI_PIPELINE_SOURCE"] = "merge_request_event";
            environment["CI_MERGE_REQUEST_IID"] = MergeRequest.ToString(CultureInfo.InvariantCulture);
            environment["CI_MERGE_REQUEST_TARGET_BRANCH_NAME"] = "main";
        }
        else
        {
            environment["CI_PIPELINE_SOURCE"] = "push";
            environment["CI_COMMIT_BRANCH"] = "feature";
        }

        return new GitLabCiJob(gitLab, workspace, projectPath, environment);
    }

    public Task<CmlResult> RunAsync(params string[] args) => CmlProcess.RunAsync(Workspace.Root, Environment, args);

    /// <summary>Starts cml without waiting for it, for long-running commands such as <c>runner launch</c>.</summary>
    public RunningCml Start(params string[] args) => CmlProcess.Start(Workspace.Root, Environment, args);

    public IReadOnlyList<GitLabStoredNote> Notes() => State.MergeRequestNotes(ProjectPath, MergeRequest);

    public int Requests(string method, string pathSuffix) =>
        State.Requests.Count(r => r.Method == method && r.Path.EndsWith(pathSuffix, StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        await GitLab.DisposeAsync();
        Workspace.Dispose();
    }
}
