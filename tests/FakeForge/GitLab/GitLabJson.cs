using System.Globalization;
using System.Text.Json.Nodes;

namespace FakeForge.GitLab;

/// <summary>GitLab's response shapes (REST v4), trimmed to the fields a client may read.</summary>
internal static class GitLabJson
{
    /// <summary>GitLab's timestamps: ISO 8601 in UTC with milliseconds.</summary>
    public static string Date(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>The <c>UserBasic</c> entity notes and merge requests embed.</summary>
    public static JsonObject User(GitLabState state, GitLabAccount user) => new()
    {
        ["id"] = user.Id,
        ["username"] = user.Username,
        ["name"] = user.Name,
        ["state"] = "active",
        ["locked"] = false,
        ["avatar_url"] = $"{state.BaseUrl.AbsoluteUri}uploads/-/system/user/avatar/{user.Id}/avatar.png",
        ["web_url"] = $"{state.BaseUrl.AbsoluteUri}{user.Username}",
    };

    /// <summary><c>GET /user</c>: the basic entity plus the account's own details.</summary>
    public static JsonObject CurrentUser(GitLabState state, GitLabAccount user)
    {
        var json = User(state, user);
        json["bot"] = user.Username.StartsWith("project_", StringComparison.Ordinal) && user.Username.Contains("_bot", StringComparison.Ordinal);
        json["created_at"] = "2024-01-01T00:00:00.000Z";
        json["public_email"] = null;
        return json;
    }

    public static JsonObject Note(GitLabState state, GitLabStoredNote note) => new()
    {
        ["id"] = note.Id,
        ["type"] = null,
        ["body"] = note.Body,
        ["attachment"] = null,
        ["author"] = User(state, state.User(note.AuthorUsername)),
        ["created_at"] = Date(note.CreatedAt),
        ["updated_at"] = Date(note.UpdatedAt),
        ["system"] = note.System,
        ["noteable_id"] = note.NoteableId,
        ["noteable_type"] = note.NoteableType,
        ["project_id"] = note.ProjectId,
        ["resolvable"] = false,
        ["confidential"] = false,
        ["internal"] = false,
        ["imported"] = false,
        ["imported_from"] = "none",
        ["noteable_iid"] = note.NoteableIid,
        ["commands_changes"] = new JsonObject(),
    };

    /// <summary>A commit comment: no id, no URL; GitLab calls the text <c>note</c>.</summary>
    public static JsonObject CommitComment(GitLabState state, GitLabStoredCommitComment comment) => new()
    {
        ["note"] = comment.Note,
        ["path"] = null,
        ["line"] = null,
        ["line_type"] = null,
        ["author"] = User(state, state.User(comment.AuthorUsername)),
        ["created_at"] = Date(comment.CreatedAt),
    };

    public static JsonObject MergeRequest(GitLabState state, long projectId, string projectPath, GitLabMergeRequestRecord mergeRequest) => new()
    {
        ["id"] = mergeRequest.Id,
        ["iid"] = mergeRequest.Iid,
        ["project_id"] = projectId,
        ["title"] = $"Merge request {mergeRequest.Iid}",
        ["description"] = string.Empty,
        ["state"] = mergeRequest.State,
        ["created_at"] = Date(mergeRequest.CreatedAt),
        ["updated_at"] = Date(mergeRequest.CreatedAt),
        ["target_branch"] = mergeRequest.TargetBranch,
        ["source_branch"] = mergeRequest.SourceBranch,
        ["source_project_id"] = projectId,
        ["target_project_id"] = projectId,
        ["sha"] = mergeRequest.Sha,
        ["draft"] = false,
        ["merge_status"] = "can_be_merged",
        ["web_url"] = string.Create(CultureInfo.InvariantCulture, $"{state.BaseUrl.AbsoluteUri}{projectPath}/-/merge_requests/{mergeRequest.Iid}"),
    };

    /// <summary>The answer to an upload (GitLab 17.3+: <c>id</c>; 17.1+: <c>full_path</c> under <c>/-/project/:id</c>).</summary>
    public static JsonObject Upload(long projectId, GitLabStoredUpload upload) => new()
    {
        ["id"] = upload.Id,
        ["alt"] = Path.GetFileNameWithoutExtension(upload.FileName),
        ["url"] = upload.Url,
        ["full_path"] = string.Create(CultureInfo.InvariantCulture, $"/-/project/{projectId}{upload.Url}"),
        ["markdown"] = $"![{Path.GetFileNameWithoutExtension(upload.FileName)}]({upload.Url})",
    };

    public static JsonObject Project(GitLabState state, long id, string path) => new()
    {
        ["id"] = id,
        ["name"] = path[(path.LastIndexOf('/') + 1)..],
        ["path"] = path[(path.LastIndexOf('/') + 1)..],
        ["path_with_namespace"] = path,
        ["default_branch"] = "main",
        ["visibility"] = "public",
        ["web_url"] = $"{state.BaseUrl.AbsoluteUri}{path}",
    };
}
