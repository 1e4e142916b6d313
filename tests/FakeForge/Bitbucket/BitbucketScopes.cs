using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace FakeForge.Bitbucket;

/// <summary>
/// Bitbucket's OAuth-style scopes and how one implies another (<c>pullrequest:write</c> gives
/// <c>repository:write</c>, every <c>:write</c> its read), with the 403 a missing one earns.
/// </summary>
public static class BitbucketScopes
{
    public const string Account = "account";
    public const string Repository = "repository";
    public const string RepositoryWrite = "repository:write";
    public const string PullRequest = "pullrequest";
    public const string PullRequestWrite = "pullrequest:write";
    public const string Issue = "issue";
    public const string IssueWrite = "issue:write";
    public const string Pipeline = "pipeline";
    public const string PipelineWrite = "pipeline:write";

    /// <summary>What a token gets when a test names no scopes: everything <c>cml</c> could need.</summary>
    public static readonly IReadOnlyList<string> All = [Account, PullRequestWrite, IssueWrite, PipelineWrite];

    private static readonly Dictionary<string, string[]> Implied = new(StringComparer.Ordinal)
    {
        [RepositoryWrite] = [Repository],
        [PullRequest] = [Repository],
        [PullRequestWrite] = [PullRequest, RepositoryWrite, Repository],
        [Issue] = [Repository],
        [IssueWrite] = [Issue, Repository],
        [Pipeline] = [Repository],
        [PipelineWrite] = [Pipeline, Repository],
    };

    internal static IReadOnlySet<string> Expand(IEnumerable<string> scopes)
    {
        var expanded = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(scopes);
        while (pending.TryPop(out var scope))
        {
            if (expanded.Add(scope) && Implied.TryGetValue(scope, out var more))
            {
                foreach (var next in more)
                {
                    pending.Push(next);
                }
            }
        }

        return expanded;
    }

    /// <summary>Throws Bitbucket's 403 when the caller's token lacks <paramref name="scope"/>.</summary>
    internal static void Require(HttpContext context, string scope)
    {
        var caller = BitbucketCaller.Of(context);
        if (caller.Scopes.Contains(scope))
        {
            return;
        }

        var granted = new JsonArray(caller.Scopes.Order(StringComparer.Ordinal).Select(s => (JsonNode?)JsonValue.Create(s)).ToArray());
        throw new BitbucketErrorException(
            403,
            "Your credentials lack one or more required privilege scopes.",
            new JsonObject { ["granted"] = granted, ["required"] = new JsonArray(scope) });
    }
}
