using System.Globalization;
using System.Text;
using FakeForge.Git;
using FakeForge.Http;
using FakeForge.State;

namespace FakeForge;

/// <summary>Issues, pull requests and the commits the fake knows exist.</summary>
public sealed partial class GitHubState
{
    /// <summary>The login that owns the fork a <c>fromFork</c> pull request comes from.</summary>
    public const string ForkOwner = "contributor";

    /// <summary>
    /// Opens pull request <paramref name="number"/> (also an issue number) from <paramref name="headRef"/> at
    /// <paramref name="headSha"/> into <paramref name="baseRef"/>; the head commit becomes known to the repository.
    /// </summary>
    public void AddPullRequest(string owner, string name, int number, string headSha, string headRef = "feature", string baseRef = "main", bool fromFork = false)
    {
        lock (gate)
        {
            var repository = SeedRepository(owner, name);
            EnsureNumberFree(repository, number);
            var now = NowLocked();
            var identity = repository.Identity;
            var author = fromFork ? UserLocked(ForkOwner) : identity.Owner;
            var headRepository = fromFork
                ? new RepositoryIdentity(nextObjectId++, author, identity.Name, now, Fork: true)
                : identity;
            var baseSha = GitHashing.ObjectId("commit", Encoding.UTF8.GetBytes($"base of {baseRef}"));
            var details = new PullRequestDetails(headRef, headSha.ToLowerInvariant(), headRepository, baseRef, baseSha);
            repository.Issues[number] = new IssueRecord(nextObjectId++, number, $"Pull request #{number}", author, "open", now, now, details);
            repository.ExternalCommits.Add(headSha);
            repository.ExternalCommits.Add(baseSha);
        }
    }

    /// <summary>Closes a pull request or issue (it then no longer shows among a commit's open pull requests).</summary>
    public void CloseIssue(string owner, string name, int number)
    {
        lock (gate)
        {
            var repository = SeedRepository(owner, name);
            var issue = repository.Issues.GetValueOrDefault(number)
                ?? throw new InvalidOperationException($"{owner}/{name} has no issue or pull request #{number}");
            repository.Issues[number] = issue with { State = "closed", UpdatedAt = NowLocked() };
        }
    }

    /// <summary>Opens issue <paramref name="number"/>.</summary>
    public void AddIssue(string owner, string name, int number)
    {
        lock (gate)
        {
            var repository = SeedRepository(owner, name);
            EnsureNumberFree(repository, number);
            var now = NowLocked();
            repository.Issues[number] = new IssueRecord(nextObjectId++, number, $"Issue #{number}", repository.Identity.Owner, "open", now, now, null);
        }
    }

    /// <summary>Makes <paramref name="sha"/> a commit of the repository (as if CI had pushed it).</summary>
    public void AddCommit(string owner, string name, string sha)
    {
        lock (gate)
        {
            SeedRepository(owner, name).ExternalCommits.Add(sha);
        }
    }

    internal IssueRecord GetIssue(string owner, string name, int number)
    {
        lock (gate)
        {
            return ApiRepository(owner, name).Issues.GetValueOrDefault(number) ?? throw ApiErrorException.NotFound();
        }
    }

    internal IssueRecord GetPullRequest(string owner, string name, int number)
    {
        var issue = GetIssue(owner, name, number);
        return issue.IsPullRequest ? issue : throw ApiErrorException.NotFound();
    }

    /// <param name="state"><c>open</c>, <c>closed</c> or <c>all</c>.</param>
    internal IReadOnlyList<IssueRecord> ListPullRequests(string owner, string name, string state)
    {
        lock (gate)
        {
            // GitHub lists pull requests newest first by default.
            return ApiRepository(owner, name).Issues.Values
                .Where(i => i.IsPullRequest && (state == "all" || i.State == state))
                .OrderByDescending(i => i.Number)
                .ToArray();
        }
    }

    internal IReadOnlyList<IssueRecord> OpenPullRequestsWithHead(string owner, string name, string sha)
    {
        lock (gate)
        {
            var repository = ApiRepository(owner, name);
            var full = ResolveCommitLocked(repository, sha);
            return repository.Issues.Values
                .Where(i => i.State == "open" && i.PullRequest is { } pr && pr.HeadSha == full)
                .OrderBy(i => i.Number)
                .ToArray();
        }
    }

    /// <summary>
    /// The full sha of a commit the repository has (pushed, a pull request's head or base, or in the git database),
    /// accepting an unambiguous abbreviation; GitHub's 422 otherwise.
    /// </summary>
    private static string ResolveCommitLocked(RepositoryRecord repository, string sha)
    {
        var known = repository.ExternalCommits.Concat(repository.Git.CommitShas).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var exact = known.FirstOrDefault(k => k.Equals(sha, StringComparison.OrdinalIgnoreCase));
        if (exact is not null)
        {
            return exact.ToLowerInvariant();
        }

        var byPrefix = sha.Length >= 7 && sha.All(Uri.IsHexDigit)
            ? known.Where(k => k.StartsWith(sha, StringComparison.OrdinalIgnoreCase)).ToArray()
            : [];
        return byPrefix.Length == 1
            ? byPrefix[0].ToLowerInvariant()
            : throw new ApiErrorException(422, string.Create(CultureInfo.InvariantCulture, $"No commit found for SHA: {sha}"));
    }

    private static void EnsureNumberFree(RepositoryRecord repository, int number)
    {
        if (repository.Issues.ContainsKey(number))
        {
            throw new InvalidOperationException($"{repository.Identity.FullName} already has an issue or pull request #{number}");
        }
    }
}
