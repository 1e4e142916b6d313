using FakeForge.Bitbucket.Endpoints;
using FakeForge.Faults;
using FakeForge.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace FakeForge.Bitbucket;

/// <summary>The request pipeline of the fake Bitbucket, in the order a request meets it.</summary>
internal static class FakeBitbucketApp
{
    public static void Configure(WebApplication app)
    {
        app.UseMiddleware<RequestLogMiddleware>();
        app.UseMiddleware<FaultMiddleware>();
        app.UseRouting();
        app.UseMiddleware<BitbucketErrorMiddleware>();
        app.UseMiddleware<BitbucketAuthMiddleware>();

        BitbucketUserEndpoints.Map(app);
        BitbucketCommentEndpoints.Map(app);
        BitbucketPullRequestEndpoints.Map(app);
        BitbucketPullRequestWriteEndpoints.Map(app);
        BitbucketDownloadEndpoints.Map(app);
        BitbucketReportEndpoints.Map(app);
        BitbucketPipelineEndpoints.Map(app);

        // Bitbucket answers unknown API routes with its JSON 404; anything else is a plain page.
        app.MapFallback(context => context.Request.Path.StartsWithSegments("/2.0")
            ? BitbucketErrorException.NoApiHere().WriteAsync(context)
            : Results.Text("Not Found", "text/plain", statusCode: StatusCodes.Status404NotFound).ExecuteAsync(context));
    }
}
