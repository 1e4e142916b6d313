using System.Text;
using ContinuousMl.EndToEnd.Infrastructure;

namespace ContinuousMl.EndToEnd.Metrics;

/// <summary>
/// A checkout on <c>feature</c> whose one commit is also <c>main</c> (the base), with the workspace then changed as
/// a training run on the branch would change it.
/// </summary>
internal sealed class MetricsRepository : IDisposable
{
    private MetricsRepository(GitWorkspace workspace)
    {
        Workspace = workspace;
    }

    public GitWorkspace Workspace { get; }

    public string Root => Workspace.Root;

    public Dictionary<string, string> Environment { get; } = [];

    public static MetricsRepository Create(IReadOnlyDictionary<string, string> baseFiles)
    {
        var workspace = GitWorkspace.Create(
            "https://github.com/acme/model.git",
            baseFiles.ToDictionary(file => file.Key, file => Encoding.UTF8.GetBytes(file.Value)));
        workspace.Git("branch", "main");
        return new MetricsRepository(workspace);
    }

    public void Write(string path, string content) => Workspace.Write(path, content);

    public void Commit(string message)
    {
        Workspace.Git("add", "-A");
        Workspace.Git("-c", "user.name=test", "-c", "user.email=test@localhost", "commit", "-q", "-m", message);
    }

    public Task<CmlResult> RunAsync(params string[] args) => CmlProcess.RunAsync(Root, Environment, args);

    public void Dispose() => Workspace.Dispose();
}
