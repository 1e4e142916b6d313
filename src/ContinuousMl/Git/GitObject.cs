namespace ContinuousMl.Git;

/// <summary>What a <c>&lt;commit&gt;:&lt;path&gt;</c> names: a file with its bytes, a folder, or nothing.</summary>
public sealed class GitObject
{
    private GitObject(GitObjectKind kind, byte[]? content)
    {
        Kind = kind;
        Content = content;
    }

    public static GitObject Missing { get; } = new(GitObjectKind.Missing, null);

    public static GitObject Folder { get; } = new(GitObjectKind.Folder, null);

    public GitObjectKind Kind { get; }

    /// <summary>The file's bytes; null unless <see cref="Kind"/> is <see cref="GitObjectKind.File"/>.</summary>
    public byte[]? Content { get; }

    public static GitObject File(byte[] content) => new(GitObjectKind.File, content);
}
