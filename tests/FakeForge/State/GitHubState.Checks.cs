using System.Globalization;
using FakeForge.Http;
using FakeForge.State;

namespace FakeForge;

/// <summary>Check runs, per repository, newest last.</summary>
public sealed partial class GitHubState
{
    private readonly Dictionary<string, List<StoredCheckRun>> checkRuns = new(StringComparer.OrdinalIgnoreCase);
    private long nextCheckRunId = 7_000_001;

    /// <summary>The check runs created in the repository, oldest first.</summary>
    public IReadOnlyList<StoredCheckRun> CheckRuns(string owner, string name)
    {
        lock (gate)
        {
            SeedRepository(owner, name);
            return checkRuns.GetValueOrDefault(Key(owner, name))?.ToArray() ?? [];
        }
    }

    internal StoredCheckRun CreateCheckRun(string owner, string name, StoredCheckRun requested, AccessToken caller)
    {
        lock (gate)
        {
            var repository = ApiRepository(owner, name);
            var sha = ResolveCommitLocked(repository, requested.HeadSha);
            var id = nextCheckRunId++;
            var now = NowLocked();
            var completed = requested.Status == "completed";
            var run = requested with
            {
                Id = id,
                HeadSha = sha,
                StartedAt = requested.StartedAt ?? now,
                CompletedAt = completed ? requested.CompletedAt ?? now : null,
                HtmlUrl = string.Create(CultureInfo.InvariantCulture, $"{BaseUrl.AbsoluteUri}{repository.Identity.FullName}/runs/{id}"),
                CreatorLogin = caller.User.Login,
            };
            if (!checkRuns.TryGetValue(Key(owner, name), out var list))
            {
                list = [];
                checkRuns[Key(owner, name)] = list;
            }

            list.Add(run);
            return run;
        }
    }
}
