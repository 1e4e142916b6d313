using FakeForge.Http;

namespace FakeForge;

/// <summary>GitHub Actions workflow runs: read, cancel (finishing after a few reads) and rerun.</summary>
public sealed partial class GitHubState
{
    private readonly Dictionary<(string Repository, long Id), StoredWorkflowRun> workflowRuns = [];

    /// <summary>Adds workflow run <paramref name="id"/> for <paramref name="headSha"/>.</summary>
    /// <param name="status"><c>queued</c>, <c>in_progress</c> or <c>completed</c>.</param>
    /// <param name="conclusion">For a completed run: <c>success</c>, <c>failure</c>, …</param>
    /// <param name="pollsUntilCancelled">How many reads after a cancel the run still shows as running.</param>
    public void AddWorkflowRun(string owner, string name, long id, string headSha, string status = "completed", string? conclusion = "failure", int pollsUntilCancelled = 0)
    {
        lock (gate)
        {
            SeedRepository(owner, name);
            workflowRuns[(Key(owner, name), id)] = new StoredWorkflowRun(
                id, headSha, status, status == "completed" ? conclusion : null, 1, pollsUntilCancelled, false, 0, 0, NowLocked());
        }
    }

    /// <summary>The run as it stands, or null.</summary>
    public StoredWorkflowRun? WorkflowRun(string owner, string name, long id)
    {
        lock (gate)
        {
            return workflowRuns.GetValueOrDefault((Key(owner, name), id));
        }
    }

    /// <summary>A read through the API: a cancelled run counts down to finishing.</summary>
    internal StoredWorkflowRun ReadWorkflowRun(string owner, string name, long id)
    {
        lock (gate)
        {
            var run = ApiWorkflowRunLocked(owner, name, id);
            if (run.CancelRequested && run.Status != "completed")
            {
                run = run.PollsUntilCancelled <= 0
                    ? run with { Status = "completed", Conclusion = "cancelled" }
                    : run with { PollsUntilCancelled = run.PollsUntilCancelled - 1 };
                workflowRuns[(Key(owner, name), id)] = run;
            }

            return run;
        }
    }

    internal void CancelWorkflowRun(string owner, string name, long id)
    {
        lock (gate)
        {
            var run = ApiWorkflowRunLocked(owner, name, id);
            if (run.Status == "completed")
            {
                throw new ApiErrorException(409, "Cannot cancel a workflow run that is completed.");
            }

            workflowRuns[(Key(owner, name), id)] = run with { CancelRequested = true, CancelCount = run.CancelCount + 1 };
        }
    }

    internal void RerunWorkflowRun(string owner, string name, long id)
    {
        lock (gate)
        {
            var run = ApiWorkflowRunLocked(owner, name, id);
            if (run.Status != "completed")
            {
                throw new ApiErrorException(403, "This workflow is already running");
            }

            workflowRuns[(Key(owner, name), id)] = run with
            {
                Status = "queued",
                Conclusion = null,
                RunAttempt = run.RunAttempt + 1,
                CancelRequested = false,
                RerunCount = run.RerunCount + 1,
            };
        }
    }

    private StoredWorkflowRun ApiWorkflowRunLocked(string owner, string name, long id)
    {
        ApiRepository(owner, name);
        return workflowRuns.GetValueOrDefault((Key(owner, name), id)) ?? throw ApiErrorException.NotFound();
    }
}
