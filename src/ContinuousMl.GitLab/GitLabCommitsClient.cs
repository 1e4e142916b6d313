using System.Globalization;
using ContinuousMl.GitLab.Models;

namespace ContinuousMl.GitLab;

/// <summary>Commit comments and a commit's merge requests: <c>/projects/:id/repository/commits/:sha/…</c>.</summary>
internal sealed class GitLabCommitsClient(GitLabConnection connection)
{
    public const int PageSize = 100;

    /// <summary>One page of a commit's comments, oldest first: this endpoint takes no sort order.</summary>
    public async Task<GitLabPage<GitLabCommitComment>> ListCommentsAsync(string sha, int page, CancellationToken cancellationToken)
    {
        var project = await connection.ProjectAsync(cancellationToken).ConfigureAwait(false);
        var path = string.Create(
            CultureInfo.InvariantCulture,
            $"projects/{project.Id}/repository/commits/{Uri.EscapeDataString(sha)}/comments?per_page={PageSize}&page={page}");
        return await connection.GetPageAsync(path, GitLabJsonContext.Default.ListGitLabCommitComment, $"list the comments of commit {sha}", cancellationToken).ConfigureAwait(false);
    }

    public async Task<GitLabCommitComment> CreateCommentAsync(string sha, string note, CancellationToken cancellationToken)
    {
        var project = await connection.ProjectAsync(cancellationToken).ConfigureAwait(false);
        return await connection.SendJsonAsync(
            HttpMethod.Post,
            $"projects/{project.Id}/repository/commits/{Uri.EscapeDataString(sha)}/comments",
            new GitLabCommitCommentRequest(note),
            GitLabJsonContext.Default.GitLabCommitCommentRequest,
            GitLabJsonContext.Default.GitLabCommitComment,
            $"create a comment on commit {sha}",
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The merge requests that contain <paramref name="sha"/>, in any state (first 100).</summary>
    public async Task<IReadOnlyList<GitLabMergeRequest>> MergeRequestsAsync(string sha, CancellationToken cancellationToken)
    {
        var project = await connection.ProjectAsync(cancellationToken).ConfigureAwait(false);
        var path = string.Create(
            CultureInfo.InvariantCulture,
            $"projects/{project.Id}/repository/commits/{Uri.EscapeDataString(sha)}/merge_requests?per_page={PageSize}");
        var page = await connection.GetPageAsync(path, GitLabJsonContext.Default.ListGitLabMergeRequest, $"list the merge requests of commit {sha}", cancellationToken).ConfigureAwait(false);
        return page.Items;
    }
}
