using System.Text.Json.Nodes;

namespace FakeForge.Bitbucket;

/// <summary>Pipelines: seeded ones, and those started through the API with a target.</summary>
public sealed partial class BitbucketState
{
    private readonly Dictionary<string, List<BitbucketStoredPipeline>> pipelines = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Adds a finished pipeline that ran for branch <paramref name="branch"/> at <paramref name="sha"/>.</summary>
    public BitbucketStoredPipeline AddPipeline(string workspace, string slug, string uuid, long buildNumber, string sha, string branch = "feature")
    {
        var target = new JsonObject
        {
            ["type"] = "pipeline_ref_target",
            ["ref_type"] = "branch",
            ["ref_name"] = branch,
            ["commit"] = new JsonObject { ["type"] = "commit", ["hash"] = sha },
            ["selector"] = new JsonObject { ["type"] = "branches", ["pattern"] = branch },
        };
        lock (gate)
        {
            var pipeline = new BitbucketStoredPipeline(uuid, buildNumber, target.ToJsonString(), "COMPLETED", null, NowLocked());
            PipelinesLocked(SeedRepository(workspace, slug)).Add(pipeline);
            return pipeline;
        }
    }

    /// <summary>The repository's pipelines, oldest first.</summary>
    public IReadOnlyList<BitbucketStoredPipeline> Pipelines(string workspace, string slug)
    {
        lock (gate)
        {
            return PipelinesLocked(SeedRepository(workspace, slug)).ToArray();
        }
    }

    internal BitbucketStoredPipeline GetPipeline(string workspace, string slug, string uuid)
    {
        lock (gate)
        {
            return PipelinesLocked(ApiRepository(workspace, slug)).FirstOrDefault(p => string.Equals(p.Uuid, uuid, StringComparison.OrdinalIgnoreCase))
                ?? throw BitbucketErrorException.NotFound();
        }
    }

    internal BitbucketStoredPipeline StartPipeline(string workspace, string slug, JsonObject target, BitbucketUser creator)
    {
        lock (gate)
        {
            var list = PipelinesLocked(ApiRepository(workspace, slug));
            var number = list.Count == 0 ? 1 : list.Max(p => p.BuildNumber) + 1;
            var pipeline = new BitbucketStoredPipeline("{" + Guid.NewGuid().ToString("D") + "}", number, target.ToJsonString(), "PENDING", creator, NowLocked());
            list.Add(pipeline);
            return pipeline;
        }
    }

    private List<BitbucketStoredPipeline> PipelinesLocked(BitbucketRepositoryRecord repository)
    {
        var key = Key(repository.Workspace, repository.Slug);
        if (!pipelines.TryGetValue(key, out var list))
        {
            list = [];
            pipelines[key] = list;
        }

        return list;
    }
}
