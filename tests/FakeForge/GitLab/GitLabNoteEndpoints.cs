using FakeForge.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FakeForge.GitLab;

/// <summary>Notes on merge requests and issues: list (paginated, sortable), get, create, update.</summary>
internal static class GitLabNoteEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        MapCollection(app, "merge_requests", GitLabState.MergeRequestType);
        MapCollection(app, "issues", GitLabState.IssueType);
    }

    private static void MapCollection(IEndpointRouteBuilder app, string collection, string type)
    {
        var notes = $"/api/v4/projects/{{id}}/{collection}/{{iid:long}}/notes";
        app.MapGet(notes, (HttpContext context, GitLabState state, string id, long iid) => List(context, state, id, iid, type));
        app.MapPost(notes, (HttpContext context, GitLabState state, string id, long iid) => CreateAsync(context, state, id, iid, type));
        app.MapGet(notes + "/{noteId:long}", (GitLabState state, string id, long iid, long noteId) =>
            new JsonNodeResult(GitLabJson.Note(state, state.GetNote(GitLabMetaEndpoints.ProjectId(id), type, iid, noteId))));
        app.MapPut(notes + "/{noteId:long}", (HttpContext context, GitLabState state, string id, long iid, long noteId) =>
            UpdateAsync(context, state, id, iid, noteId, type));
    }

    // GitLab's defaults: sort=desc, order_by=created_at; ties go by id in the same direction.
    private static IResult List(HttpContext context, GitLabState state, string id, long iid, string type)
    {
        var all = state.ListNotes(GitLabMetaEndpoints.ProjectId(id), type, iid);
        var query = context.Request.Query;
        var ascending = string.Equals(query["sort"], "asc", StringComparison.OrdinalIgnoreCase);
        Func<GitLabStoredNote, DateTimeOffset> key = string.Equals(query["order_by"], "updated_at", StringComparison.Ordinal)
            ? n => n.UpdatedAt
            : n => n.CreatedAt;
        var ordered = ascending
            ? all.OrderBy(key).ThenBy(n => n.Id).ToArray()
            : all.OrderByDescending(key).ThenByDescending(n => n.Id).ToArray();
        return GitLabPaginator.Page(context, ordered, n => GitLabJson.Note(state, n));
    }

    private static async Task<IResult> CreateAsync(HttpContext context, GitLabState state, string id, long iid, string type)
    {
        var body = await GitLabRequestBodies.RequiredStringAsync(context.Request, "body");
        var note = state.CreateNote(GitLabMetaEndpoints.ProjectId(id), type, iid, body, GitLabCaller.Of(context));
        return new JsonNodeResult(GitLabJson.Note(state, note), StatusCodes.Status201Created);
    }

    private static async Task<IResult> UpdateAsync(HttpContext context, GitLabState state, string id, long iid, long noteId, string type)
    {
        var body = await GitLabRequestBodies.RequiredStringAsync(context.Request, "body");
        var note = state.UpdateNote(GitLabMetaEndpoints.ProjectId(id), type, iid, noteId, body, GitLabCaller.Of(context));
        return new JsonNodeResult(GitLabJson.Note(state, note));
    }
}
