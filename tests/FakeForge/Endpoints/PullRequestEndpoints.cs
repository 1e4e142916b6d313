using FakeForge.Http;
using FakeForge.Json;
using FakeForge.Pagination;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FakeForge.Endpoints;

/// <summary>Pull requests: one by number, a list by state (and head and base), and the open ones whose head is a commit.</summary>
internal static class PullRequestEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/repos/{owner}/{repo}/pulls", List);
        app.MapGet("/repos/{owner}/{repo}/pulls/{number:int}", Get);
        app.MapGet("/repos/{owner}/{repo}/commits/{sha}/pulls", ForCommit);
    }

    private static IResult List(HttpContext context, GitHubState state, string owner, string repo)
    {
        var repository = state.GetRepository(owner, repo);
        var wanted = context.Request.Query["state"].ToString() is { Length: > 0 } given ? given : "open";
        if (wanted is not ("open" or "closed" or "all"))
        {
            throw ApiErrorException.ValidationFailed("PullRequest", "state", "invalid", $"state must be open, closed or all, not {wanted}");
        }

        var roots = UrlRoots.From(context, state);
        IEnumerable<State.IssueRecord> pulls = state.ListPullRequests(owner, repo, wanted);
        // head is "user:branch" (or "organization:branch"), base a branch name, as GitHub filters them.
        if (context.Request.Query["head"].ToString() is { Length: > 0 } head)
        {
            pulls = pulls.Where(p => $"{p.PullRequest!.HeadRepository.Owner.Login}:{p.PullRequest.HeadRef}".Equals(head, StringComparison.OrdinalIgnoreCase));
        }

        if (context.Request.Query["base"].ToString() is { Length: > 0 } baseRef)
        {
            pulls = pulls.Where(p => p.PullRequest!.BaseRef == baseRef);
        }

        return Paginator.Page(context, pulls.ToArray(), p => IssueJson.RenderPullRequest(roots, repository, p));
    }

    private static IResult Get(HttpContext context, GitHubState state, string owner, string repo, int number)
    {
        var repository = state.GetRepository(owner, repo);
        var pull = state.GetPullRequest(owner, repo, number);
        return new JsonNodeResult(IssueJson.RenderPullRequest(UrlRoots.From(context, state), repository, pull));
    }

    private static IResult ForCommit(HttpContext context, GitHubState state, string owner, string repo, string sha)
    {
        var repository = state.GetRepository(owner, repo);
        var roots = UrlRoots.From(context, state);
        return Paginator.Page(context, state.OpenPullRequestsWithHead(owner, repo, sha), p => IssueJson.RenderPullRequest(roots, repository, p));
    }
}
