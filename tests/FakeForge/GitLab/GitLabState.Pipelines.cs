namespace FakeForge.GitLab;

/// <summary>Pipelines: read, cancel (an unfinished one becomes canceled) and retry (a failed or canceled one is pending again).</summary>
public sealed partial class GitLabState
{
    private static readonly HashSet<string> UnfinishedPipelineStatuses =
        ["created", "waiting_for_resource", "preparing", "pending", "running", "scheduled"];

    private readonly Dictionary<long, GitLabStoredPipeline> pipelines = [];

    /// <summary>Adds pipeline <paramref name="id"/> of the project for <paramref name="sha"/>.</summary>
    public void AddPipeline(string projectPath, long id, string sha, string status = "failed", string @ref = "feature")
    {
        lock (gate)
        {
            SeedProject(projectPath).Commits.Add(sha);
            pipelines[id] = new GitLabStoredPipeline(id, projectPath, sha.ToLowerInvariant(), @ref, status, 0, 0, NowLocked());
        }
    }

    public GitLabStoredPipeline? Pipeline(long id)
    {
        lock (gate)
        {
            return pipelines.GetValueOrDefault(id);
        }
    }

    internal GitLabStoredPipeline ReadPipeline(string projectId, long id)
    {
        lock (gate)
        {
            return ApiPipelineLocked(projectId, id);
        }
    }

    internal GitLabStoredPipeline CancelPipeline(string projectId, long id)
    {
        lock (gate)
        {
            var pipeline = ApiPipelineLocked(projectId, id);
            pipeline = pipeline with
            {
                Status = UnfinishedPipelineStatuses.Contains(pipeline.Status) ? "canceled" : pipeline.Status,
                CancelCount = pipeline.CancelCount + 1,
            };
            pipelines[id] = pipeline;
            return pipeline;
        }
    }

    internal GitLabStoredPipeline RetryPipeline(string projectId, long id)
    {
        lock (gate)
        {
            var pipeline = ApiPipelineLocked(projectId, id);
            pipeline = pipeline with
            {
                Status = pipeline.Status is "failed" or "canceled" ? "pending" : pipeline.Status,
                RetryCount = pipeline.RetryCount + 1,
            };
            pipelines[id] = pipeline;
            return pipeline;
        }
    }

    private GitLabStoredPipeline ApiPipelineLocked(string projectId, long id)
    {
        var project = ApiProject(projectId);
        return pipelines.TryGetValue(id, out var pipeline) && pipeline.ProjectPath == project.Path
            ? pipeline
            : throw GitLabApiErrorException.WithMessage(404, "404 Not found");
    }
}
