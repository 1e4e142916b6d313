using System.Globalization;
using System.Text.Json.Nodes;
using FakeForge.Http;
using FakeForge.State;

namespace FakeForge.Json;

/// <summary>Issue comments and commit comments, as the REST API shows them.</summary>
internal static class CommentJson
{
    public static JsonObject RenderIssueComment(UrlRoots roots, RepositoryIdentity repository, StoredComment comment)
    {
        var api = roots.Repo(repository.Owner.Login, repository.Name);
        var json = Common(roots, "IssueComment", comment, repository.Owner.Login);
        json["url"] = string.Create(CultureInfo.InvariantCulture, $"{api}/issues/comments/{comment.Id}");
        json["issue_url"] = string.Create(CultureInfo.InvariantCulture, $"{api}/issues/{comment.IssueNumber}");
        return json;
    }

    public static JsonObject RenderCommitComment(UrlRoots roots, RepositoryIdentity repository, StoredComment comment)
    {
        var json = Common(roots, "CommitComment", comment, repository.Owner.Login);
        json["url"] = string.Create(CultureInfo.InvariantCulture, $"{roots.Repo(repository.Owner.Login, repository.Name)}/comments/{comment.Id}");
        json["path"] = null;
        json["position"] = null;
        json["line"] = null;
        json["commit_id"] = comment.CommitSha;
        return json;
    }

    private static JsonObject Common(UrlRoots roots, string kind, StoredComment comment, string repositoryOwner)
    {
        var author = comment.Author ?? UserJson.Fallback(comment.AuthorLogin);
        return new JsonObject
        {
            ["id"] = comment.Id,
            ["node_id"] = NodeIds.For(kind, comment.Id),
            ["html_url"] = comment.HtmlUrl,
            ["body"] = comment.Body,
            ["user"] = UserJson.Render(roots, author),
            ["created_at"] = ApiDates.Format(comment.CreatedAt),
            ["updated_at"] = ApiDates.Format(comment.UpdatedAt),
            ["author_association"] = string.Equals(author.Login, repositoryOwner, StringComparison.OrdinalIgnoreCase) ? "OWNER" : "NONE",
            ["performed_via_github_app"] = null,
        };
    }
}
