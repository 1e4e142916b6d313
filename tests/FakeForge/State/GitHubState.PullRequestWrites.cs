using System.Globalization;
using System.Text;
using FakeForge.Git;
using FakeForge.Http;
using FakeForge.Json;
using FakeForge.State;

namespace FakeForge;

/// <summary>Opening and merging pull requests, auto-merge, and the repository settings that decide it.</summary>
public sealed partial class GitHubState
{
    private readonly HashSet<string> autoMergeRepositories = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> protectedBranches = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, OpenedPullRequest> openedPullRequests = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Turns on the repository setting "Allow auto-merge".</summary>
    public void AllowAutoMerge(string owner, string name)
    {
        lock (gate)
        {
            SeedRepository(owner, name);
            autoMergeRepositories.Add(Key(owner, name));
        }
    }

    /// <summary>Protects <paramref name="branch"/> with a required status check, so auto-merge has something to wait for.</summary>
    public void ProtectBranch(string owner, string name, string branch)
    {
        lock (gate)
        {
            SeedRepository(owner, name);
            protectedBranches.Add($"{Key(owner, name)}:{branch}");
        }
    }

    /// <summary>The pull requests opened through the API, by number.</summary>
    public IReadOnlyList<OpenedPullRequest> OpenedPullRequests(string owner, string name)
    {
        lock (gate)
        {
            var prefix = Key(owner, name) + "#";
            return openedPullRequests
                .Where(pair => pair.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Select(pair => pair.Value)
                .OrderBy(pr => pr.Number)
                .ToArray();
        }
    }

    /// <summary>Opens a pull request; GitHub's 422 when one is already open between the same branches.</summary>
    internal IssueRecord CreatePullRequest(string owner, string name, string title, string head, string baseRef, string? body, AccessToken caller)
    {
        lock (gate)
        {
            var repository = ApiRepository(owner, name);
            var headRef = head.Contains(':', StringComparison.Ordinal) ? head[(head.IndexOf(':', StringComparison.Ordinal) + 1)..] : head;
            if (repository.Issues.Values.Any(i => i.State == "open" && i.PullRequest is { } pr && pr.HeadRef == headRef && pr.BaseRef == baseRef))
            {
                throw ApiErrorException.ValidationFailed("PullRequest", "head", "custom", $"A pull request already exists for {owner}:{headRef}.");
            }

            var number = repository.Issues.Count == 0 ? 1 : repository.Issues.Keys.Max() + 1;
            var now = NowLocked();
            var details = new PullRequestDetails(
                headRef,
                GitHashing.ObjectId("commit", Encoding.UTF8.GetBytes($"head of {headRef}")),
                repository.Identity,
                baseRef,
                GitHashing.ObjectId("commit", Encoding.UTF8.GetBytes($"base of {baseRef}")));
            var issue = new IssueRecord(nextObjectId++, number, title, caller.User, "open", now, now, details);
            repository.Issues[number] = issue;
            openedPullRequests[PullKey(owner, name, number)] = new OpenedPullRequest(number, title, body, headRef, baseRef);
            return issue;
        }
    }

    /// <summary>Merges an open pull request; GitHub's 405 when it is not open.</summary>
    internal void MergePullRequest(string owner, string name, int number, string method)
    {
        lock (gate)
        {
            var repository = ApiRepository(owner, name);
            var issue = repository.Issues.GetValueOrDefault(number);
            if (issue is not { IsPullRequest: true })
            {
                throw ApiErrorException.NotFound();
            }

            if (issue.State != "open")
            {
                throw new ApiErrorException(405, "Pull Request is not mergeable");
            }

            repository.Issues[number] = issue with { State = "closed", UpdatedAt = NowLocked() };
            var key = PullKey(owner, name, number);
            var opened = openedPullRequests.GetValueOrDefault(key)
                ?? new OpenedPullRequest(number, issue.Title, null, issue.PullRequest!.HeadRef, issue.PullRequest.BaseRef);
            openedPullRequests[key] = opened with { MergedWith = method };
        }
    }

    internal bool IsBranchProtected(string owner, string name, string branch)
    {
        lock (gate)
        {
            ApiRepository(owner, name);
            return protectedBranches.Contains($"{Key(owner, name)}:{branch}");
        }
    }

    /// <summary>
    /// GraphQL's <c>enablePullRequestAutoMerge</c> on the pull request whose node id is <paramref name="nodeId"/>: null
    /// when enabled, else the message GitHub answers in <c>errors</c>.
    /// </summary>
    internal string? EnableAutoMerge(string nodeId, string method)
    {
        lock (gate)
        {
            foreach (var repository in repositories.Values)
            {
                var issue = repository.Issues.Values.FirstOrDefault(i => i.IsPullRequest && NodeIds.For("PullRequest", i.Id) == nodeId);
                if (issue is null)
                {
                    continue;
                }

                var owner = repository.Identity.Owner.Login;
                var name = repository.Identity.Name;
                if (!autoMergeRepositories.Contains(Key(owner, name)))
                {
                    return "Pull request Auto merge is not allowed for this repository";
                }

                if (!protectedBranches.Contains($"{Key(owner, name)}:{issue.PullRequest!.BaseRef}"))
                {
                    // Nothing to wait for: GitHub wants the pull request merged instead.
                    return "Pull request is in clean status";
                }

                var key = PullKey(owner, name, issue.Number);
                var opened = openedPullRequests.GetValueOrDefault(key)
                    ?? new OpenedPullRequest(issue.Number, issue.Title, null, issue.PullRequest.HeadRef, issue.PullRequest.BaseRef);
                openedPullRequests[key] = opened with { AutoMergeMethod = method };
                return null;
            }

            return $"Could not resolve to a node with the global id of '{nodeId}'";
        }
    }

    private static string PullKey(string owner, string name, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"{Key(owner, name)}#{number}");
}
