using System.Net;
using System.Net.Http.Json;
using ContinuousMl.Bitbucket.Json;

namespace ContinuousMl.Bitbucket.Clients;

/// <summary>Pull requests, as far as finding the ones that contain a commit.</summary>
internal sealed class BitbucketPullRequestsClient(BitbucketConnection connection)
{
    // A commit is in a handful of pull requests; the bound only guards against a server that never ends a list.
    private const int MaxPages = 10;

    /// <summary>
    /// Every pull request the commit is part of (any state), or null while Bitbucket is still indexing them (202).
    /// A 404 means the repository is unknown or the "Pull Request Commit Links" app was never installed.
    /// </summary>
    public async Task<IReadOnlyList<BitbucketPullRequest>?> ForCommitAsync(BitbucketRepository repository, string sha, CancellationToken cancellationToken)
    {
        var all = new List<BitbucketPullRequest>();
        string? next = $"{repository.ApiPath}/commit/{Uri.EscapeDataString(sha)}/pullrequests?pagelen=50";
        for (var page = 0; next is not null && page < MaxPages; page++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, connection.Resolve(next));
            using var response = await connection.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.Accepted)
            {
                return null;
            }

            var body = await response.Content.ReadFromJsonAsync(BitbucketJsonContext.Default.BitbucketPageBitbucketPullRequest, cancellationToken).ConfigureAwait(false);
            all.AddRange(body?.Values ?? []);
            next = body?.Next;
        }

        return all;
    }
}
