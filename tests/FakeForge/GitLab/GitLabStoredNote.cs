namespace FakeForge.GitLab;

/// <summary>A note on a merge request or an issue, as the fake stores it.</summary>
/// <param name="Id">The instance-wide note id.</param>
/// <param name="Body">The Markdown body.</param>
/// <param name="AuthorUsername">Who wrote it.</param>
/// <param name="CreatedAt">When it was written.</param>
/// <param name="UpdatedAt">When it was last edited.</param>
/// <param name="System">GitLab's own notes ("added 1 commit").</param>
/// <param name="NoteableType"><c>MergeRequest</c> or <c>Issue</c>.</param>
/// <param name="NoteableIid">The merge request's or issue's number in its project.</param>
/// <param name="NoteableId">The merge request's or issue's instance-wide id.</param>
/// <param name="ProjectId">The project's id.</param>
public sealed record GitLabStoredNote(
    long Id,
    string Body,
    string AuthorUsername,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    bool System,
    string NoteableType,
    long NoteableIid,
    long NoteableId,
    long ProjectId);
