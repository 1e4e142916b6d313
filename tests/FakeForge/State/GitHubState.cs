using FakeForge.Faults;
using FakeForge.Http;
using FakeForge.State;

namespace FakeForge;

/// <summary>
/// Everything the fake GitHub knows: tokens, users, repositories with their issues, pull requests, comments and
/// git objects, plus the request log, armed faults and asset uploads. One lock guards it all; tests seed and
/// inspect it through the public methods while requests are in flight.
/// </summary>
public sealed partial class GitHubState : IFaultSource, IRequestRecorder
{
    /// <summary>The id GitHub gives to <c>github-actions[bot]</c>.</summary>
    internal const long ActionsBotId = 41898282;

    internal const string ActionsBot = "github-actions[bot]";

    private readonly Lock gate = new();
    private readonly Dictionary<string, AccessToken> tokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UserAccount> users = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, RepositoryRecord> repositories = new(StringComparer.OrdinalIgnoreCase);
    private readonly RequestJournal journal = new();
    private readonly List<AssetUpload> uploads = [];
    private long nextCommentId = 1000;
    private long nextObjectId = 1;
    private DateTimeOffset lastTimestamp = DateTimeOffset.MinValue;
    private Uri? baseUrl;

    internal GitHubState()
    {
    }

    /// <summary>The server's root, for the API and the web pages alike, with a trailing slash.</summary>
    public Uri BaseUrl
    {
        get => baseUrl ?? throw new InvalidOperationException("the fake GitHub has not started yet");
        internal set => baseUrl = value;
    }

    /// <summary>
    /// The wall clock behind <c>created_at</c>/<c>updated_at</c>. Timestamps handed out are whole seconds (as
    /// GitHub's) and strictly increasing, so "newest" is never a tie.
    /// </summary>
    public Func<DateTimeOffset> Clock { get; set; } = () => DateTimeOffset.UtcNow;

    /// <summary>Accepts <paramref name="token"/> as <paramref name="login"/>.</summary>
    /// <param name="isInstallationToken">An Actions/App token: it acts as <paramref name="login"/> when that ends with
    /// <c>[bot]</c>, as <c>github-actions[bot]</c> otherwise, and gets 403 from <c>GET /user</c>.</param>
    /// <param name="readOnly">Writes answer 403 "Resource not accessible by integration" (a fork's token).</param>
    public void AddToken(string token, string login, bool isInstallationToken = false, bool readOnly = false)
    {
        lock (gate)
        {
            var actor = isInstallationToken && !login.EndsWith("[bot]", StringComparison.Ordinal) ? ActionsBot : login;
            tokens[token] = new AccessToken(token, UserLocked(actor), isInstallationToken, readOnly);
        }
    }

    /// <summary>Creates a public repository whose default branch is <c>main</c>; returns its id.</summary>
    public long AddRepository(string owner, string name)
    {
        lock (gate)
        {
            var key = Key(owner, name);
            if (repositories.ContainsKey(key))
            {
                throw new InvalidOperationException($"repository {key} already exists");
            }

            var identity = new RepositoryIdentity(nextObjectId++, UserLocked(owner), name, NowLocked());
            repositories[key] = new RepositoryRecord(identity);
            return identity.Id;
        }
    }

    /// <summary>Files received by the asset server, oldest first.</summary>
    public IReadOnlyList<AssetUpload> Uploads
    {
        get
        {
            lock (gate)
            {
                return uploads.ToArray();
            }
        }
    }

    /// <summary>Every request received so far, oldest first.</summary>
    public IReadOnlyList<RecordedRequest> Requests => journal.Requests;

    /// <summary>How many more requests the armed faults will answer.</summary>
    public int PendingFaults => journal.PendingFaults;

    public void ClearRequests() => journal.ClearRequests();

    /// <summary>Arms a fault; faults are tried in the order they were added.</summary>
    public void AddFault(Fault fault) => journal.AddFault(fault);

    public void ClearFaults() => journal.ClearFaults();

    Fault? IFaultSource.TakeFault(string method, string path) => journal.TakeFault(method, path);

    void IRequestRecorder.Record(RecordedRequest request) => journal.Record(request);

    internal AccessToken? FindToken(string token)
    {
        lock (gate)
        {
            return tokens.GetValueOrDefault(token);
        }
    }

    internal AssetUpload AddUpload(string contentType, byte[] content, string? fileName)
    {
        lock (gate)
        {
            var id = (uploads.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var upload = new AssetUpload(id, $"{BaseUrl.AbsoluteUri}_assets/{id}", contentType, content, fileName);
            uploads.Add(upload);
            return upload;
        }
    }

    internal AssetUpload? FindUpload(string id)
    {
        lock (gate)
        {
            return uploads.FirstOrDefault(u => u.Id == id);
        }
    }

    internal RepositoryIdentity GetRepository(string owner, string name)
    {
        lock (gate)
        {
            return ApiRepository(owner, name).Identity;
        }
    }

    private UserAccount UserLocked(string login)
    {
        if (!users.TryGetValue(login, out var user))
        {
            var bot = login.EndsWith("[bot]", StringComparison.Ordinal);
            var id = login.Equals(ActionsBot, StringComparison.OrdinalIgnoreCase) ? ActionsBotId : nextObjectId++;
            user = new UserAccount(id, login, bot ? "Bot" : "User");
            users[login] = user;
        }

        return user;
    }

    private DateTimeOffset NowLocked()
    {
        var now = Clock().ToUniversalTime();
        now = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        if (now <= lastTimestamp)
        {
            now = lastTimestamp.AddSeconds(1);
        }

        lastTimestamp = now;
        return now;
    }

    /// <summary>For the API: an unknown repository is GitHub's 404.</summary>
    private RepositoryRecord ApiRepository(string owner, string name) =>
        repositories.GetValueOrDefault(Key(owner, name)) ?? throw ApiErrorException.NotFound();

    /// <summary>For seeding: an unknown repository is a mistake in the test.</summary>
    private RepositoryRecord SeedRepository(string owner, string name) =>
        repositories.GetValueOrDefault(Key(owner, name))
        ?? throw new InvalidOperationException($"repository {owner}/{name} does not exist; call AddRepository first");

    private static string Key(string owner, string name) => $"{owner}/{name}";
}
