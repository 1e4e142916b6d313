using ContinuousMl.EndToEnd.Infrastructure;
using FakeForge;

namespace ContinuousMl.EndToEnd.Reports;

/// <summary>A GitHub Actions job holding the bundled example, with a step summary file.</summary>
internal sealed class ReportJob(GitHubActionsJob job, string summaryFile) : IAsyncDisposable
{
    public GitHubState State => job.State;

    public GitWorkspace Workspace => job.Workspace;

    public Dictionary<string, string> Environment => job.Environment;

    public string HeadSha => job.HeadSha;

    public string Server => job.Server;

    /// <summary>GITHUB_STEP_SUMMARY: the step's job summary file.</summary>
    public string SummaryFile => summaryFile;

    public Task<CmlResult> RunAsync(params string[] args) => job.RunAsync(args);

    public async ValueTask DisposeAsync()
    {
        await job.DisposeAsync();
        File.Delete(summaryFile);
    }
}
