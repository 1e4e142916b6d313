using System.Globalization;

namespace FakeForge.GitLab;

/// <summary>Opening and merging merge requests, and whether a project runs pipelines a merge can wait for.</summary>
public sealed partial class GitLabState
{
    private readonly HashSet<string> projectsWithPipelines = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, GitLabOpenedMergeRequest> openedMergeRequests = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>New merge requests of the project get a running pipeline: auto-merge waits for it instead of merging at once.</summary>
    public void RunPipelinesFor(string projectPath)
    {
        lock (gate)
        {
            SeedProject(projectPath);
            projectsWithPipelines.Add(projectPath);
        }
    }

    /// <summary>The merge requests opened through the API, by iid.</summary>
    public IReadOnlyList<GitLabOpenedMergeRequest> OpenedMergeRequests(string projectPath)
    {
        lock (gate)
        {
            var prefix = projectPath + "!";
            return openedMergeRequests
                .Where(pair => pair.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Select(pair => pair.Value)
                .OrderBy(mr => mr.Iid)
                .ToArray();
        }
    }

    internal IReadOnlyList<GitLabMergeRequestRecord> ListMergeRequests(string projectId, string? state, string? sourceBranch, string? targetBranch)
    {
        lock (gate)
        {
            return ApiProject(projectId).MergeRequests.Values
                .Where(mr => (state is null or "all" || mr.State == state)
                             && (sourceBranch is null || mr.SourceBranch == sourceBranch)
                             && (targetBranch is null || mr.TargetBranch == targetBranch))
                .OrderByDescending(mr => mr.CreatedAt)
                .ToArray();
        }
    }

    /// <summary>Opens a merge request; GitLab's 409 when one is already open from the same source into the same target.</summary>
    internal GitLabMergeRequestRecord CreateMergeRequest(string projectId, string sourceBranch, string targetBranch, string title, string? description)
    {
        lock (gate)
        {
            var project = ApiProject(projectId);
            var existing = project.MergeRequests.Values.FirstOrDefault(mr =>
                mr.State == "opened" && mr.SourceBranch == sourceBranch && mr.TargetBranch == targetBranch);
            if (existing is not null)
            {
                throw new GitLabApiErrorException(409, new System.Text.Json.Nodes.JsonObject
                {
                    ["message"] = new System.Text.Json.Nodes.JsonArray(
                        string.Create(CultureInfo.InvariantCulture, $"Another open merge request already exists for this source branch: !{existing.Iid}")),
                });
            }

            var iid = project.MergeRequests.Count == 0 ? 1 : project.MergeRequests.Keys.Max() + 1;
            var record = new GitLabMergeRequestRecord(nextId++, iid, string.Empty, sourceBranch, targetBranch, "opened", NowLocked());
            project.MergeRequests[iid] = record;
            openedMergeRequests[OpenedKey(project.Path, iid)] = new GitLabOpenedMergeRequest(iid, title, description, sourceBranch, targetBranch);
            return record;
        }
    }

    /// <summary>
    /// <c>PUT …/merge</c>: with <paramref name="whenPipelineSucceeds"/> in a project that runs pipelines the merge request
    /// stays open, set to merge later; otherwise it is merged now. GitLab's 405 when it is not open.
    /// </summary>
    internal (GitLabMergeRequestRecord Record, bool MergeWhenPipelineSucceeds) MergeMergeRequest(string projectId, long iid, bool whenPipelineSucceeds, bool squash)
    {
        lock (gate)
        {
            var project = ApiProject(projectId);
            var record = project.MergeRequests.GetValueOrDefault(iid) ?? throw GitLabApiErrorException.NotFound("Merge Request");
            if (record.State != "opened")
            {
                throw GitLabApiErrorException.WithMessage(405, "405 Method Not Allowed");
            }

            var waits = whenPipelineSucceeds && projectsWithPipelines.Contains(project.Path);
            if (!waits)
            {
                record = record with { State = "merged" };
                project.MergeRequests[iid] = record;
            }

            var key = OpenedKey(project.Path, iid);
            var opened = openedMergeRequests.GetValueOrDefault(key)
                ?? new GitLabOpenedMergeRequest(iid, $"Merge request {iid}", null, record.SourceBranch, record.TargetBranch);
            openedMergeRequests[key] = opened with { MergeWhenPipelineSucceeds = waits, Squash = squash, Merged = !waits };
            return (record, waits);
        }
    }

    internal GitLabOpenedMergeRequest? OpenedMergeRequest(string projectPath, long iid)
    {
        lock (gate)
        {
            return openedMergeRequests.GetValueOrDefault(OpenedKey(projectPath, iid));
        }
    }

    private static string OpenedKey(string projectPath, long iid) => string.Create(CultureInfo.InvariantCulture, $"{projectPath}!{iid}");
}
