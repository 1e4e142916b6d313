using FakeForge.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FakeForge.Bitbucket.Endpoints;

/// <summary>A pull request, and the pull requests a commit belongs to (the "Pull Request Commit Links" API).</summary>
internal static class BitbucketPullRequestEndpoints
{
    private const string Repository = "/2.0/repositories/{workspace}/{slug}";

    private static readonly Dictionary<string, Func<BitbucketPullRequestRecord, IComparable>> SortFields = new(StringComparer.Ordinal)
    {
        ["id"] = p => p.Id,
        ["created_on"] = p => p.CreatedOn,
    };

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet($"{Repository}/pullrequests/{{id:long}}", (HttpContext context, BitbucketState state, string workspace, string slug, long id) =>
        {
            BitbucketScopes.Require(context, BitbucketScopes.PullRequest);
            return new JsonNodeResult(BitbucketJson.PullRequest(context, state, workspace, slug, state.GetPullRequest(workspace, slug, id)));
        });

        app.MapGet($"{Repository}/commit/{{sha}}/pullrequests", (HttpContext context, BitbucketState state, string workspace, string slug, string sha) =>
        {
            BitbucketScopes.Require(context, BitbucketScopes.PullRequest);
            var pulls = state.PullRequestsForCommit(workspace, slug, sha);
            return BitbucketPaging.Page(context, pulls, p => BitbucketJson.PullRequest(context, state, workspace, slug, p), SortFields);
        });
    }
}
