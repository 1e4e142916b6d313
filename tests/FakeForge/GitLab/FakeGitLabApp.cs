using FakeForge.Faults;
using FakeForge.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace FakeForge.GitLab;

/// <summary>The fake GitLab's request pipeline, in the order a request meets it.</summary>
internal static class FakeGitLabApp
{
    public static void Configure(WebApplication app, string prefix)
    {
        // First, so probes outside a relative URL root are in the log too.
        app.UseMiddleware<RequestLogMiddleware>();
        if (prefix.Length > 0)
        {
            // A GitLab under a relative URL answers nothing outside it; UsePathBase alone would let such paths through.
            app.Use((context, next) =>
                context.Request.Path.StartsWithSegments(prefix)
                    ? next(context)
                    : Results.Text("Not Found", "text/plain", statusCode: StatusCodes.Status404NotFound).ExecuteAsync(context));
            app.UsePathBase(prefix);
        }

        app.UseMiddleware<FaultMiddleware>();
        app.UseRouting();
        app.UseMiddleware<GitLabAuthMiddleware>();
        app.UseMiddleware<GitLabErrorMiddleware>();

        GitLabMetaEndpoints.Map(app);
        GitLabNoteEndpoints.Map(app);
        GitLabCommitEndpoints.Map(app);
        GitLabMergeRequestEndpoints.Map(app);
        GitLabUploadEndpoints.Map(app);
        GitLabStatusEndpoints.Map(app);
        GitLabPipelineEndpoints.Map(app);
        GitLabRunnerEndpoints.Map(app);
        GitLabRunnerProgramEndpoints.Map(app);

        // The default fallback skips paths that look like files ({*path:nonfile}); uploads are exactly that.
        app.MapFallback("{**path}", GitLabUploadEndpoints.WebFallback);
    }
}
