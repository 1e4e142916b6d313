using System.Text.Json.Nodes;
using FakeForge.Git;
using FakeForge.Http;
using FakeForge.State;

namespace FakeForge.Json;

/// <summary>The git data API's shapes: trees, commits and refs.</summary>
internal static class GitJson
{
    public static JsonObject RenderTree(UrlRoots roots, RepositoryIdentity repository, TreeListing tree)
    {
        var api = roots.Repo(repository.Owner.Login, repository.Name);
        var entries = new JsonArray();
        foreach (var entry in tree.Entries)
        {
            var json = new JsonObject
            {
                ["path"] = entry.Path,
                ["mode"] = entry.Mode,
                ["type"] = entry.Type,
                ["sha"] = entry.Sha,
            };
            if (entry.Size is { } size)
            {
                json["size"] = size;
            }

            if (entry.Type is "blob" or "tree")
            {
                json["url"] = $"{api}/git/{entry.Type}s/{entry.Sha}";
            }

            entries.Add(json);
        }

        return new JsonObject
        {
            ["sha"] = tree.Sha,
            ["url"] = $"{api}/git/trees/{tree.Sha}",
            ["tree"] = entries,
            ["truncated"] = false,
        };
    }

    public static JsonObject RenderCommit(UrlRoots roots, RepositoryIdentity repository, GitCommitObject commit)
    {
        var api = roots.Repo(repository.Owner.Login, repository.Name);
        var parents = new JsonArray();
        foreach (var parent in commit.Parents)
        {
            parents.Add(new JsonObject
            {
                ["sha"] = parent,
                ["url"] = $"{api}/git/commits/{parent}",
                ["html_url"] = $"{roots.WebRepo(repository.Owner.Login, repository.Name)}/commit/{parent}",
            });
        }

        return new JsonObject
        {
            ["sha"] = commit.Sha,
            ["node_id"] = NodeIds.For("Commit", commit.Sha),
            ["url"] = $"{api}/git/commits/{commit.Sha}",
            ["html_url"] = $"{roots.WebRepo(repository.Owner.Login, repository.Name)}/commit/{commit.Sha}",
            ["author"] = Signature(commit.Author),
            ["committer"] = Signature(commit.Committer),
            ["message"] = commit.Message,
            ["tree"] = new JsonObject { ["sha"] = commit.TreeSha, ["url"] = $"{api}/git/trees/{commit.TreeSha}" },
            ["parents"] = parents,
            ["verification"] = new JsonObject { ["verified"] = false, ["reason"] = "unsigned", ["signature"] = null, ["payload"] = null },
        };
    }

    public static JsonObject RenderRef(UrlRoots roots, RepositoryIdentity repository, GitRef reference)
    {
        var api = roots.Repo(repository.Owner.Login, repository.Name);
        return new JsonObject
        {
            ["ref"] = reference.Name,
            ["node_id"] = NodeIds.For("Ref", reference.Name),
            ["url"] = $"{api}/git/{reference.Name}",
            ["object"] = new JsonObject
            {
                ["sha"] = reference.Sha,
                ["type"] = "commit",
                ["url"] = $"{api}/git/commits/{reference.Sha}",
            },
        };
    }

    public static GitSignature? ReadSignature(JsonNode? node) =>
        node is JsonObject json
            && RequestJson.OptionalString(json, "name") is { } signer
            && RequestJson.OptionalString(json, "email") is { } email
            ? new GitSignature(signer, email, ApiDates.Parse(RequestJson.OptionalString(json, "date")) ?? DateTimeOffset.UtcNow)
            : null;

    private static JsonObject Signature(GitSignature signature) => new()
    {
        ["name"] = signature.Name,
        ["email"] = signature.Email,
        ["date"] = ApiDates.Format(signature.Date),
    };
}
