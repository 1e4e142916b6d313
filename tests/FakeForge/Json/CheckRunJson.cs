using System.Text.Json.Nodes;
using FakeForge.Http;

namespace FakeForge.Json;

/// <summary>A check run as GitHub answers it.</summary>
internal static class CheckRunJson
{
    public static JsonObject Render(UrlRoots roots, string owner, string repo, StoredCheckRun run) => new()
    {
        ["id"] = run.Id,
        ["head_sha"] = run.HeadSha,
        ["node_id"] = NodeIds.For("CheckRun", run.Id),
        ["external_id"] = string.Empty,
        ["url"] = $"{roots.Repo(owner, repo)}/check-runs/{run.Id}",
        ["html_url"] = run.HtmlUrl,
        ["details_url"] = run.DetailsUrl,
        ["status"] = run.Status,
        ["conclusion"] = run.Conclusion,
        ["started_at"] = run.StartedAt is { } started ? ApiDates.Format(started) : null,
        ["completed_at"] = run.CompletedAt is { } completed ? ApiDates.Format(completed) : null,
        ["output"] = new JsonObject
        {
            ["title"] = run.OutputTitle,
            ["summary"] = run.OutputSummary,
            ["text"] = null,
            ["annotations_count"] = 0,
            ["annotations_url"] = $"{roots.Repo(owner, repo)}/check-runs/{run.Id}/annotations",
        },
        ["name"] = run.Name,
        ["check_suite"] = new JsonObject { ["id"] = run.Id + 1_000_000 },
        ["pull_requests"] = new JsonArray(),
    };
}
