using System.Text.Json.Nodes;
using FakeForge.Http;
using FakeForge.State;

namespace FakeForge.Json;

/// <summary>A workflow run as <c>GET …/actions/runs/{id}</c> answers it.</summary>
internal static class WorkflowRunJson
{
    public static JsonObject Render(UrlRoots roots, RepositoryIdentity repository, StoredWorkflowRun run)
    {
        var owner = repository.Owner.Login;
        var api = $"{roots.Repo(owner, repository.Name)}/actions/runs/{run.Id}";
        var created = ApiDates.Format(run.CreatedAt);
        return new JsonObject
        {
            ["id"] = run.Id,
            ["name"] = "train",
            ["node_id"] = NodeIds.For("WorkflowRun", run.Id),
            ["head_branch"] = "feature",
            ["head_sha"] = run.HeadSha,
            ["path"] = ".github/workflows/train.yml",
            ["display_title"] = "train",
            ["run_number"] = run.Id % 1000,
            ["event"] = "pull_request",
            ["status"] = run.Status,
            ["conclusion"] = run.Conclusion,
            ["workflow_id"] = 161335,
            ["check_suite_id"] = run.Id + 1,
            ["url"] = api,
            ["html_url"] = $"{roots.WebRepo(owner, repository.Name)}/actions/runs/{run.Id}",
            ["pull_requests"] = new JsonArray(),
            ["created_at"] = created,
            ["updated_at"] = created,
            ["run_started_at"] = created,
            ["run_attempt"] = run.RunAttempt,
            ["actor"] = UserJson.Render(roots, repository.Owner),
            ["triggering_actor"] = UserJson.Render(roots, repository.Owner),
            ["jobs_url"] = api + "/jobs",
            ["logs_url"] = api + "/logs",
            ["check_suite_url"] = $"{roots.Repo(owner, repository.Name)}/check-suites/{run.Id + 1}",
            ["artifacts_url"] = api + "/artifacts",
            ["cancel_url"] = api + "/cancel",
            ["rerun_url"] = api + "/rerun",
            ["previous_attempt_url"] = null,
            ["workflow_url"] = $"{roots.Repo(owner, repository.Name)}/actions/workflows/161335",
            ["repository"] = RepositoryJson.Render(roots, repository),
            ["head_repository"] = RepositoryJson.Render(roots, repository),
        };
    }
}
