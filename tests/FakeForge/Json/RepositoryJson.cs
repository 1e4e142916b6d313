using System.Text.Json.Nodes;
using FakeForge.Http;
using FakeForge.State;

namespace FakeForge.Json;

/// <summary>A repository as <c>GET /repos/{owner}/{repo}</c> answers it.</summary>
internal static class RepositoryJson
{
    public static JsonObject Render(UrlRoots roots, RepositoryIdentity repository)
    {
        var owner = repository.Owner.Login;
        var api = roots.Repo(owner, repository.Name);
        var created = ApiDates.Format(repository.CreatedAt);
        return new JsonObject
        {
            ["id"] = repository.Id,
            ["node_id"] = NodeIds.For("Repository", repository.Id),
            ["name"] = repository.Name,
            ["full_name"] = repository.FullName,
            ["private"] = false,
            ["owner"] = UserJson.Render(roots, repository.Owner),
            ["html_url"] = roots.WebRepo(owner, repository.Name),
            ["description"] = null,
            ["fork"] = repository.Fork,
            ["url"] = api,
            ["git_url"] = $"{roots.WebRepo(owner, repository.Name)}.git",
            ["clone_url"] = $"{roots.WebRepo(owner, repository.Name)}.git",
            ["comments_url"] = api + "/comments{/number}",
            ["issue_comment_url"] = api + "/issues/comments{/number}",
            ["pulls_url"] = api + "/pulls{/number}",
            ["created_at"] = created,
            ["updated_at"] = created,
            ["pushed_at"] = created,
            ["default_branch"] = "main",
            ["visibility"] = "public",
            ["archived"] = false,
            ["disabled"] = false,
            ["has_issues"] = true,
            ["permissions"] = new JsonObject { ["admin"] = false, ["push"] = true, ["pull"] = true },
        };
    }
}
