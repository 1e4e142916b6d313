using ContinuousMl.GitLab.Models;

namespace ContinuousMl.GitLab;

/// <summary>Commit statuses set by outside systems: <c>POST /projects/:id/statuses/:sha</c>.</summary>
internal sealed class GitLabStatusesClient(GitLabConnection connection)
{
    public async Task<GitLabCommitStatus> SetAsync(string sha, GitLabCommitStatusRequest status, CancellationToken cancellationToken)
    {
        var project = await connection.ProjectAsync(cancellationToken).ConfigureAwait(false);
        // Posting the same state again changes nothing (or is refused as no transition), so a lost answer may be retried.
        return await connection.SendContentAsync(
            HttpMethod.Post,
            $"projects/{project.Id}/statuses/{Uri.EscapeDataString(sha)}",
            System.Net.Http.Json.JsonContent.Create(status, GitLabCheckJsonContext.Default.GitLabCommitStatusRequest),
            GitLabCheckJsonContext.Default.GitLabCommitStatus,
            $"set the \"{status.Name}\" status of commit {sha}",
            safeToRepeat: true,
            cancellationToken).ConfigureAwait(false);
    }
}
