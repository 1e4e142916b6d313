using System.Text.Json;
using System.Text.Json.Nodes;
using FakeForge.Http;
using FakeForge.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FakeForge.Endpoints;

/// <summary>
/// <c>POST /repos/{owner}/{repo}/check-runs</c> with GitHub's rules: only app and Actions tokens may create one,
/// a conclusion makes the run completed, a completed run needs a conclusion, the summary holds 65,535 characters.
/// </summary>
internal static class CheckRunEndpoints
{
    public const int MaxSummaryLength = 65_535;

    private static readonly HashSet<string> Statuses = ["queued", "in_progress", "completed", "waiting", "requested", "pending"];
    private static readonly HashSet<string> Conclusions = ["action_required", "cancelled", "failure", "neutral", "success", "skipped", "stale", "timed_out"];

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/repos/{owner}/{repo}/check-runs", CreateAsync);
    }

    private static async Task<IResult> CreateAsync(HttpContext context, GitHubState state, string owner, string repo)
    {
        var caller = Caller.Of(context);
        state.GetRepository(owner, repo);
        if (!caller.IsInstallation)
        {
            throw new ApiErrorException(403, "You must authenticate via a GitHub App.");
        }

        var json = await RequestJson.ReadObjectAsync(context.Request);
        var name = RequestJson.RequiredString(json, "name");
        var headSha = RequestJson.RequiredString(json, "head_sha");
        var conclusion = RequestJson.OptionalString(json, "conclusion");
        var status = RequestJson.OptionalString(json, "status") ?? "queued";
        if (!Statuses.Contains(status))
        {
            throw new ApiErrorException(422, $"Invalid request.\n\n{status} is not a member of [\"queued\", \"in_progress\", \"completed\", \"waiting\", \"requested\", \"pending\"].");
        }

        if (conclusion is not null)
        {
            if (!Conclusions.Contains(conclusion))
            {
                throw new ApiErrorException(422, $"Invalid request.\n\n{conclusion} is not a valid conclusion.");
            }

            // GitHub: "Providing conclusion will automatically set the status parameter to completed."
            status = "completed";
        }
        else if (status == "completed")
        {
            throw new ApiErrorException(422, "Invalid request.\n\nNo subschema in \"anyOf\" matched.\n\"conclusion\" wasn't supplied.");
        }

        string? title = null;
        string? summary = null;
        if (json["output"] is JsonObject output)
        {
            title = RequestJson.RequiredString(output, "title");
            summary = RequestJson.RequiredString(output, "summary");
            if (summary.Length > MaxSummaryLength)
            {
                throw new ApiErrorException(422, $"Invalid request.\n\nOnly {MaxSummaryLength} characters are allowed; {summary.Length} were supplied.");
            }
        }

        var requested = new StoredCheckRun(
            0, headSha, name, status, conclusion, title, summary, RequestJson.OptionalString(json, "details_url"),
            Date(json, "started_at"), Date(json, "completed_at"), string.Empty, string.Empty);
        var run = state.CreateCheckRun(owner, repo, requested, caller);
        return new JsonNodeResult(CheckRunJson.Render(UrlRoots.From(context, state), owner, repo, run), StatusCodes.Status201Created);
    }

    private static DateTimeOffset? Date(JsonObject json, string name) =>
        json[name] is { } node && node.GetValueKind() == JsonValueKind.String ? ApiDates.Parse(node.GetValue<string>()) : null;
}
