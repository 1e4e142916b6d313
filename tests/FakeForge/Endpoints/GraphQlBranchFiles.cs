using System.Text.Json.Nodes;
using FakeForge.Http;
using FakeForge.State;

namespace FakeForge.Endpoints;

/// <summary>
/// The <c>assetsBranch</c> query cml sends: a ref's target commit, its tree and two levels of entries, answered from the
/// fake's git objects as GitHub shapes it (a missing ref is <c>null</c>; a missing repository is <c>null</c> plus a
/// <c>NOT_FOUND</c> error).
/// </summary>
internal static class GraphQlBranchFiles
{
    public static JsonObject Answer(GitHubState state, JsonObject variables)
    {
        var owner = variables["owner"]?.GetValue<string>() ?? string.Empty;
        var name = variables["name"]?.GetValue<string>() ?? string.Empty;
        var qualifiedName = variables["qualifiedName"]?.GetValue<string>() ?? string.Empty;
        JsonNode? reference;
        try
        {
            reference = Reference(state, owner, name, qualifiedName);
        }
        catch (ApiErrorException) when (!RepositoryExists(state, owner, name))
        {
            return new JsonObject
            {
                ["data"] = new JsonObject { ["repository"] = null },
                ["errors"] = new JsonArray(new JsonObject
                {
                    ["type"] = "NOT_FOUND",
                    ["path"] = new JsonArray("repository"),
                    ["locations"] = new JsonArray(new JsonObject { ["line"] = 2, ["column"] = 3 }),
                    ["message"] = $"Could not resolve to a Repository with the name '{owner}/{name}'.",
                }),
            };
        }

        return new JsonObject { ["data"] = new JsonObject { ["repository"] = new JsonObject { ["ref"] = reference } } };
    }

    private static JsonObject? Reference(GitHubState state, string owner, string name, string qualifiedName)
    {
        string commitSha;
        try
        {
            commitSha = state.GetRef(owner, name, qualifiedName).Sha;
        }
        catch (ApiErrorException) when (RepositoryExists(state, owner, name))
        {
            return null;
        }

        var root = state.GetTree(owner, name, commitSha, recursive: false);
        var entries = new JsonArray();
        foreach (var entry in root.Entries)
        {
            var item = new JsonObject { ["name"] = entry.Path, ["type"] = entry.Type };
            if (entry.Type == "tree")
            {
                var inner = new JsonArray();
                foreach (var child in state.GetTree(owner, name, entry.Sha, recursive: false).Entries)
                {
                    inner.Add(new JsonObject { ["name"] = child.Path, ["type"] = child.Type });
                }

                item["object"] = new JsonObject { ["entries"] = inner };
            }
            else
            {
                // A blob matches no `... on Tree` fragment: GitHub answers an empty object.
                item["object"] = new JsonObject();
            }

            entries.Add(item);
        }

        return new JsonObject
        {
            ["target"] = new JsonObject
            {
                ["oid"] = commitSha,
                ["tree"] = new JsonObject { ["oid"] = root.Sha, ["entries"] = entries },
            },
        };
    }

    private static bool RepositoryExists(GitHubState state, string owner, string name)
    {
        try
        {
            state.ListRefs(owner, name, "refs/");
            return true;
        }
        catch (ApiErrorException)
        {
            return false;
        }
    }
}
