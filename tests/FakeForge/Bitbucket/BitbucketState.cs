using System.Globalization;
using FakeForge.Faults;
using FakeForge.Http;

namespace FakeForge.Bitbucket;

/// <summary>
/// Everything the fake Bitbucket knows: credentials, accounts, repositories with their pull requests, comments and
/// downloads, plus the request log and armed faults. One lock guards it all; tests seed and inspect it through the
/// public methods while requests are in flight.
/// </summary>
public sealed partial class BitbucketState : IFaultSource, IRequestRecorder
{
    /// <summary>
    /// The longest comment Bitbucket takes, in code points: it asks for "a non-empty value less than 32768
    /// characters".
    /// </summary>
    public const int MaxCommentLength = 32_767;

    private readonly Lock gate = new();
    private readonly Dictionary<string, BitbucketCredential> accessTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Password, BitbucketCredential Credential)> appPasswords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BitbucketUser> users = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, BitbucketRepositoryRecord> repositories = new(StringComparer.OrdinalIgnoreCase);
    private readonly RequestJournal journal = new();
    private long nextCommentId = 500_000;
    private long nextUserNumber = 1;
    private DateTimeOffset lastTimestamp = DateTimeOffset.MinValue;
    private Uri? baseUrl;

    internal BitbucketState()
    {
    }

    /// <summary>The web root with a trailing slash; the API is under <c>2.0/</c>.</summary>
    public Uri BaseUrl
    {
        get => baseUrl ?? throw new InvalidOperationException("the fake Bitbucket has not started yet");
        internal set => baseUrl = value;
    }

    /// <summary>The wall clock behind <c>created_on</c>; timestamps handed out are strictly increasing.</summary>
    public Func<DateTimeOffset> Clock { get; set; } = () => DateTimeOffset.UtcNow;

    /// <summary>Accepts <c>Bearer <paramref name="token"/></c> as the bot user <paramref name="nickname"/>.</summary>
    /// <param name="scopes">The granted scopes (<see cref="BitbucketScopes"/>); all of them when null.</param>
    /// <param name="canReadUser">Whether <c>GET /user</c> answers; repository access tokens cannot call it.</param>
    public BitbucketUser AddAccessToken(string token, string nickname, IEnumerable<string>? scopes = null, bool canReadUser = false)
    {
        lock (gate)
        {
            var user = UserLocked(nickname, bot: true);
            accessTokens[token] = new BitbucketCredential(user, BitbucketScopes.Expand(scopes ?? BitbucketScopes.All), canReadUser);
            return user;
        }
    }

    /// <summary>Accepts Basic <c><paramref name="username"/>:<paramref name="password"/></c> as that user.</summary>
    public BitbucketUser AddAppPassword(string username, string password, IEnumerable<string>? scopes = null)
    {
        lock (gate)
        {
            var user = UserLocked(username, bot: false);
            appPasswords[username] = (password, new BitbucketCredential(user, BitbucketScopes.Expand(scopes ?? BitbucketScopes.All), CanReadUser: true));
            return user;
        }
    }

    /// <summary>The account called <paramref name="nickname"/>, created on first use (for seeding others' comments).</summary>
    public BitbucketUser User(string nickname)
    {
        lock (gate)
        {
            return UserLocked(nickname, bot: false);
        }
    }

    public void AddRepository(string workspace, string slug)
    {
        lock (gate)
        {
            var key = Key(workspace, slug);
            if (repositories.ContainsKey(key))
            {
                throw new InvalidOperationException($"repository {key} already exists");
            }

            repositories[key] = new BitbucketRepositoryRecord(workspace, slug, Braced(Guid.NewGuid()));
        }
    }

    /// <summary>Makes the commit → pull requests API answer 404, as before the "Pull Request Commit Links" app is installed.</summary>
    public void DisableCommitLinks(string workspace, string slug)
    {
        lock (gate)
        {
            SeedRepository(workspace, slug).CommitLinksEnabled = false;
        }
    }

    /// <summary>Every request received so far, oldest first.</summary>
    public IReadOnlyList<RecordedRequest> Requests => journal.Requests;

    /// <summary>How many more requests the armed faults will answer.</summary>
    public int PendingFaults => journal.PendingFaults;

    public void ClearRequests() => journal.ClearRequests();

    /// <summary>Arms a fault (paths include <c>/2.0</c>); faults are tried in the order they were added.</summary>
    public void AddFault(Fault fault) => journal.AddFault(fault);

    Fault? IFaultSource.TakeFault(string method, string path) => journal.TakeFault(method, path);

    void IRequestRecorder.Record(RecordedRequest request) => journal.Record(request);

    internal BitbucketCredential? FindAccessToken(string token)
    {
        lock (gate)
        {
            return accessTokens.GetValueOrDefault(token);
        }
    }

    internal BitbucketCredential? FindAppPassword(string username, string password)
    {
        lock (gate)
        {
            return appPasswords.TryGetValue(username, out var entry) && entry.Password == password ? entry.Credential : null;
        }
    }

    internal string RepositoryUuid(string workspace, string slug)
    {
        lock (gate)
        {
            return ApiRepository(workspace, slug).Uuid;
        }
    }

    private BitbucketUser UserLocked(string nickname, bool bot)
    {
        if (!users.TryGetValue(nickname, out var user))
        {
            var number = nextUserNumber++;
            var uuid = Braced(new Guid((int)number, 0x1b1b, 0x1c1c, [0xb1, 0x7b, 0x0c, 0x4e, 0, 0, 0, (byte)number]));
            var accountId = string.Create(CultureInfo.InvariantCulture, $"557058:{number:D8}-0000-4000-8000-000000000000");
            user = new BitbucketUser(uuid, accountId, nickname, bot ? $"{nickname} (bot)" : nickname, bot);
            users[nickname] = user;
        }

        return user;
    }

    /// <summary>Strictly increasing, microsecond precision, as Bitbucket's <c>2024-05-01T12:00:00.123456+00:00</c>.</summary>
    private DateTimeOffset NowLocked()
    {
        var now = Clock().ToUniversalTime();
        now = new DateTimeOffset(now.Ticks - (now.Ticks % 10), TimeSpan.Zero);
        if (now <= lastTimestamp)
        {
            now = lastTimestamp.AddTicks(10);
        }

        lastTimestamp = now;
        return now;
    }

    /// <summary>For the API: an unknown repository is Bitbucket's 404.</summary>
    private BitbucketRepositoryRecord ApiRepository(string workspace, string slug) =>
        repositories.GetValueOrDefault(Key(workspace, slug)) ?? throw BitbucketErrorException.NotFound();

    /// <summary>For seeding: an unknown repository is a mistake in the test.</summary>
    private BitbucketRepositoryRecord SeedRepository(string workspace, string slug) =>
        repositories.GetValueOrDefault(Key(workspace, slug))
        ?? throw new InvalidOperationException($"repository {workspace}/{slug} does not exist; call AddRepository first");

    private static string Key(string workspace, string slug) => $"{workspace}/{slug}";

    private static string Braced(Guid guid) => "{" + guid.ToString("D") + "}";
}
