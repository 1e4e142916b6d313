using ContinuousMl.EndToEnd.GitLab;
using ContinuousMl.EndToEnd.Infrastructure;

namespace ContinuousMl.EndToEnd.PullRequests;

// `cml pr create` end to end on GitLab: a branch pipeline on `feature`, the real git against a bare remote on disk,
// merge requests on FakeForge.
public class GitLabMergeRequestTests
{
    [Fact]
    public async Task Opens_a_merge_request_and_prints_CMLs_markdown_link()
    {
        await using var job = await GitLabCiJob.StartAsync(mergeRequestPipeline: false);
        using var remote = BareRemote.For(job.Workspace, "feature");
        var sha = job.HeadSha;
        job.Workspace.Write("metrics.json", "{\"accuracy\": 0.93}");

        var result = await job.RunAsync("pr", "create", "metrics.json", "--md", "--skip-ci");

        Assert.True(result.ExitCode == 0, result.ToString());
        // Merge request !7 was there already: this is the next one.
        Assert.Equal($"[CML's Merge Request]({job.ProjectUrl}/-/merge_requests/8)", result.Stdout.Trim());
        var branch = $"feature-cml-pr-{sha[..8]}";
        var opened = Assert.Single(job.State.OpenedMergeRequests(job.ProjectPath));
        Assert.Equal((branch, "feature"), (opened.SourceBranch, opened.TargetBranch));
        Assert.Equal($"CML PR for feature {sha[..8]} [skip ci]", opened.Title);
        Assert.Equal($"\nAutomated commits for {job.ProjectUrl}/commit/{sha} created by CML.\n      ", opened.Description);
        Assert.Equal($"CML PR for {sha[..8]} [skip ci]", remote.Git("log", "-1", "--format=%s", branch).Trim());
        Assert.DoesNotContain(GitLabCiJob.Token, result.Stdout + result.Stderr);
        Assert.DoesNotContain(GitLabCiJob.Token, File.ReadAllText(Path.Combine(job.Workspace.Root, ".git", "config")));
    }

    [Fact]
    public async Task A_rerun_reuses_the_open_merge_request()
    {
        await using var job = await GitLabCiJob.StartAsync(mergeRequestPipeline: false);
        using var remote = BareRemote.For(job.Workspace, "feature");
        var sha = job.HeadSha;
        job.Workspace.Write("metrics.json", "{}");
        var first = await job.RunAsync("pr", "create", "metrics.json");
        job.Workspace.Git("checkout", "-q", "--detach", sha);
        job.Workspace.Write("metrics.json", "{}");

        var second = await job.RunAsync("pr", "create", "metrics.json");

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal($"{job.ProjectUrl}/-/merge_requests/8", second.Stdout.Trim());
        Assert.Equal(first.Stdout, second.Stdout);
        Assert.Single(job.State.OpenedMergeRequests(job.ProjectPath));
    }

    [Fact]
    public async Task Squash_sets_merge_when_pipeline_succeeds_where_a_pipeline_runs()
    {
        await using var job = await GitLabCiJob.StartAsync(mergeRequestPipeline: false);
        using var remote = BareRemote.For(job.Workspace, "feature");
        job.State.RunPipelinesFor(job.ProjectPath);
        job.Workspace.Write("metrics.json", "{}");

        var result = await job.RunAsync("pr", "create", "metrics.json", "--squash");

        Assert.True(result.ExitCode == 0, result.ToString());
        var opened = Assert.Single(job.State.OpenedMergeRequests(job.ProjectPath));
        Assert.True(opened.MergeWhenPipelineSucceeds);
        Assert.True(opened.Squash);
        Assert.False(opened.Merged);
    }

    [Fact]
    public async Task Merge_merges_at_once_without_a_pipeline_to_wait_for()
    {
        await using var job = await GitLabCiJob.StartAsync(mergeRequestPipeline: false);
        using var remote = BareRemote.For(job.Workspace, "feature");
        job.Workspace.Write("metrics.json", "{}");

        var result = await job.RunAsync("pr", "create", "metrics.json", "--merge");

        Assert.True(result.ExitCode == 0, result.ToString());
        var opened = Assert.Single(job.State.OpenedMergeRequests(job.ProjectPath));
        Assert.True(opened.Merged);
        Assert.False(opened.Squash);
    }

    [Fact]
    public async Task Rebase_is_refused_before_anything_is_pushed()
    {
        await using var job = await GitLabCiJob.StartAsync(mergeRequestPipeline: false);
        using var remote = BareRemote.For(job.Workspace, "feature");
        job.Workspace.Write("metrics.json", "{}");

        var result = await job.RunAsync("pr", "create", "metrics.json", "--rebase");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("cml: --rebase: gitlab cannot merge that way", result.Stderr.Trim().Split('\n')[^1]);
        Assert.Equal(["feature"], remote.Branches());
        Assert.Empty(job.State.OpenedMergeRequests(job.ProjectPath));
    }
}
