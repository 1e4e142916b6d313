using ContinuousMl.Bitbucket.Json;

namespace ContinuousMl.Bitbucket.Clients;

/// <summary>The account behind the token.</summary>
internal sealed class BitbucketUsersClient(BitbucketConnection connection)
{
    public Task<BitbucketAccount> CurrentAsync(CancellationToken cancellationToken) =>
        connection.GetAsync("user", BitbucketJsonContext.Default.BitbucketAccount, cancellationToken);
}
