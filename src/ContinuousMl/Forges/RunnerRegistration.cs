namespace ContinuousMl.Forges;

/// <summary>What the runner program needs to connect; every value is a secret except the ids.</summary>
/// <param name="Token">GitHub's registration token, or GitLab's runner authentication token (<c>glrt-…</c>).</param>
/// <param name="RunnerId">The runner's id when the forge created it here (GitLab, Bitbucket); null on GitHub.</param>
public sealed record RunnerRegistration(string Token, string? RunnerId)
{
    /// <summary>The server URL the runner program connects to (GitLab's root); null to use the repository's.</summary>
    public string? ServerUrl { get; init; }

    /// <summary>Bitbucket's runner OAuth client id.</summary>
    public string? OAuthClientId { get; init; }

    /// <summary>Bitbucket's runner OAuth client secret.</summary>
    public string? OAuthClientSecret { get; init; }

    /// <summary>Bitbucket's workspace (account) UUID.</summary>
    public string? AccountUuid { get; init; }

    /// <summary>Bitbucket's repository UUID.</summary>
    public string? RepositoryUuid { get; init; }
}
