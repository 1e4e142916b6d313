using ContinuousMl.EndToEnd.Bitbucket;
using ContinuousMl.EndToEnd.Infrastructure;

namespace ContinuousMl.EndToEnd.PullRequests;

// `cml pr create` end to end on Bitbucket Cloud: a branch pipeline on `feature`, the real git against a bare remote
// on disk, pull requests on FakeForge.
public class BitbucketPullRequestTests
{
    private const string Workspace = BitbucketPipelinesJob.Workspace;
    private const string Slug = BitbucketPipelinesJob.Slug;

    [Fact]
    public async Task Opens_a_pull_request_and_a_rerun_reuses_it()
    {
        await using var job = await BitbucketPipelinesJob.StartAsync(pullRequestPipeline: false);
        using var remote = BareRemote.For(job.Checkout, "feature");
        var sha = job.HeadSha;
        job.Checkout.Write("models/model.pkl", "model");

        var first = await job.RunAsync("pr", "create", "models/*.pkl");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal($"{job.Web}/{Workspace}/{Slug}/pull-requests/1", first.Stdout.Trim());
        var branch = $"feature-cml-pr-{sha[..8]}";
        var opened = Assert.Single(job.State.OpenedPullRequests(Workspace, Slug));
        Assert.Equal((branch, "feature", $"CML PR for feature {sha[..8]}"), (opened.SourceBranch, opened.DestinationBranch, opened.Title));
        Assert.Equal("models/model.pkl", remote.Git("diff-tree", "--no-commit-id", "--name-only", "-r", branch).Trim());

        job.Checkout.Git("checkout", "-q", "--detach", sha);
        job.Checkout.Write("models/model.pkl", "model");
        var second = await job.RunAsync("pr", "create", "models/*.pkl", "--md");

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal($"[CML's Pull Request]({job.Web}/{Workspace}/{Slug}/pull-requests/1)", second.Stdout.Trim());
        Assert.Single(job.State.OpenedPullRequests(Workspace, Slug));
        Assert.DoesNotContain(BitbucketPipelinesJob.Token, first.Stdout + first.Stderr + second.Stdout + second.Stderr);
        Assert.DoesNotContain(BitbucketPipelinesJob.Token, File.ReadAllText(Path.Combine(job.Checkout.Root, ".git", "config")));
    }

    [Fact]
    public async Task Merge_warns_that_Bitbucket_has_no_auto_merge_and_merges_now()
    {
        await using var job = await BitbucketPipelinesJob.StartAsync(pullRequestPipeline: false);
        using var remote = BareRemote.For(job.Checkout, "feature");
        job.Checkout.Write("metrics.json", "{}");

        var result = await job.RunAsync("pr", "create", "metrics.json", "--rebase");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Auto-merge is unsupported by Bitbucket Cloud; see https://jira.atlassian.com/browse/BCLOUD-14286. Trying to merge immediately...", result.Stderr);
        var opened = Assert.Single(job.State.OpenedPullRequests(Workspace, Slug));
        Assert.Equal("fast_forward", opened.MergeStrategy);
        Assert.True(opened.CloseSourceBranch);
    }
}
