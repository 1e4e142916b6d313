namespace FakeForge.GitLab;

/// <summary>
/// Project runners: created with an access token (<c>POST /user/runners</c>, a <c>glrt-</c> token) or with the
/// project's legacy registration token (<c>POST /runners</c>), listed, read, removed; and the CI jobs a test queues
/// for them, which a runner program takes through GitLab's runner API (<c>/jobs/request</c>).
/// </summary>
public sealed partial class GitLabState
{
    private readonly Dictionary<long, GitLabStoredRunner> runners = [];
    private readonly Dictionary<string, string> registrationTokens = new(StringComparer.Ordinal);
    private readonly List<GitLabQueuedJob> jobs = [];
    private long nextRunnerId = 700;
    private long nextJobId = 3000;
    private int runnerRemovals;

    /// <summary>How many runners a DELETE removed.</summary>
    public int RunnerRemovals
    {
        get
        {
            lock (gate)
            {
                return runnerRemovals;
            }
        }
    }

    /// <summary>The project's runners as they stand.</summary>
    public IReadOnlyList<GitLabStoredRunner> Runners(string projectPath)
    {
        lock (gate)
        {
            return runners.Values.Where(r => r.ProjectPath.Equals(projectPath, StringComparison.OrdinalIgnoreCase)).OrderBy(r => r.Id).ToArray();
        }
    }

    /// <summary>Gives the project a legacy registration token (<c>GR1348941…</c>).</summary>
    public void AddRegistrationToken(string projectPath, string token)
    {
        lock (gate)
        {
            SeedProject(projectPath);
            registrationTokens[token] = projectPath;
        }
    }

    /// <summary>Queues a job of pipeline <paramref name="pipelineId"/> for the project's runners; returns its id.</summary>
    public long QueueJob(string projectPath, string name, long pipelineId, TimeSpan? duration = null, bool succeeds = true)
    {
        lock (gate)
        {
            SeedProject(projectPath);
            var id = nextJobId++;
            jobs.Add(new GitLabQueuedJob(id, projectPath, pipelineId, name, duration, succeeds, null, "pending", false, "glcbt-" + Guid.NewGuid().ToString("N")[..20]));
            return id;
        }
    }

    public GitLabQueuedJob? Job(long id)
    {
        lock (gate)
        {
            return jobs.FirstOrDefault(j => j.Id == id);
        }
    }

    /// <summary>Lets a job queued without a duration finish.</summary>
    public void ReleaseJob(long id)
    {
        lock (gate)
        {
            var index = jobs.FindIndex(j => j.Id == id);
            jobs[index] = jobs[index] with { Released = true };
        }
    }

    /// <summary><c>POST /user/runners</c> with <c>runner_type=project_type</c>.</summary>
    internal GitLabStoredRunner CreateProjectRunner(string projectId, string description, IReadOnlyList<string> tags, bool locked, bool runUntagged, string accessLevel)
    {
        lock (gate)
        {
            var project = ApiProject(projectId);
            return AddRunnerLocked(project.Path, description, tags, locked, runUntagged, accessLevel);
        }
    }

    /// <summary>Legacy <c>POST /runners</c>: the registration token names the project.</summary>
    internal GitLabStoredRunner RegisterWithToken(string registrationToken, string description, IReadOnlyList<string> tags, bool locked, bool runUntagged, string accessLevel)
    {
        lock (gate)
        {
            return registrationTokens.TryGetValue(registrationToken, out var path)
                ? AddRunnerLocked(path, description, tags, locked, runUntagged, accessLevel)
                : throw GitLabApiErrorException.WithMessage(403, "403 Forbidden");
        }
    }

    internal IReadOnlyList<GitLabStoredRunner> ApiProjectRunners(string projectId)
    {
        lock (gate)
        {
            var project = ApiProject(projectId);
            return runners.Values.Where(r => r.ProjectPath == project.Path).OrderBy(r => r.Id).ToArray();
        }
    }

    internal GitLabStoredRunner ApiRunner(long id)
    {
        lock (gate)
        {
            return runners.GetValueOrDefault(id) ?? throw GitLabApiErrorException.NotFound("Runner");
        }
    }

    internal (GitLabStoredRunner Runner, IReadOnlyList<GitLabQueuedJob> Jobs) ApiRunnerJobs(long id, string? status)
    {
        lock (gate)
        {
            var runner = runners.GetValueOrDefault(id) ?? throw GitLabApiErrorException.NotFound("Runner");
            return (runner, jobs.Where(j => j.RunnerId == id && (status is null || j.Status == status)).OrderByDescending(j => j.Id).ToArray());
        }
    }

    internal GitLabQueuedJob ApiJob(string projectId, long id)
    {
        lock (gate)
        {
            var project = ApiProject(projectId);
            return jobs.FirstOrDefault(j => j.Id == id && j.ProjectPath == project.Path) ?? throw GitLabApiErrorException.NotFound("Job");
        }
    }

    internal void DeleteRunner(long id)
    {
        lock (gate)
        {
            if (!runners.Remove(id))
            {
                throw GitLabApiErrorException.NotFound("Runner");
            }

            runnerRemovals++;
        }
    }

    /// <summary><c>DELETE /runners</c> with the runner's own token; an unknown token is GitLab's 403.</summary>
    internal void DeleteRunnerByToken(string token)
    {
        lock (gate)
        {
            var runner = runners.Values.FirstOrDefault(r => r.Token == token) ?? throw GitLabApiErrorException.WithMessage(403, "403 Forbidden");
            runners.Remove(runner.Id);
            runnerRemovals++;
        }
    }

    /// <summary>The runner program's <c>POST /runners/verify</c>; 403 for a token GitLab does not know.</summary>
    internal GitLabStoredRunner VerifyRunner(string token)
    {
        lock (gate)
        {
            var runner = RunnerByTokenLocked(token);
            runner = runner with { Contacted = true };
            runners[runner.Id] = runner;
            return runner;
        }
    }

    /// <summary>The runner program's <c>POST /jobs/request</c>: the oldest pending job of its project, now running.</summary>
    internal GitLabQueuedJob? RequestJob(string token)
    {
        lock (gate)
        {
            var runner = RunnerByTokenLocked(token);
            runners[runner.Id] = runner with { Contacted = true };
            var index = jobs.FindIndex(j => j.Status == "pending" && j.ProjectPath == runner.ProjectPath);
            if (index < 0)
            {
                return null;
            }

            var job = jobs[index] with { RunnerId = runner.Id, Status = "running" };
            jobs[index] = job;
            return job;
        }
    }

    /// <summary>The runner program's <c>PUT /jobs/:id</c> with the job token and a final state.</summary>
    internal GitLabQueuedJob UpdateJob(long id, string jobToken, string state)
    {
        lock (gate)
        {
            var index = jobs.FindIndex(j => j.Id == id);
            if (index < 0 || jobs[index].Token != jobToken)
            {
                throw GitLabApiErrorException.WithMessage(403, "403 Forbidden");
            }

            var job = jobs[index] with { Status = state };
            jobs[index] = job;
            return job;
        }
    }

    private GitLabStoredRunner AddRunnerLocked(string path, string description, IReadOnlyList<string> tags, bool locked, bool runUntagged, string accessLevel)
    {
        var runner = new GitLabStoredRunner(
            nextRunnerId++, path, description, tags, "glrt-" + Guid.NewGuid().ToString("N")[..20], locked, runUntagged, accessLevel, Contacted: false);
        runners[runner.Id] = runner;
        return runner;
    }

    private GitLabStoredRunner RunnerByTokenLocked(string token) =>
        runners.Values.FirstOrDefault(r => r.Token == token) ?? throw GitLabApiErrorException.WithMessage(403, "403 Forbidden");
}
