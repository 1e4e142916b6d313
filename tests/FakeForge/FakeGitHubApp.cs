using FakeForge.Endpoints;
using FakeForge.Endpoints.GitData;
using FakeForge.Faults;
using FakeForge.Http;
using FakeForge.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace FakeForge;

/// <summary>The request pipeline, in the order a request meets it.</summary>
internal static class FakeGitHubApp
{
    public static void Configure(WebApplication app)
    {
        // GitHub Enterprise serves the API under /api/v3; Octokit's GitHubClient(…, Uri) adds it for any host but
        // github.com, while Connection(…, Uri) uses the address as given. Both must reach the same endpoints.
        app.UsePathBase("/api/v3");

        // Routing has to come after UsePathBase, or it would match on the unstripped path.
        app.UseMiddleware<RequestLogMiddleware>();
        app.UseMiddleware<StandardHeadersMiddleware>();
        app.UseMiddleware<FaultMiddleware>();
        app.UseRouting();
        app.UseMiddleware<TokenAuthMiddleware>();
        app.UseMiddleware<ApiErrorMiddleware>();

        UserEndpoints.Map(app);
        RepositoryEndpoints.Map(app);
        IssueCommentEndpoints.Map(app);
        CommitCommentEndpoints.Map(app);
        PullRequestEndpoints.Map(app);
        PullRequestWriteEndpoints.Map(app);
        GraphQlEndpoints.Map(app);
        GitBlobEndpoints.Map(app);
        GitTreeEndpoints.Map(app);
        GitCommitEndpoints.Map(app);
        GitRefEndpoints.Map(app);
        WebEndpoints.Map(app);
        AssetEndpoints.Map(app);
        CheckRunEndpoints.Map(app);
        WorkflowRunEndpoints.Map(app);
        RunnerEndpoints.Map(app);
        RunnerProgramEndpoints.Map(app);

        // GitHub answers unknown routes (and known routes with another method) with a JSON 404.
        app.MapFallback(() => new JsonNodeResult(ApiErrorException.NotFound().ToJson(), StatusCodes.Status404NotFound));
    }
}
