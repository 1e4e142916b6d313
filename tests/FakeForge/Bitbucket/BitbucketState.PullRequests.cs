namespace FakeForge.Bitbucket;

public sealed partial class BitbucketState
{
    /// <summary>Opens pull request <paramref name="id"/> from <paramref name="source"/> whose head is <paramref name="headSha"/>.</summary>
    /// <param name="state"><c>OPEN</c>, <c>MERGED</c>, <c>DECLINED</c> or <c>SUPERSEDED</c>.</param>
    public void AddPullRequest(string workspace, string slug, long id, string headSha, string source = "feature", string destination = "main", string state = "OPEN")
    {
        lock (gate)
        {
            var repository = SeedRepository(workspace, slug);
            repository.Commits.Add(headSha);
            repository.PullRequests[id] = new BitbucketPullRequestRecord(
                id, $"Pull request {id}", source, destination, state, headSha, UserLocked("author", bot: false), NowLocked());
        }
    }

    /// <summary>Makes <paramref name="sha"/> a commit of the repository, so it can be commented on.</summary>
    public void AddCommit(string workspace, string slug, string sha)
    {
        lock (gate)
        {
            SeedRepository(workspace, slug).Commits.Add(sha);
        }
    }

    public void AddIssue(string workspace, string slug, long id)
    {
        lock (gate)
        {
            SeedRepository(workspace, slug).Issues.Add(id);
        }
    }

    internal BitbucketPullRequestRecord GetPullRequest(string workspace, string slug, long id)
    {
        lock (gate)
        {
            return ApiRepository(workspace, slug).PullRequests.GetValueOrDefault(id) ?? throw BitbucketErrorException.NotFound();
        }
    }

    /// <summary>The pull requests whose head is <paramref name="sha"/>, oldest first; 404 while commit links are off.</summary>
    internal IReadOnlyList<BitbucketPullRequestRecord> PullRequestsForCommit(string workspace, string slug, string sha)
    {
        lock (gate)
        {
            var repository = ApiRepository(workspace, slug);
            if (!repository.CommitLinksEnabled)
            {
                throw new BitbucketErrorException(
                    404,
                    "Resource not found",
                    System.Text.Json.Nodes.JsonValue.Create("Either the repository does not exist, or pull request commit links have not yet been indexed."));
            }

            if (!repository.Commits.Contains(sha))
            {
                throw BitbucketErrorException.NotFound();
            }

            return repository.PullRequests.Values
                .Where(p => string.Equals(p.HeadSha, sha, StringComparison.OrdinalIgnoreCase))
                .OrderBy(p => p.Id)
                .ToArray();
        }
    }
}
