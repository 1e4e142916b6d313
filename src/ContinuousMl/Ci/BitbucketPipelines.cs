namespace ContinuousMl.Ci;

/// <summary>
/// Bitbucket Pipelines, detected by <c>BITBUCKET_BUILD_NUMBER</c> (Danger's test), <c>BITBUCKET_PIPELINE_UUID</c>
/// (Nuke's) or <c>BITBUCKET_COMMIT</c>. Every fact is a plain variable; <c>BITBUCKET_PR_ID</c> exists only in
/// <c>pull-requests:</c> pipelines, elsewhere the pull request is looked up from the commit.
/// </summary>
public sealed class BitbucketPipelines : ICiEnvironment
{
    public const string CiName = "bitbucket-pipelines";

    private static readonly string[] DetectionVariables = ["BITBUCKET_BUILD_NUMBER", "BITBUCKET_PIPELINE_UUID", "BITBUCKET_COMMIT"];

    private readonly IEnvironmentVariables environment;

    public BitbucketPipelines(IEnvironmentVariables environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        this.environment = environment;
    }

    public string Name => CiName;

    public bool IsActive => DetectionVariables.Any(name => Get(name) is not null);

    public Task<CiContext> ReadAsync(Action<string>? warn, CancellationToken cancellationToken = default)
    {
        var apiUrl = Get(BitbucketEndpoints.ApiUrlVariable);
        var context = new CiContext
        {
            Name = CiName,
            Sha = Get("BITBUCKET_COMMIT"),
            PullRequest = Get("BITBUCKET_PR_ID"),
            Branch = Get("BITBUCKET_BRANCH"),
            WorkflowId = Get("BITBUCKET_PIPELINE_UUID"),
            RunId = Get("BITBUCKET_BUILD_NUMBER"),
            RepositoryUrl = Repository(warn),
            ApiUrl = apiUrl,
            ServerUrl = BitbucketEndpoints.ServerBase(BitbucketEndpoints.ApiBase(apiUrl)),
            BaseBranch = Get("BITBUCKET_PR_DESTINATION_BRANCH"),
        };
        return Task.FromResult(context);
    }

    /// <summary>
    /// The repository's web URL: <c>BITBUCKET_REPO_FULL_NAME</c> on bitbucket.org first (Pipelines runs on Cloud
    /// only), then <c>BITBUCKET_GIT_HTTP_ORIGIN</c>, then <c>BITBUCKET_WORKSPACE</c>/<c>BITBUCKET_REPO_SLUG</c>.
    /// </summary>
    private string? Repository(Action<string>? warn)
    {
        if (Get("BITBUCKET_REPO_FULL_NAME") is { } fullName && FromSlug(fullName) is { } byFullName)
        {
            return byFullName;
        }

        // The origin is http://bitbucket.org/<workspace>/<slug>; the web pages are served over https.
        if (Get("BITBUCKET_GIT_HTTP_ORIGIN") is { } origin && RepositoryUrl.TryParse(origin, out var parsed) && parsed.Name is not null)
        {
            return parsed.Host == "bitbucket.org" ? FromSlug(parsed.Path) : parsed.ToString();
        }

        if (Get("BITBUCKET_WORKSPACE") is { } workspace && Get("BITBUCKET_REPO_SLUG") is { } slug && FromSlug($"{workspace}/{slug}") is { } bySlug)
        {
            return bySlug;
        }

        warn?.Invoke("BITBUCKET_REPO_FULL_NAME names no repository; it comes from the origin remote or --repo instead");
        return null;
    }

    private static string? FromSlug(string slug)
    {
        try
        {
            var url = RepositoryUrl.FromSlug(BitbucketEndpoints.PublicServerUrl, slug);
            return url.Name is null ? null : url.ToString();
        }
        catch (Errors.CmlException)
        {
            return null;
        }
    }

    private string? Get(string name)
    {
        var value = environment.Get(name);
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
