using ContinuousMl.Forges;

namespace ContinuousMl.Tests.PullRequests;

/// <summary>A forge's pull requests in memory: what was opened, and what is open.</summary>
internal sealed class RecordingPullRequests : IPullRequests
{
    public List<NewPullRequest> Created { get; } = [];

    public List<PullRequestRef> Open { get; } = [];

    public Task<PullRequestRef?> FindOpenAsync(string sourceBranch, string targetBranch, CancellationToken cancellationToken) =>
        Task.FromResult(Open.FirstOrDefault(p => p.SourceBranch == sourceBranch && p.TargetBranch == targetBranch));

    public Task<PullRequestRef> CreateAsync(NewPullRequest pullRequest, CancellationToken cancellationToken)
    {
        Created.Add(pullRequest);
        var number = (Open.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var created = new PullRequestRef(number, $"https://forge.example/pull/{number}", pullRequest.SourceBranch, pullRequest.TargetBranch);
        Open.Add(created);
        return Task.FromResult(created);
    }

    public bool CanMerge(MergeMethod method) => true;

    public Task<AutoMergeOutcome> MergeAsync(PullRequestRef pullRequest, MergeMethod method, CancellationToken cancellationToken) =>
        Task.FromResult(AutoMergeOutcome.Merged);
}
