using System.Globalization;
using ContinuousMl.GitLab.Models;

namespace ContinuousMl.GitLab;

/// <summary>A project's pipelines: read one, cancel it, retry its failed and canceled jobs.</summary>
internal sealed class GitLabPipelinesClient(GitLabConnection connection)
{
    public async Task<GitLabPipeline> GetAsync(long id, CancellationToken cancellationToken)
    {
        var project = await connection.ProjectAsync(cancellationToken).ConfigureAwait(false);
        return await connection.GetAsync(Path(project, id), GitLabCheckJsonContext.Default.GitLabPipeline, $"read pipeline {id}", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Cancelling twice leaves it cancelled, so a lost answer may be retried.</summary>
    public Task<GitLabPipeline> CancelAsync(long id, CancellationToken cancellationToken) =>
        PostAsync(id, "cancel", $"cancel pipeline {id}", safeToRepeat: true, cancellationToken);

    /// <summary>A second retry could start the jobs twice: not repeated blindly.</summary>
    public Task<GitLabPipeline> RetryAsync(long id, CancellationToken cancellationToken) =>
        PostAsync(id, "retry", $"retry pipeline {id}", safeToRepeat: false, cancellationToken);

    private async Task<GitLabPipeline> PostAsync(long id, string verb, string action, bool safeToRepeat, CancellationToken cancellationToken)
    {
        var project = await connection.ProjectAsync(cancellationToken).ConfigureAwait(false);
        return await connection.SendContentAsync(
            HttpMethod.Post,
            $"{Path(project, id)}/{verb}",
            new ByteArrayContent([]),
            GitLabCheckJsonContext.Default.GitLabPipeline,
            action,
            safeToRepeat,
            cancellationToken).ConfigureAwait(false);
    }

    private static string Path(GitLabProject project, long id) =>
        string.Create(CultureInfo.InvariantCulture, $"projects/{project.Id}/pipelines/{id}");
}
