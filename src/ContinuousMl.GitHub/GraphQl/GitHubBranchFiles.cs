using System.Text.Json;

namespace ContinuousMl.GitHub.GraphQl;

/// <summary>A branch's head commit, its root tree and the paths of the files in its first two levels.</summary>
internal sealed record GitHubBranchFiles(string CommitSha, string TreeSha, IReadOnlySet<string> Paths)
{
    /// <summary>Reads the <c>assetsBranch</c> query's data; null when the repository or the ref is null.</summary>
    public static GitHubBranchFiles? From(JsonElement? data)
    {
        if (Child(data, "repository") is not { } repository
            || Child(repository, "ref") is not { } reference
            || Child(reference, "target") is not { } target
            || Text(target, "oid") is not { } commitSha
            || Child(target, "tree") is not { } tree
            || Text(tree, "oid") is not { } treeSha)
        {
            return null;
        }

        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in Entries(tree))
        {
            var entryName = Text(entry, "name");
            if (entryName is null)
            {
                continue;
            }

            if (Text(entry, "type") == "blob")
            {
                paths.Add(entryName);
            }
            else if (Child(entry, "object") is { } subtree)
            {
                foreach (var inner in Entries(subtree))
                {
                    if (Text(inner, "type") == "blob" && Text(inner, "name") is { } innerName)
                    {
                        paths.Add(entryName + "/" + innerName);
                    }
                }
            }
        }

        return new GitHubBranchFiles(commitSha, treeSha, paths);
    }

    private static JsonElement? Child(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty(name, out var child) && child.ValueKind == JsonValueKind.Object
            ? child
            : null;

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IEnumerable<JsonElement> Entries(JsonElement tree) =>
        tree.TryGetProperty("entries", out var entries) && entries.ValueKind == JsonValueKind.Array
            ? entries.EnumerateArray()
            : [];
}
