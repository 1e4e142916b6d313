using ContinuousMl.Errors;

namespace ContinuousMl.Ci;

/// <summary>
/// GitLab CI/CD, detected by <c>GITLAB_CI=true</c>. Everything comes from predefined variables; the merge request
/// is known only in merge-request pipelines (<c>CI_MERGE_REQUEST_IID</c>), elsewhere the forge is asked for it.
/// </summary>
public sealed class GitLabCi : ICiEnvironment
{
    public const string EnvironmentVariableName = "GITLAB_CI";
    public const string CiName = "gitlab-ci";

    private readonly IEnvironmentVariables environment;

    public GitLabCi(IEnvironmentVariables environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        this.environment = environment;
    }

    public string Name => CiName;

    public bool IsActive => string.Equals(environment.Get(EnvironmentVariableName)?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    public Task<CiContext> ReadAsync(Action<string>? warn, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var serverUrl = Get("CI_SERVER_URL");
        var context = new CiContext
        {
            Name = CiName,
            // In merged-results pipelines CI_COMMIT_SHA is a temporary merge commit; the report is about the
            // source branch's head, which GitLab then names separately.
            Sha = Get("CI_MERGE_REQUEST_SOURCE_BRANCH_SHA") ?? Get("CI_COMMIT_SHA"),
            PullRequest = Get("CI_MERGE_REQUEST_IID"),
            Branch = Get("CI_COMMIT_BRANCH") ?? Get("CI_COMMIT_REF_NAME"),
            WorkflowId = Get("CI_PIPELINE_ID"),
            RunId = Get("CI_JOB_ID"),
            EventName = Get("CI_PIPELINE_SOURCE"),
            IsForkPullRequest = IsFromFork(),
            RepositoryUrl = Repository(serverUrl, warn),
            ApiUrl = Get("CI_API_V4_URL"),
            ServerUrl = serverUrl,
            BaseBranch = Get("CI_MERGE_REQUEST_TARGET_BRANCH_NAME"),
        };
        return Task.FromResult(context);
    }

    private string? Get(string name)
    {
        var value = environment.Get(name);
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    // A fork's merge request runs in the fork's project, without the parent's masked variables.
    private bool IsFromFork() =>
        Get("CI_MERGE_REQUEST_SOURCE_PROJECT_ID") is { } source
        && Get("CI_MERGE_REQUEST_PROJECT_ID") is { } target
        && !string.Equals(source, target, StringComparison.Ordinal);

    private string? Repository(string? serverUrl, Action<string>? warn)
    {
        if (Get("CI_PROJECT_URL") is { } projectUrl)
        {
            if (RepositoryUrl.TryParse(projectUrl, out var parsed))
            {
                return parsed.ToString();
            }

            warn?.Invoke("CI_PROJECT_URL is not a project URL; trying CI_SERVER_URL and CI_PROJECT_PATH");
        }

        if (serverUrl is null || Get("CI_PROJECT_PATH") is not { } path)
        {
            return null;
        }

        try
        {
            return RepositoryUrl.FromSlug(serverUrl, path).ToString();
        }
        catch (CmlException exception)
        {
            warn?.Invoke($"CI_SERVER_URL/CI_PROJECT_PATH do not make a project URL: {exception.Message}");
            return null;
        }
    }
}
