namespace FakeForge.GitLab;

/// <summary>Notes on merge requests and issues, and commit comments. Note ids come from one counter.</summary>
public sealed partial class GitLabState
{
    internal const string MergeRequestType = "MergeRequest";
    internal const string IssueType = "Issue";

    /// <summary>GitLab's limit on a note's body.</summary>
    internal const int MaxNoteLength = 1_000_000;

    /// <summary>Adds a note to merge request !<paramref name="iid"/> as <paramref name="author"/>.</summary>
    /// <param name="system">A system note ("added 1 commit"), which GitLab lists among the others.</param>
    public GitLabStoredNote SeedMergeRequestNote(string projectPath, long iid, string body, string author, bool system = false)
    {
        lock (gate)
        {
            var project = SeedProject(projectPath);
            return AddNoteLocked(project, MergeRequestType, iid, NoteableIdLocked(project, MergeRequestType, iid), body, UserLocked(author), system);
        }
    }

    /// <summary>Adds a note to issue #<paramref name="iid"/> as <paramref name="author"/>.</summary>
    public GitLabStoredNote SeedIssueNote(string projectPath, long iid, string body, string author)
    {
        lock (gate)
        {
            var project = SeedProject(projectPath);
            return AddNoteLocked(project, IssueType, iid, NoteableIdLocked(project, IssueType, iid), body, UserLocked(author), system: false);
        }
    }

    /// <summary>Adds a comment to commit <paramref name="sha"/> (which becomes known) as <paramref name="author"/>.</summary>
    public GitLabStoredCommitComment SeedCommitComment(string projectPath, string sha, string note, string author)
    {
        lock (gate)
        {
            var project = SeedProject(projectPath);
            project.Commits.Add(sha);
            return AddCommitCommentLocked(project, sha, note, UserLocked(author));
        }
    }

    /// <summary>The notes of merge request !<paramref name="iid"/>, oldest first, system notes included.</summary>
    public IReadOnlyList<GitLabStoredNote> MergeRequestNotes(string projectPath, long iid) => NotesOf(projectPath, MergeRequestType, iid);

    /// <summary>The notes of issue #<paramref name="iid"/>, oldest first.</summary>
    public IReadOnlyList<GitLabStoredNote> IssueNotes(string projectPath, long iid) => NotesOf(projectPath, IssueType, iid);

    /// <summary>The comments of commit <paramref name="sha"/>, oldest first.</summary>
    public IReadOnlyList<GitLabStoredCommitComment> CommitComments(string projectPath, string sha)
    {
        lock (gate)
        {
            return SeedProject(projectPath).CommitComments
                .Where(c => string.Equals(c.Sha, sha, StringComparison.OrdinalIgnoreCase))
                .ToArray();
        }
    }

    internal IReadOnlyList<GitLabStoredNote> ListNotes(string projectId, string type, long iid)
    {
        lock (gate)
        {
            var project = ApiProject(projectId);
            var noteableId = NoteableIdLocked(project, type, iid, api: true);
            return project.Notes.Where(n => n.NoteableType == type && n.NoteableId == noteableId).ToArray();
        }
    }

    internal GitLabStoredNote GetNote(string projectId, string type, long iid, long noteId)
    {
        lock (gate)
        {
            var project = ApiProject(projectId);
            var noteableId = NoteableIdLocked(project, type, iid, api: true);
            return project.Notes.Find(n => n.Id == noteId && n.NoteableType == type && n.NoteableId == noteableId)
                ?? throw GitLabApiErrorException.NotFound("Note");
        }
    }

    internal GitLabStoredNote CreateNote(string projectId, string type, long iid, string body, GitLabAccessToken caller)
    {
        CheckLength("note", body);
        lock (gate)
        {
            var project = ApiProject(projectId);
            return AddNoteLocked(project, type, iid, NoteableIdLocked(project, type, iid, api: true), body, caller.User, system: false);
        }
    }

    /// <summary>Only a note's author may edit it, as on GitLab for anyone below admin.</summary>
    internal GitLabStoredNote UpdateNote(string projectId, string type, long iid, long noteId, string body, GitLabAccessToken caller)
    {
        CheckLength("note", body);
        lock (gate)
        {
            var project = ApiProject(projectId);
            var noteableId = NoteableIdLocked(project, type, iid, api: true);
            var index = project.Notes.FindIndex(n => n.Id == noteId && n.NoteableType == type && n.NoteableId == noteableId);
            if (index < 0)
            {
                throw GitLabApiErrorException.NotFound("Note");
            }

            var note = project.Notes[index];
            if (note.System || !string.Equals(note.AuthorUsername, caller.User.Username, StringComparison.OrdinalIgnoreCase))
            {
                throw GitLabApiErrorException.WithMessage(403, "403 Forbidden");
            }

            project.Notes[index] = note with { Body = body, UpdatedAt = NowLocked() };
            return project.Notes[index];
        }
    }

    internal IReadOnlyList<GitLabStoredCommitComment> ListCommitComments(string projectId, string sha)
    {
        lock (gate)
        {
            var project = ApiProject(projectId);
            RequireCommitLocked(project, sha);
            return project.CommitComments.Where(c => string.Equals(c.Sha, sha, StringComparison.OrdinalIgnoreCase)).ToArray();
        }
    }

    internal GitLabStoredCommitComment CreateCommitComment(string projectId, string sha, string note, GitLabAccessToken caller)
    {
        CheckLength("note", note);
        lock (gate)
        {
            var project = ApiProject(projectId);
            RequireCommitLocked(project, sha);
            return AddCommitCommentLocked(project, sha, note, caller.User);
        }
    }

    private IReadOnlyList<GitLabStoredNote> NotesOf(string projectPath, string type, long iid)
    {
        lock (gate)
        {
            var project = SeedProject(projectPath);
            var noteableId = NoteableIdLocked(project, type, iid);
            return project.Notes.Where(n => n.NoteableType == type && n.NoteableId == noteableId).ToArray();
        }
    }

    private static long NoteableIdLocked(GitLabProjectRecord project, string type, long iid, bool api = false)
    {
        if (type == MergeRequestType && project.MergeRequests.TryGetValue(iid, out var mergeRequest))
        {
            return mergeRequest.Id;
        }

        if (type == IssueType && project.Issues.TryGetValue(iid, out var issueId))
        {
            return issueId;
        }

        if (!api)
        {
            throw new InvalidOperationException($"{project.Path} has no {type} {iid}");
        }

        throw type == MergeRequestType ? GitLabApiErrorException.WithMessage(404, "404 Not found") : GitLabApiErrorException.NotFound("Issue");
    }

    private static void RequireCommitLocked(GitLabProjectRecord project, string sha)
    {
        if (!project.Commits.Contains(sha))
        {
            throw GitLabApiErrorException.NotFound("Commit");
        }
    }

    private static void CheckLength(string field, string text)
    {
        if (text.Length > MaxNoteLength)
        {
            throw GitLabApiErrorException.Invalid(field, $"is too long (maximum is {MaxNoteLength} characters)");
        }
    }

    private GitLabStoredNote AddNoteLocked(GitLabProjectRecord project, string type, long iid, long noteableId, string body, GitLabAccount author, bool system)
    {
        var now = NowLocked();
        var note = new GitLabStoredNote(nextNoteId++, body, author.Username, now, now, system, type, iid, noteableId, project.Id);
        project.Notes.Add(note);
        return note;
    }

    private GitLabStoredCommitComment AddCommitCommentLocked(GitLabProjectRecord project, string sha, string note, GitLabAccount author)
    {
        var comment = new GitLabStoredCommitComment(sha.ToLowerInvariant(), note, author.Username, NowLocked());
        project.CommitComments.Add(comment);
        return comment;
    }
}
