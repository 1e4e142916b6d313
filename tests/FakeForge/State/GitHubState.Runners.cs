using FakeForge.Http;

namespace FakeForge;

/// <summary>
/// Self-hosted runners: registration tokens, the runners a (fake) runner program registered with them, their
/// online/busy state, and jobs queued for them. A runner program talks to the small <c>/_fake/runners</c>
/// protocol (tests/FakeRunner) the way the real one talks to GitHub's Actions service.
/// </summary>
public sealed partial class GitHubState
{
    private readonly Dictionary<string, string> registrationTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<long, StoredRunner> runners = [];
    private readonly List<QueuedRunnerJob> runnerJobs = [];
    private long nextRunnerId = 20;
    private long nextRunnerJobId = 9000;
    private int runnerRemovals;

    /// <summary>How many DELETE calls removed a runner.</summary>
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

    /// <summary>The runners of <c>owner/name</c> (or <c>org:name</c>) as they stand.</summary>
    public IReadOnlyList<StoredRunner> Runners(string scope)
    {
        lock (gate)
        {
            return runners.Values.Where(r => r.Scope.Equals(scope, StringComparison.OrdinalIgnoreCase)).OrderBy(r => r.Id).ToArray();
        }
    }

    /// <summary>Registers a runner directly (one that exists before the test's cml starts).</summary>
    public long AddRunner(string scope, string name, IReadOnlyList<string> labels, bool online = true, bool busy = false)
    {
        lock (gate)
        {
            var id = nextRunnerId++;
            runners[id] = new StoredRunner(id, scope, name, labels, online ? "online" : "offline", busy, Ephemeral: false);
            return id;
        }
    }

    /// <summary>Queues a job for the scope's runners; returns its id.</summary>
    public long QueueRunnerJob(string scope, string name, long? runId = null, TimeSpan? duration = null, string result = "Succeeded")
    {
        lock (gate)
        {
            var id = nextRunnerJobId++;
            runnerJobs.Add(new QueuedRunnerJob(id, scope, name, runId, duration, result, null, false, false));
            return id;
        }
    }

    /// <summary>Lets a job queued without a duration finish.</summary>
    public void ReleaseRunnerJob(long id)
    {
        lock (gate)
        {
            var index = runnerJobs.FindIndex(j => j.Id == id);
            runnerJobs[index] = runnerJobs[index] with { Released = true };
        }
    }

    public QueuedRunnerJob? RunnerJob(long id)
    {
        lock (gate)
        {
            return runnerJobs.FirstOrDefault(j => j.Id == id);
        }
    }

    internal string CreateRegistrationToken(string scope)
    {
        lock (gate)
        {
            var token = "AABF" + Guid.NewGuid().ToString("N")[..24].ToUpperInvariant();
            registrationTokens[token] = scope;
            return token;
        }
    }

    internal StoredRunner RegisterRunner(string registrationToken, string url, string name, IReadOnlyList<string> labels, bool ephemeral)
    {
        lock (gate)
        {
            if (!registrationTokens.TryGetValue(registrationToken, out var scope))
            {
                throw new ApiErrorException(404, "Not Found: the registration token is unknown or expired");
            }

            var expected = scope.StartsWith("org:", StringComparison.Ordinal) ? scope[4..] : scope;
            if (!url.TrimEnd('/').EndsWith("/" + expected, StringComparison.OrdinalIgnoreCase))
            {
                throw new ApiErrorException(404, $"Not Found: the token was issued for {expected}, not {url}");
            }

            if (runners.Values.Any(r => r.Scope == scope && r.Name == name))
            {
                throw new ApiErrorException(409, $"A runner exists with the same name {name}");
            }

            var id = nextRunnerId++;
            var runner = new StoredRunner(id, scope, name, ["self-hosted", "Linux", "X64", .. labels], "offline", false, ephemeral);
            runners[id] = runner;
            return runner;
        }
    }

    internal IReadOnlyList<StoredRunner> ApiRunners(string scope)
    {
        lock (gate)
        {
            if (!scope.StartsWith("org:", StringComparison.Ordinal))
            {
                var slash = scope.IndexOf('/', StringComparison.Ordinal);
                ApiRepository(scope[..slash], scope[(slash + 1)..]);
            }

            return runners.Values.Where(r => r.Scope.Equals(scope, StringComparison.OrdinalIgnoreCase)).OrderBy(r => r.Id).ToArray();
        }
    }

    internal void RemoveRunner(string scope, long id)
    {
        lock (gate)
        {
            if (!runners.TryGetValue(id, out var runner) || !runner.Scope.Equals(scope, StringComparison.OrdinalIgnoreCase))
            {
                throw ApiErrorException.NotFound();
            }

            if (runner.Busy)
            {
                throw new ApiErrorException(422, $"Bad request - Runner \"{runner.Name}\" is still running a job\"");
            }

            runners.Remove(id);
            runnerRemovals++;
        }
    }

    /// <summary>The runner program says it is online or offline; a runner removed meanwhile answers 404.</summary>
    internal void SetRunnerStatus(long id, string status)
    {
        lock (gate)
        {
            var runner = runners.GetValueOrDefault(id) ?? throw ApiErrorException.NotFound();
            runners[id] = runner with { Status = status };
        }
    }

    /// <summary>The next queued job for the runner, which becomes busy with it; null when none waits.</summary>
    internal QueuedRunnerJob? TakeRunnerJob(long runnerId)
    {
        lock (gate)
        {
            var runner = runners.GetValueOrDefault(runnerId) ?? throw ApiErrorException.NotFound();
            var index = runnerJobs.FindIndex(j => j.RunnerName is null && j.Scope.Equals(runner.Scope, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                return null;
            }

            var job = runnerJobs[index] with { RunnerName = runner.Name };
            runnerJobs[index] = job;
            runners[runnerId] = runner with { Busy = true };
            return job;
        }
    }

    internal void FinishRunnerJob(long jobId)
    {
        lock (gate)
        {
            var index = runnerJobs.FindIndex(j => j.Id == jobId);
            if (index < 0)
            {
                throw ApiErrorException.NotFound();
            }

            var job = runnerJobs[index] with { Finished = true };
            runnerJobs[index] = job;
            var runner = runners.Values.FirstOrDefault(r => r.Name == job.RunnerName && r.Scope == job.Scope);
            if (runner is not null)
            {
                if (runner.Ephemeral)
                {
                    runners.Remove(runner.Id);
                }
                else
                {
                    runners[runner.Id] = runner with { Busy = false };
                }
            }
        }
    }

    /// <summary>The in-progress workflow runs of a repository (runs with a job some runner is working on count too).</summary>
    internal IReadOnlyList<StoredWorkflowRun> WorkflowRunsWithStatus(string owner, string name, string? status)
    {
        lock (gate)
        {
            ApiRepository(owner, name);
            return workflowRuns
                .Where(pair => pair.Key.Repository == Key(owner, name) && (status is null || pair.Value.Status == status))
                .Select(pair => pair.Value)
                .OrderByDescending(run => run.Id)
                .ToArray();
        }
    }

    /// <summary>The jobs of a run, as far as runners took them.</summary>
    internal IReadOnlyList<QueuedRunnerJob> RunJobs(string owner, string name, long runId)
    {
        lock (gate)
        {
            ApiWorkflowRunLocked(owner, name, runId);
            return runnerJobs.Where(j => j.RunId == runId && j.Scope == Key(owner, name)).ToArray();
        }
    }

    internal static string RepositoryScope(string owner, string name) => Key(owner, name);

    internal static string OrganisationScope(string organisation) => "org:" + organisation.ToLowerInvariant();
}
