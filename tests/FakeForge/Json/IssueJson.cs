using System.Globalization;
using System.Text.Json.Nodes;
using FakeForge.Http;
using FakeForge.State;

namespace FakeForge.Json;

/// <summary>Issues and pull requests: GitHub shows a pull request both ways, and an issue with a <c>pull_request</c> key.</summary>
internal static class IssueJson
{
    public static JsonObject RenderIssue(UrlRoots roots, RepositoryIdentity repository, IssueRecord issue, int comments)
    {
        var api = roots.Repo(repository.Owner.Login, repository.Name);
        var web = roots.WebRepo(repository.Owner.Login, repository.Name);
        var json = new JsonObject
        {
            ["id"] = issue.Id,
            ["node_id"] = NodeIds.For("Issue", issue.Id),
            ["url"] = Invariant($"{api}/issues/{issue.Number}"),
            ["comments_url"] = Invariant($"{api}/issues/{issue.Number}/comments"),
            ["html_url"] = Invariant($"{web}/{(issue.IsPullRequest ? "pull" : "issues")}/{issue.Number}"),
            ["number"] = issue.Number,
            ["state"] = issue.State,
            ["title"] = issue.Title,
            ["body"] = null,
            ["user"] = UserJson.Render(roots, issue.Author),
            ["labels"] = new JsonArray(),
            ["locked"] = false,
            ["comments"] = comments,
            ["created_at"] = ApiDates.Format(issue.CreatedAt),
            ["updated_at"] = ApiDates.Format(issue.UpdatedAt),
            ["closed_at"] = issue.State == "closed" ? ApiDates.Format(issue.UpdatedAt) : null,
            ["author_association"] = issue.Author == repository.Owner ? "OWNER" : "CONTRIBUTOR",
        };
        if (issue.IsPullRequest)
        {
            json["pull_request"] = new JsonObject
            {
                ["url"] = Invariant($"{api}/pulls/{issue.Number}"),
                ["html_url"] = Invariant($"{web}/pull/{issue.Number}"),
            };
        }

        return json;
    }

    public static JsonObject RenderPullRequest(UrlRoots roots, RepositoryIdentity repository, IssueRecord issue)
    {
        var pull = issue.PullRequest ?? throw new ArgumentException("not a pull request", nameof(issue));
        var api = roots.Repo(repository.Owner.Login, repository.Name);
        var web = roots.WebRepo(repository.Owner.Login, repository.Name);
        return new JsonObject
        {
            ["url"] = Invariant($"{api}/pulls/{issue.Number}"),
            ["id"] = issue.Id,
            ["node_id"] = NodeIds.For("PullRequest", issue.Id),
            ["html_url"] = Invariant($"{web}/pull/{issue.Number}"),
            ["diff_url"] = Invariant($"{web}/pull/{issue.Number}.diff"),
            ["patch_url"] = Invariant($"{web}/pull/{issue.Number}.patch"),
            ["issue_url"] = Invariant($"{api}/issues/{issue.Number}"),
            ["comments_url"] = Invariant($"{api}/issues/{issue.Number}/comments"),
            ["number"] = issue.Number,
            ["state"] = issue.State,
            ["locked"] = false,
            ["title"] = issue.Title,
            ["user"] = UserJson.Render(roots, issue.Author),
            ["body"] = null,
            ["created_at"] = ApiDates.Format(issue.CreatedAt),
            ["updated_at"] = ApiDates.Format(issue.UpdatedAt),
            ["closed_at"] = issue.State == "closed" ? ApiDates.Format(issue.UpdatedAt) : null,
            ["merged_at"] = null,
            ["merge_commit_sha"] = null,
            ["draft"] = false,
            ["merged"] = false,
            ["head"] = Branch(roots, pull.HeadRepository, pull.HeadRef, pull.HeadSha),
            ["base"] = Branch(roots, repository, pull.BaseRef, pull.BaseSha),
            ["author_association"] = issue.Author == repository.Owner ? "OWNER" : "CONTRIBUTOR",
        };
    }

    private static JsonObject Branch(UrlRoots roots, RepositoryIdentity repository, string reference, string sha) => new()
    {
        ["label"] = $"{repository.Owner.Login}:{reference}",
        ["ref"] = reference,
        ["sha"] = sha,
        ["user"] = UserJson.Render(roots, repository.Owner),
        ["repo"] = RepositoryJson.Render(roots, repository),
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
