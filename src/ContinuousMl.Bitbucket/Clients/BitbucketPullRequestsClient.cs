using System.Net;
using System.Net.Http.Json;
using ContinuousMl.Bitbucket.Json;

namespace ContinuousMl.Bitbucket.Clients;

/// <summary>Pull requests: the ones that contain a commit, the open ones, and opening and merging one.</summary>
internal sealed class BitbucketPullRequestsClient(BitbucketConnection connection)
{
    // A commit is in a handful of pull requests; the bound only guards against a server that never ends a list.
    private const int MaxPages = 10;

    // Bitbucket's list cannot be filtered without q, which not every server honours: read up to 1,000 open ones.
    private const int MaxOpenPages = 20;

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

    /// <summary>Every open pull request of the repository, oldest pages first.</summary>
    public async Task<IReadOnlyList<BitbucketPullRequest>> ListOpenAsync(BitbucketRepository repository, CancellationToken cancellationToken)
    {
        var all = new List<BitbucketPullRequest>();
        string? next = $"{repository.ApiPath}/pullrequests?state=OPEN&pagelen=50";
        for (var page = 0; next is not null && page < MaxOpenPages; page++)
        {
            var body = await connection.GetAsync(next, BitbucketPullRequestJsonContext.Default.BitbucketPageBitbucketPullRequest, cancellationToken).ConfigureAwait(false);
            all.AddRange(body.Values ?? []);
            next = body.Next;
        }

        return all;
    }

    public Task<BitbucketPullRequest> CreateAsync(BitbucketRepository repository, BitbucketPullRequestCreation creation, CancellationToken cancellationToken) =>
        connection.SendJsonAsync(
            HttpMethod.Post,
            $"{repository.ApiPath}/pullrequests",
            creation,
            BitbucketPullRequestJsonContext.Default.BitbucketPullRequestCreation,
            BitbucketPullRequestJsonContext.Default.BitbucketPullRequest,
            cancellationToken);

    /// <summary>Merges pull request <paramref name="id"/>; Bitbucket may finish a long merge in the background (202).</summary>
    public async Task MergeAsync(BitbucketRepository repository, long id, BitbucketMergeOptions options, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, connection.Resolve($"{repository.ApiPath}/pullrequests/{id.ToString(System.Globalization.CultureInfo.InvariantCulture)}/merge"))
        {
            Content = JsonContent.Create(options, BitbucketPullRequestJsonContext.Default.BitbucketMergeOptions),
        };
        using var response = await connection.SendAsync(request, cancellationToken, HttpStatusCode.Accepted).ConfigureAwait(false);
    }
}
