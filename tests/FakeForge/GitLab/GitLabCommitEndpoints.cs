using FakeForge.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FakeForge.GitLab;

/// <summary>A commit's comments (oldest first, no sort parameter) and the merge requests that contain it.</summary>
internal static class GitLabCommitEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        const string commit = "/api/v4/projects/{id}/repository/commits/{sha}";
        app.MapGet(commit + "/comments", (HttpContext context, GitLabState state, string id, string sha) =>
            GitLabPaginator.Page(context, state.ListCommitComments(GitLabMetaEndpoints.ProjectId(id), sha), c => GitLabJson.CommitComment(state, c)));
        app.MapPost(commit + "/comments", CreateCommentAsync);
        app.MapGet(commit + "/merge_requests", MergeRequests);
    }

    private static async Task<IResult> CreateCommentAsync(HttpContext context, GitLabState state, string id, string sha)
    {
        var note = await GitLabRequestBodies.RequiredStringAsync(context.Request, "note");
        var comment = state.CreateCommitComment(GitLabMetaEndpoints.ProjectId(id), sha, note, GitLabCaller.Of(context));
        return new JsonNodeResult(GitLabJson.CommitComment(state, comment), StatusCodes.Status201Created);
    }

    private static IResult MergeRequests(HttpContext context, GitLabState state, string id, string sha)
    {
        var project = state.Project(GitLabMetaEndpoints.ProjectId(id));
        var mergeRequests = state.MergeRequestsForCommit(GitLabMetaEndpoints.ProjectId(id), sha);
        return GitLabPaginator.Page(context, mergeRequests, mr => GitLabJson.MergeRequest(state, project.Id, project.Path, mr));
    }
}
