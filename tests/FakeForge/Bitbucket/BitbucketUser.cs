namespace FakeForge.Bitbucket;

/// <summary>A Bitbucket account: a person, or the bot user behind an access token.</summary>
/// <param name="Uuid">The stable id with braces, e.g. <c>{6f1c…}</c>.</param>
/// <param name="AccountId">The Atlassian account id.</param>
/// <param name="Nickname">The name tests refer to it by.</param>
/// <param name="DisplayName">What the web pages show.</param>
/// <param name="IsBot">True for an access token's bot user (<c>"type": "app_user"</c>).</param>
public sealed record BitbucketUser(string Uuid, string AccountId, string Nickname, string DisplayName, bool IsBot);
