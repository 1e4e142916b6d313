using System.Globalization;
using FakeForge.Faults;
using FakeForge.Http;

namespace FakeForge.GitLab;

/// <summary>
/// Everything the fake GitLab knows: tokens, users, projects with their merge requests, issues, commits, notes,
/// commit comments and uploads, plus the request log and armed faults. One lock guards it all; tests seed and
/// inspect it through the public methods while requests are in flight.
/// </summary>
public sealed partial class GitLabState : IFaultSource, IRequestRecorder
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, GitLabAccessToken> tokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GitLabAccount> users = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, GitLabProjectRecord> projects = new(StringComparer.OrdinalIgnoreCase);
    private readonly RequestJournal journal = new();
    private readonly List<GitLabStoredUpload> uploads = [];
    private long nextId = 1;
    private long nextNoteId = 5000;
    private DateTimeOffset lastTimestamp = DateTimeOffset.MinValue;
    private Uri? baseUrl;

    internal GitLabState()
    {
    }

    /// <summary>GitLab's root (with any relative URL prefix) and a trailing slash.</summary>
    public Uri BaseUrl
    {
        get => baseUrl ?? throw new InvalidOperationException("the fake GitLab has not started yet");
        internal set => baseUrl = value;
    }

    /// <summary>The clock behind <c>created_at</c>; timestamps handed out are whole milliseconds and strictly increasing.</summary>
    public Func<DateTimeOffset> Clock { get; set; } = () => DateTimeOffset.UtcNow;

    /// <summary>Accepts <paramref name="token"/> (in <c>PRIVATE-TOKEN</c> or as a Bearer token) as <paramref name="username"/>.</summary>
    /// <param name="token">The secret.</param>
    /// <param name="username">Who acts with it; a project access token's bot user looks like <c>project_1_bot_x</c>.</param>
    /// <param name="readApiOnly">The token has the <c>read_api</c> scope only: writes answer 403 insufficient_scope.</param>
    public void AddToken(string token, string username, bool readApiOnly = false)
    {
        lock (gate)
        {
            tokens[token] = new GitLabAccessToken(token, UserLocked(username), readApiOnly);
        }
    }

    /// <summary>Creates a public project at <paramref name="path"/> (<c>group/sub/project</c>); returns its id.</summary>
    public long AddProject(string path)
    {
        lock (gate)
        {
            if (projects.ContainsKey(path))
            {
                throw new InvalidOperationException($"project {path} already exists");
            }

            var project = new GitLabProjectRecord(nextId++, path);
            projects[path] = project;
            return project.Id;
        }
    }

    /// <summary>Makes <paramref name="sha"/> a commit of the project, so it can be commented on.</summary>
    public void AddCommit(string projectPath, string sha)
    {
        lock (gate)
        {
            SeedProject(projectPath).Commits.Add(sha);
        }
    }

    /// <summary>Opens merge request !<paramref name="iid"/> whose source branch's head is <paramref name="sha"/>.</summary>
    public void AddMergeRequest(string projectPath, long iid, string sha, string sourceBranch = "feature", string targetBranch = "main", string state = "opened")
    {
        lock (gate)
        {
            var project = SeedProject(projectPath);
            project.Commits.Add(sha);
            project.MergeRequests[iid] = new GitLabMergeRequestRecord(nextId++, iid, sha.ToLowerInvariant(), sourceBranch, targetBranch, state, NowLocked());
        }
    }

    /// <summary>Opens issue #<paramref name="iid"/>.</summary>
    public void AddIssue(string projectPath, long iid)
    {
        lock (gate)
        {
            SeedProject(projectPath).Issues[iid] = nextId++;
        }
    }

    /// <summary>Every request received so far, oldest first.</summary>
    public IReadOnlyList<RecordedRequest> Requests => journal.Requests;

    /// <summary>How many more requests the armed faults will answer.</summary>
    public int PendingFaults => journal.PendingFaults;

    public void ClearRequests() => journal.ClearRequests();

    /// <summary>
    /// Arms a fault; faults are tried in the order they were added. The path it matches is the request's path
    /// without any relative URL prefix and without its query, e.g. <c>^/api/v4/projects/acme%2Fmodel/uploads$</c>
    /// (the project id keeps its <c>%2F</c>).
    /// </summary>
    public void AddFault(Fault fault) => journal.AddFault(fault);

    public void ClearFaults() => journal.ClearFaults();

    Fault? IFaultSource.TakeFault(string method, string path) => journal.TakeFault(method, path);

    void IRequestRecorder.Record(RecordedRequest request) => journal.Record(request);

    internal GitLabAccessToken? FindToken(string token)
    {
        lock (gate)
        {
            return tokens.GetValueOrDefault(token);
        }
    }

    internal GitLabAccount User(string username)
    {
        lock (gate)
        {
            return UserLocked(username);
        }
    }

    /// <summary>The project's id and path, for an API id that is a number or a URL-decoded full path.</summary>
    internal (long Id, string Path) Project(string id)
    {
        lock (gate)
        {
            var project = ApiProject(id);
            return (project.Id, project.Path);
        }
    }

    internal IReadOnlyList<GitLabMergeRequestRecord> MergeRequestsForCommit(string projectId, string sha)
    {
        lock (gate)
        {
            var project = ApiProject(projectId);
            return project.Commits.Contains(sha)
                ? project.MergeRequests.Values.Where(mr => string.Equals(mr.Sha, sha, StringComparison.OrdinalIgnoreCase)).OrderBy(mr => mr.Iid).ToArray()
                : throw GitLabApiErrorException.NotFound("Commit");
        }
    }

    private GitLabAccount UserLocked(string username)
    {
        if (!users.TryGetValue(username, out var user))
        {
            user = new GitLabAccount(nextId++, username, username.Replace('_', ' '));
            users[username] = user;
        }

        return user;
    }

    private DateTimeOffset NowLocked()
    {
        var now = Clock().ToUniversalTime();
        now = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
        if (now <= lastTimestamp)
        {
            now = lastTimestamp.AddMilliseconds(1);
        }

        lastTimestamp = now;
        return now;
    }

    /// <summary>For the API: a project by numeric id or full path; an unknown one is GitLab's 404.</summary>
    private GitLabProjectRecord ApiProject(string id)
    {
        if (long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return projects.Values.FirstOrDefault(p => p.Id == number) ?? throw GitLabApiErrorException.NotFound("Project");
        }

        return projects.GetValueOrDefault(id) ?? throw GitLabApiErrorException.NotFound("Project");
    }

    /// <summary>For seeding: an unknown project is a mistake in the test.</summary>
    private GitLabProjectRecord SeedProject(string path) =>
        projects.GetValueOrDefault(path)
        ?? throw new InvalidOperationException($"project {path} does not exist; call AddProject first");
}
