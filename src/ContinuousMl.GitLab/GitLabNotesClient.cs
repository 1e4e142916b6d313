using System.Globalization;
using ContinuousMl.GitLab.Models;

namespace ContinuousMl.GitLab;

/// <summary>Notes on merge requests and issues: <c>/projects/:id/{merge_requests|issues}/:iid/notes</c>.</summary>
internal sealed class GitLabNotesClient(GitLabConnection connection)
{
    public const int PageSize = 100;

    /// <summary>One page of notes, newest first, so the note we look for is usually on the first page.</summary>
    public async Task<GitLabPage<GitLabNote>> ListNewestFirstAsync(GitLabNoteable noteable, int page, CancellationToken cancellationToken)
    {
        var project = await connection.ProjectAsync(cancellationToken).ConfigureAwait(false);
        var path = string.Create(
            CultureInfo.InvariantCulture,
            $"projects/{project.Id}/{noteable.Collection}/{Uri.EscapeDataString(noteable.Iid)}/notes?sort=desc&order_by=created_at&per_page={PageSize}&page={page}");
        return await connection.GetPageAsync(path, GitLabJsonContext.Default.ListGitLabNote, $"list the notes of {noteable}", cancellationToken).ConfigureAwait(false);
    }

    public async Task<GitLabNote> CreateAsync(GitLabNoteable noteable, string body, CancellationToken cancellationToken)
    {
        var project = await connection.ProjectAsync(cancellationToken).ConfigureAwait(false);
        return await connection.SendJsonAsync(
            HttpMethod.Post,
            $"projects/{project.Id}/{noteable.Collection}/{Uri.EscapeDataString(noteable.Iid)}/notes",
            new GitLabNoteRequest(body),
            GitLabJsonContext.Default.GitLabNoteRequest,
            GitLabJsonContext.Default.GitLabNote,
            $"create a note on {noteable}",
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<GitLabNote> UpdateAsync(GitLabNoteable noteable, string noteId, string body, CancellationToken cancellationToken)
    {
        var project = await connection.ProjectAsync(cancellationToken).ConfigureAwait(false);
        return await connection.SendJsonAsync(
            HttpMethod.Put,
            $"projects/{project.Id}/{noteable.Collection}/{Uri.EscapeDataString(noteable.Iid)}/notes/{Uri.EscapeDataString(noteId)}",
            new GitLabNoteRequest(body),
            GitLabJsonContext.Default.GitLabNoteRequest,
            GitLabJsonContext.Default.GitLabNote,
            $"update note {noteId} on {noteable}",
            cancellationToken).ConfigureAwait(false);
    }
}
