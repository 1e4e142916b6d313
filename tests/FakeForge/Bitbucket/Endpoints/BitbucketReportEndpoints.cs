using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FakeForge.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FakeForge.Bitbucket.Endpoints;

/// <summary>
/// Code Insights reports: <c>PUT …/commit/{sha}/reports/{reportId}</c> creates or replaces one, with Bitbucket's
/// field checks (title and report type required, known result, details of at most 2,000 characters).
/// </summary>
internal static class BitbucketReportEndpoints
{
    public const int MaxDetailsLength = 2_000;

    private static readonly HashSet<string> ReportTypes = ["SECURITY", "COVERAGE", "TEST", "BUG"];
    private static readonly HashSet<string> Results = ["PASSED", "FAILED", "PENDING"];

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPut("/2.0/repositories/{workspace}/{slug}/commit/{sha}/reports/{reportId}", PutAsync);
    }

    private static async Task<IResult> PutAsync(HttpContext context, BitbucketState state, string workspace, string slug, string sha, string reportId)
    {
        BitbucketScopes.Require(context, BitbucketScopes.RepositoryWrite);
        JsonObject json;
        try
        {
            json = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted) as JsonObject
                ?? throw BitbucketErrorException.BadField("body", "Expected a JSON object.");
        }
        catch (JsonException)
        {
            throw new BitbucketErrorException(400, "Bad request", JsonValue.Create("The request body is not valid JSON."));
        }

        var title = Text(json, "title") ?? throw BitbucketErrorException.BadField("title", "This field is required.");
        var type = Text(json, "report_type") ?? throw BitbucketErrorException.BadField("report_type", "This field is required.");
        if (!ReportTypes.Contains(type))
        {
            throw BitbucketErrorException.BadField("report_type", $"\"{type}\" is not a valid choice.");
        }

        var result = Text(json, "result");
        if (result is not null && !Results.Contains(result))
        {
            throw BitbucketErrorException.BadField("result", $"\"{result}\" is not a valid choice.");
        }

        var details = Text(json, "details");
        if (details is { Length: > MaxDetailsLength })
        {
            throw BitbucketErrorException.BadField("details", string.Create(CultureInfo.InvariantCulture, $"Ensure this value has at most {MaxDetailsLength} characters (it has {details.Length})."));
        }

        var requested = new BitbucketStoredReport(
            sha, reportId, string.Empty, title, details, type, Text(json, "reporter"), result, Text(json, "link"), Text(json, "external_id"), 0, default, default);
        var report = state.PutReport(workspace, slug, sha, reportId, requested);
        return new JsonNodeResult(new JsonObject
        {
            ["type"] = "report",
            ["uuid"] = report.Uuid,
            ["title"] = report.Title,
            ["details"] = report.Details,
            ["external_id"] = report.ExternalId,
            ["reporter"] = report.Reporter,
            ["link"] = report.Link,
            ["result"] = report.Result,
            ["report_type"] = report.ReportType,
            ["created_on"] = BitbucketJson.Date(report.CreatedOn),
            ["updated_on"] = BitbucketJson.Date(report.UpdatedOn),
        });
    }

    private static string? Text(JsonObject json, string name) =>
        json[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
