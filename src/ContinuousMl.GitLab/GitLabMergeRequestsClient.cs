using System.Globalization;
using ContinuousMl.GitLab.Models;

namespace ContinuousMl.GitLab;

/// <summary>Merge requests: <c>/projects/:id/merge_requests</c>, to find, open and merge them.</summary>
internal sealed class GitLabMergeRequestsClient(GitLabConnection connection)
{
    /// <summary>The open merge requests from <paramref name="sourceBranch"/> into <paramref name="targetBranch"/>.</summary>
    public async Task<IReadOnlyList<GitLabMergeRequest>> ListOpenAsync(string sourceBranch, string targetBranch, CancellationToken cancellationToken)
    {
        var project = await connection.ProjectAsync(cancellationToken).ConfigureAwait(false);
        var path = string.Create(
            CultureInfo.InvariantCulture,
            $"projects/{project.Id}/merge_requests?state=opened&source_branch={Uri.EscapeDataString(sourceBranch)}&target_branch={Uri.EscapeDataString(targetBranch)}&per_page=100");
        var page = await connection.GetPageAsync(path, GitLabMergeRequestJsonContext.Default.ListGitLabMergeRequest, $"list the merge requests from {sourceBranch}", cancellationToken).ConfigureAwait(false);
        return page.Items;
    }

    public async Task<GitLabMergeRequest> CreateAsync(GitLabMergeRequestCreation creation, CancellationToken cancellationToken)
    {
        var project = await connection.ProjectAsync(cancellationToken).ConfigureAwait(false);
        return await connection.SendJsonAsync(
            HttpMethod.Post,
            $"projects/{project.Id}/merge_requests",
            creation,
            GitLabMergeRequestJsonContext.Default.GitLabMergeRequestCreation,
            GitLabMergeRequestJsonContext.Default.GitLabMergeRequest,
            $"open a merge request from {creation.SourceBranch} into {creation.TargetBranch}",
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<GitLabMergeRequest> MergeAsync(long iid, GitLabMergeOptions options, CancellationToken cancellationToken)
    {
        var project = await connection.ProjectAsync(cancellationToken).ConfigureAwait(false);
        return await connection.SendJsonAsync(
            HttpMethod.Put,
            string.Create(CultureInfo.InvariantCulture, $"projects/{project.Id}/merge_requests/{iid}/merge"),
            options,
            GitLabMergeRequestJsonContext.Default.GitLabMergeOptions,
            GitLabMergeRequestJsonContext.Default.GitLabMergeRequest,
            string.Create(CultureInfo.InvariantCulture, $"merge merge request !{iid}"),
            cancellationToken).ConfigureAwait(false);
    }
}
