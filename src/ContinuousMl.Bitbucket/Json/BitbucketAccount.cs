namespace ContinuousMl.Bitbucket.Json;

/// <summary>A user, team or app user (the bot behind an access token).</summary>
internal sealed class BitbucketAccount
{
    /// <summary>The stable id, with braces: <c>{a1b2…}</c>.</summary>
    public string? Uuid { get; init; }

    public string? AccountId { get; init; }

    public string? DisplayName { get; init; }

    public string? Nickname { get; init; }
}
