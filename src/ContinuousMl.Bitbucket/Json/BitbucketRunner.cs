namespace ContinuousMl.Bitbucket.Json;

/// <summary>A pipelines runner, as Bitbucket's internal runner API answers (the OAuth client only when it was just created).</summary>
internal sealed class BitbucketRunner
{
    public string? Uuid { get; init; }

    public string? Name { get; init; }

    public List<string>? Labels { get; init; }

    public BitbucketRunnerState? State { get; init; }

    public BitbucketRunnerOAuthClient? OauthClient { get; init; }
}
