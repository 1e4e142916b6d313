using System.Text.Json.Nodes;
using ContinuousMl.EndToEnd.Checks;
using FakeForge.Bitbucket;

namespace ContinuousMl.EndToEnd.Bitbucket;

// `cml workflow rerun` on Bitbucket: start a new pipeline for the old one's target, as CML.
public class BitbucketRerunTests
{
    private const string Workspace = BitbucketPipelinesJob.Workspace;
    private const string Slug = BitbucketPipelinesJob.Slug;

    [Fact]
    public async Task Starts_a_pipeline_for_this_pipelines_target_by_default()
    {
        await using var job = await BitbucketPipelinesJob.StartAsync();
        var old = job.State.AddPipeline(Workspace, Slug, job.Environment["BITBUCKET_PIPELINE_UUID"], 42, job.HeadSha);

        var result = await job.RunAsync("workflow", "rerun");

        Assert.True(result.ExitCode == 0, result.ToString());
        var pipelines = job.State.Pipelines(Workspace, Slug);
        Assert.Equal(2, pipelines.Count);
        var started = pipelines[1];
        Assert.Equal(43, started.BuildNumber);
        Assert.Equal("PENDING", started.State);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(old.TargetJson), JsonNode.Parse(started.TargetJson)), started.TargetJson);
        Assert.Equal(BitbucketPipelinesJob.Bot, started.Creator!.Nickname);
        Assert.Contains($"{job.Web}/{Workspace}/{Slug}/pipelines/results/43", result.Stderr);
    }

    [Fact]
    public async Task An_unknown_pipeline_fails_on_one_line()
    {
        await using var job = await BitbucketPipelinesJob.StartAsync();

        var result = await job.RunAsync("workflow", "rerun", "--id", "{00000000-0000-4000-8000-000000000000}");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"cml: Bitbucket has no pipeline {{00000000-0000-4000-8000-000000000000}} in {Workspace}/{Slug} (404)", CheckCreateTests.LastLine(result.Stderr));
        Assert.Empty(job.State.Pipelines(Workspace, Slug));
    }

    [Fact]
    public async Task A_token_without_pipeline_write_is_refused_with_the_scope_named()
    {
        await using var job = await BitbucketPipelinesJob.StartAsync();
        job.State.AddPipeline(Workspace, Slug, job.Environment["BITBUCKET_PIPELINE_UUID"], 42, job.HeadSha);
        job.State.AddAccessToken("ATCTT-pipelines-read", "reader", [BitbucketScopes.Pipeline]);
        job.Environment["REPO_TOKEN"] = "ATCTT-pipelines-read";

        var result = await job.RunAsync("workflow", "rerun");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Pipelines: Write", CheckCreateTests.LastLine(result.Stderr));
        Assert.Single(job.State.Pipelines(Workspace, Slug));
    }
}
