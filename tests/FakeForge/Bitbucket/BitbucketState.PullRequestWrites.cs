using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FakeForge.Bitbucket;

/// <summary>Listing, opening and merging pull requests.</summary>
public sealed partial class BitbucketState
{
    private readonly Dictionary<string, BitbucketOpenedPullRequest> openedPullRequests = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The pull requests opened through the API, by id.</summary>
    public IReadOnlyList<BitbucketOpenedPullRequest> OpenedPullRequests(string workspace, string slug)
    {
        lock (gate)
        {
            var prefix = Key(workspace, slug) + "#";
            return openedPullRequests
                .Where(pair => pair.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Select(pair => pair.Value)
                .OrderBy(pr => pr.Id)
                .ToArray();
        }
    }

    /// <param name="states">The states asked for; Bitbucket lists the open ones when none is.</param>
    internal IReadOnlyList<BitbucketPullRequestRecord> ListPullRequests(string workspace, string slug, IReadOnlyCollection<string> states)
    {
        lock (gate)
        {
            var wanted = states.Count == 0 ? ["OPEN"] : states;
            return ApiRepository(workspace, slug).PullRequests.Values
                .Where(p => wanted.Contains(p.State, StringComparer.OrdinalIgnoreCase))
                .OrderBy(p => p.Id)
                .ToArray();
        }
    }

    internal BitbucketPullRequestRecord CreatePullRequest(
        string workspace, string slug, string title, string? description, string source, string destination, BitbucketUser author)
    {
        lock (gate)
        {
            var repository = ApiRepository(workspace, slug);
            if (source == destination)
            {
                throw BitbucketErrorException.BadField("source", "source and destination branches must differ");
            }

            var id = repository.PullRequests.Count == 0 ? 1 : repository.PullRequests.Keys.Max() + 1;
            // The fake does not hold branches: the head is a stand-in derived from the branch name.
            var head = Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(source)));
            var record = new BitbucketPullRequestRecord(id, title, source, destination, "OPEN", head, author, NowLocked());
            repository.PullRequests[id] = record;
            openedPullRequests[OpenedKey(workspace, slug, id)] = new BitbucketOpenedPullRequest(id, title, description, source, destination);
            return record;
        }
    }

    /// <summary>Merges an open pull request; Bitbucket's 400 when it is not open.</summary>
    internal BitbucketPullRequestRecord MergePullRequest(string workspace, string slug, long id, string strategy, bool closeSourceBranch)
    {
        lock (gate)
        {
            var repository = ApiRepository(workspace, slug);
            var record = repository.PullRequests.GetValueOrDefault(id) ?? throw BitbucketErrorException.NotFound();
            if (record.State != "OPEN")
            {
                throw new BitbucketErrorException(400, "You can't merge a pull request that is not open.");
            }

            record = record with { State = "MERGED" };
            repository.PullRequests[id] = record;
            var key = OpenedKey(workspace, slug, id);
            var opened = openedPullRequests.GetValueOrDefault(key)
                ?? new BitbucketOpenedPullRequest(id, record.Title, null, record.SourceBranch, record.DestinationBranch);
            openedPullRequests[key] = opened with { MergeStrategy = strategy, CloseSourceBranch = closeSourceBranch };
            return record;
        }
    }

    private static string OpenedKey(string workspace, string slug, long id) =>
        string.Create(CultureInfo.InvariantCulture, $"{Key(workspace, slug)}#{id}");
}
