namespace FakeForge.Bitbucket;

/// <summary>An access token or app password the fake accepts, who acts with it, and what it may do.</summary>
/// <param name="User">The account its comments are written as.</param>
/// <param name="Scopes">The granted scopes, implied ones included (see <see cref="BitbucketScopes"/>).</param>
/// <param name="CanReadUser">Whether <c>GET /user</c> answers; repository access tokens get a 401 there.</param>
internal sealed record BitbucketCredential(BitbucketUser User, IReadOnlySet<string> Scopes, bool CanReadUser);
