using ContinuousMl.Git;

namespace ContinuousMl.Ci;

/// <summary>
/// Chooses the first <see cref="ICiEnvironment"/> that applies, in the order given. The list is explicit (no
/// assembly scanning) and should end with <see cref="LocalGit"/>, which always applies.
/// </summary>
public sealed class CiDetector
{
    private readonly IReadOnlyList<ICiEnvironment> environments;

    public CiDetector(IEnumerable<ICiEnvironment> environments)
    {
        ArgumentNullException.ThrowIfNull(environments);
        this.environments = environments.ToArray();
        if (this.environments.Count == 0)
        {
            throw new ArgumentException("at least one CI environment is needed", nameof(environments));
        }
    }

    /// <summary>The environments in the order they are tried.</summary>
    public IReadOnlyList<ICiEnvironment> Environments => environments;

    /// <summary>The CIs we know, in order: GitHub Actions, GitLab CI, Bitbucket Pipelines, then the local git checkout.</summary>
    public static CiDetector CreateDefault(IEnvironmentVariables environment, GitCli git) =>
        new([new GitHubActions(environment), new GitLabCi(environment), new BitbucketPipelines(environment), new LocalGit(git)]);

    /// <summary>The first environment that applies, else the last one (the local fallback). Cheap: no I/O.</summary>
    public ICiEnvironment Detect()
    {
        foreach (var environment in environments)
        {
            if (environment.IsActive)
            {
                return environment;
            }
        }

        return environments[^1];
    }

    /// <summary>Detects the environment and reads its context, collecting warnings instead of logging them.</summary>
    public async Task<CiDetection> DetectAsync(CancellationToken cancellationToken = default)
    {
        var environment = Detect();
        var warnings = new List<string>();
        var context = await environment.ReadAsync(warnings.Add, cancellationToken).ConfigureAwait(false);
        return new CiDetection(environment, context, warnings);
    }
}
