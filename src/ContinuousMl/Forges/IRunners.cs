namespace ContinuousMl.Forges;

/// <summary>
/// Self-hosted CI runners of one repository (or organisation): list them, let a new one register, remove one.
/// Kept apart from <see cref="IForge"/> so a forge offers only what it can do.
/// </summary>
public interface IRunners
{
    /// <summary>The forge's name as <c>--driver</c> spells it.</summary>
    string Forge { get; }

    /// <summary>False when the token can register a runner but not read the runner list (a GitLab registration token).</summary>
    bool CanList { get; }

    /// <summary>Every runner of the repository (or organisation), all pages.</summary>
    Task<IReadOnlyList<RegisteredRunner>> ListAsync(CancellationToken cancellationToken);

    /// <summary>
    /// What a new runner needs to register: GitHub's short-lived registration token (the runner registers itself
    /// with it), GitLab's runner authentication token (the runner is created here), Bitbucket's OAuth client.
    /// </summary>
    Task<RunnerRegistration> RegisterAsync(RunnerRegistrationRequest request, CancellationToken cancellationToken);

    /// <summary>Removes <paramref name="runner"/>; a runner that is already gone is not an error.</summary>
    /// <exception cref="RunnerBusyException">The forge refuses because the runner is running a job.</exception>
    Task RemoveAsync(RegisteredRunner runner, CancellationToken cancellationToken);

    /// <summary>
    /// The CI run (GitHub workflow run, GitLab pipeline) of the job the runner <paramref name="runnerName"/> is
    /// running, to rerun it after an interruption; null when the forge cannot tell.
    /// </summary>
    Task<string?> FindRunOfJobAsync(string runnerName, RunnerJob? job, CancellationToken cancellationToken);
}
