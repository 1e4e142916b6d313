using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace FakeForge.Bitbucket;

/// <summary>Bitbucket Cloud's JSON shapes for the resources the fake serves, with <c>links.self</c> (API) and <c>links.html</c> (web).</summary>
internal static class BitbucketJson
{
    /// <summary><c>2024-05-01T12:00:00.123456+00:00</c>, Bitbucket's timestamp format.</summary>
    public static string Date(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'+00:00'", CultureInfo.InvariantCulture);

    /// <summary>The API root of this request, e.g. <c>http://127.0.0.1:5000/2.0/</c>.</summary>
    public static string ApiRoot(HttpContext context) => $"{context.Request.Scheme}://{context.Request.Host}/2.0/";

    public static JsonObject User(BitbucketUser user, BitbucketState state) => new()
    {
        ["display_name"] = user.DisplayName,
        ["links"] = new JsonObject
        {
            ["avatar"] = Link($"{state.BaseUrl.AbsoluteUri}account/{Uri.EscapeDataString(user.Uuid)}/avatar/"),
            ["html"] = Link($"{state.BaseUrl.AbsoluteUri}{Uri.EscapeDataString(user.Uuid)}/"),
        },
        ["type"] = user.IsBot ? "app_user" : "user",
        ["uuid"] = user.Uuid,
        ["account_id"] = user.AccountId,
        ["nickname"] = user.Nickname,
    };

    public static JsonObject Comment(HttpContext context, BitbucketState state, string workspace, string slug, BitbucketStoredComment comment)
    {
        var repositoryApi = RepositoryApi(context, workspace, slug);
        var id = comment.Id.ToString(CultureInfo.InvariantCulture);
        var json = new JsonObject
        {
            ["id"] = comment.Id,
            ["created_on"] = Date(comment.CreatedOn),
            ["updated_on"] = Date(comment.UpdatedOn),
            ["content"] = new JsonObject
            {
                ["type"] = "rendered",
                ["raw"] = comment.Body,
                ["markup"] = "markdown",
                // Bitbucket escapes HTML in Markdown: a <details> shows as text.
                ["html"] = comment.Body.Length == 0 ? string.Empty : $"<p>{WebUtility.HtmlEncode(comment.Body)}</p>",
            },
            ["user"] = User(comment.Author, state),
            ["deleted"] = comment.Deleted,
        };

        switch (comment.Kind)
        {
            case BitbucketCommentKind.PullRequest:
                var pr = comment.PullRequestId!.Value.ToString(CultureInfo.InvariantCulture);
                json["pending"] = false;
                json["type"] = "pullrequest_comment";
                json["links"] = Links($"{repositoryApi}/pullrequests/{pr}/comments/{id}", comment.HtmlUrl);
                json["pullrequest"] = new JsonObject
                {
                    ["type"] = "pullrequest",
                    ["id"] = comment.PullRequestId,
                    ["links"] = Links($"{repositoryApi}/pullrequests/{pr}", $"{RepositoryWeb(state, workspace, slug)}/pull-requests/{pr}"),
                };
                break;
            case BitbucketCommentKind.Commit:
                json["type"] = "commit_comment";
                json["links"] = Links($"{repositoryApi}/commit/{comment.CommitSha}/comments/{id}", comment.HtmlUrl);
                json["commit"] = new JsonObject
                {
                    ["type"] = "commit",
                    ["hash"] = comment.CommitSha,
                    ["links"] = Links($"{repositoryApi}/commit/{comment.CommitSha}", $"{RepositoryWeb(state, workspace, slug)}/commits/{comment.CommitSha}"),
                };
                break;
            default:
                var issue = comment.IssueId!.Value.ToString(CultureInfo.InvariantCulture);
                json["type"] = "issue_comment";
                json["links"] = Links($"{repositoryApi}/issues/{issue}/comments/{id}", comment.HtmlUrl);
                json["issue"] = new JsonObject { ["type"] = "issue", ["id"] = comment.IssueId };
                break;
        }

        return json;
    }

    public static JsonObject PullRequest(HttpContext context, BitbucketState state, string workspace, string slug, BitbucketPullRequestRecord pull)
    {
        var id = pull.Id.ToString(CultureInfo.InvariantCulture);
        var repository = new JsonObject
        {
            ["type"] = "repository",
            ["full_name"] = $"{workspace}/{slug}",
            ["name"] = slug,
            ["uuid"] = state.RepositoryUuid(workspace, slug),
        };
        return new JsonObject
        {
            ["type"] = "pullrequest",
            ["id"] = pull.Id,
            ["title"] = pull.Title,
            ["state"] = pull.State,
            ["author"] = User(pull.Author, state),
            ["source"] = new JsonObject
            {
                ["branch"] = new JsonObject { ["name"] = pull.SourceBranch },
                ["commit"] = new JsonObject { ["type"] = "commit", ["hash"] = pull.HeadSha[..Math.Min(12, pull.HeadSha.Length)] },
                ["repository"] = repository.DeepClone(),
            },
            ["destination"] = new JsonObject
            {
                ["branch"] = new JsonObject { ["name"] = pull.DestinationBranch },
                ["repository"] = repository,
            },
            ["created_on"] = Date(pull.CreatedOn),
            ["updated_on"] = Date(pull.CreatedOn),
            ["links"] = Links($"{RepositoryApi(context, workspace, slug)}/pullrequests/{id}", $"{RepositoryWeb(state, workspace, slug)}/pull-requests/{id}"),
        };
    }

    public static JsonObject Download(HttpContext context, BitbucketState state, string workspace, string slug, BitbucketDownload download) => new()
    {
        ["type"] = "download",
        ["name"] = download.Name,
        ["size"] = download.Content.Length,
        ["downloads"] = 0,
        ["created_on"] = Date(download.CreatedOn),
        ["user"] = User(download.Uploader, state),
        ["links"] = new JsonObject { ["self"] = Link($"{RepositoryApi(context, workspace, slug)}/downloads/{Uri.EscapeDataString(download.Name)}") },
    };

    public static string RepositoryWeb(BitbucketState state, string workspace, string slug) => $"{state.BaseUrl.AbsoluteUri}{workspace}/{slug}";

    private static string RepositoryApi(HttpContext context, string workspace, string slug) => $"{ApiRoot(context)}repositories/{workspace}/{slug}";

    private static JsonObject Links(string self, string html) => new() { ["self"] = Link(self), ["html"] = Link(html) };

    private static JsonObject Link(string href) => new() { ["href"] = href };
}
