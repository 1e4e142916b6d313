namespace ContinuousMl.Forges;

/// <summary>
/// Runs a CI run again: a GitHub Actions workflow run, a GitLab pipeline, a Bitbucket pipeline. Kept apart from
/// <see cref="IForge"/> so a forge offers only what it can do.
/// </summary>
public interface IPipelines
{
    /// <summary>How the forge calls one run, for messages: <c>workflow run</c>, <c>pipeline</c>.</summary>
    string RunNoun { get; }

    /// <summary>Reruns run <paramref name="id"/> (cancelling it first when the forge needs that) and says what started.</summary>
    Task<RerunOutcome> RerunAsync(string id, CancellationToken cancellationToken);
}
