using System.Security.Cryptography;
using System.Text;

namespace FakeForge.Git;

/// <summary>Object ids computed exactly as git does, so shas from the fake look (and sort, and collide) like real ones.</summary>
internal static class GitHashing
{
    public static string ObjectId(string type, ReadOnlySpan<byte> content)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA1);
        hash.AppendData(Encoding.ASCII.GetBytes($"{type} {content.Length}\0"));
        hash.AppendData(content);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public static bool IsFullSha(string value) =>
        value.Length == 40 && value.All(Uri.IsHexDigit);
}
