namespace FakeForge.GitLab;

/// <summary>
/// Commit statuses, with GitLab's transitions: a new name (or a finished status) adds a status, an unfinished one
/// moves to the new state, and moving an unfinished status to the state it has is refused with a 400.
/// </summary>
public sealed partial class GitLabState
{
    private static readonly Dictionary<string, string> TransitionEvents = new(StringComparer.Ordinal)
    {
        ["pending"] = "enqueue",
        ["running"] = "run",
        ["success"] = "succeed",
        ["failed"] = "drop",
        ["canceled"] = "cancel",
        ["skipped"] = "skip",
    };

    private readonly List<GitLabStoredCommitStatus> commitStatuses = [];
    private long nextCommitStatusId = 80_001;

    /// <summary>The project's commit statuses, oldest first (replaced ones included, marked retried).</summary>
    public IReadOnlyList<GitLabStoredCommitStatus> CommitStatuses(string projectPath)
    {
        lock (gate)
        {
            SeedProject(projectPath);
            return commitStatuses.Where(s => s.ProjectPath == projectPath).ToArray();
        }
    }

    internal GitLabStoredCommitStatus SetCommitStatus(string projectId, string sha, IReadOnlyDictionary<string, string> fields, GitLabAccount author)
    {
        lock (gate)
        {
            var project = ApiProject(projectId);
            if (!project.Commits.Contains(sha))
            {
                throw GitLabApiErrorException.NotFound("Commit");
            }

            var state = fields.GetValueOrDefault("state");
            if (string.IsNullOrEmpty(state))
            {
                throw GitLabApiErrorException.Missing("state");
            }

            if (!TransitionEvents.TryGetValue(state, out var transition))
            {
                throw new GitLabApiErrorException(400, new System.Text.Json.Nodes.JsonObject { ["error"] = "state does not have a valid value" });
            }

            var description = fields.GetValueOrDefault("description");
            if (description is { Length: > 255 })
            {
                throw GitLabApiErrorException.Invalid("description", "is too long (maximum is 255 characters)");
            }

            var name = fields.GetValueOrDefault("name") is { Length: > 0 } given ? given : "default";
            var targetUrl = fields.GetValueOrDefault("target_url");
            var index = commitStatuses.FindLastIndex(s => s.ProjectPath == project.Path && string.Equals(s.Sha, sha, StringComparison.OrdinalIgnoreCase) && s.Name == name && !s.Retried);
            if (index >= 0 && !commitStatuses[index].Finished)
            {
                var current = commitStatuses[index];
                if (current.State == state)
                {
                    throw GitLabApiErrorException.WithMessage(
                        400, $"Cannot transition status via :{transition} from :{current.State} (Reason(s): Status cannot transition via \"{transition}\")");
                }

                commitStatuses[index] = current with { State = state, Description = description ?? current.Description, TargetUrl = targetUrl ?? current.TargetUrl };
                return commitStatuses[index];
            }

            if (index >= 0)
            {
                commitStatuses[index] = commitStatuses[index] with { Retried = true };
            }

            var status = new GitLabStoredCommitStatus(nextCommitStatusId++, project.Path, sha.ToLowerInvariant(), name, state, description, targetUrl, author.Username, NowLocked());
            commitStatuses.Add(status);
            return status;
        }
    }
}
