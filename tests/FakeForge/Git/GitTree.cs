using System.Text;

namespace FakeForge.Git;

/// <summary>A stored tree: its entries in git's order, and its id computed from git's binary encoding.</summary>
internal sealed record GitTree(string Sha, IReadOnlyList<GitTreeEntry> Entries)
{
    public static GitTree Create(IEnumerable<GitTreeEntry> entries)
    {
        // git sorts by name, comparing a directory as if its name ended with '/'.
        var sorted = entries.OrderBy(e => e.IsTree ? e.Name + "/" : e.Name, StringComparer.Ordinal).ToArray();
        using var encoded = new MemoryStream();
        foreach (var entry in sorted)
        {
            // In the object the tree mode has no leading zero ("40000"), unlike in the API.
            encoded.Write(Encoding.ASCII.GetBytes(entry.Mode.TrimStart('0') + " "));
            encoded.Write(Encoding.UTF8.GetBytes(entry.Name));
            encoded.WriteByte(0);
            encoded.Write(Convert.FromHexString(entry.Sha));
        }

        return new GitTree(GitHashing.ObjectId("tree", encoded.ToArray()), sorted);
    }
}
