using System.Globalization;
using System.Text;
using FakeForge.Git;

namespace FakeForge;

/// <summary>A commit created through the git data API (or seeded by a test).</summary>
public sealed record GitCommitObject(
    string Sha,
    string TreeSha,
    IReadOnlyList<string> Parents,
    string Message,
    GitSignature Author,
    GitSignature Committer)
{
    internal static GitCommitObject Create(string treeSha, IReadOnlyList<string> parents, string message, GitSignature author, GitSignature committer)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"tree {treeSha}\n");
        foreach (var parent in parents)
        {
            text.Append(CultureInfo.InvariantCulture, $"parent {parent}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"author {Format(author)}\n");
        text.Append(CultureInfo.InvariantCulture, $"committer {Format(committer)}\n\n");
        text.Append(message);
        var sha = GitHashing.ObjectId("commit", Encoding.UTF8.GetBytes(text.ToString()));
        return new GitCommitObject(sha, treeSha, parents, message, author, committer);
    }

    private static string Format(GitSignature signature) =>
        string.Create(CultureInfo.InvariantCulture, $"{signature.Name} <{signature.Email}> {signature.Date.ToUnixTimeSeconds()} +0000");
}
