using System.Text.Json;

namespace ContinuousMl.Bitbucket.Json;

/// <summary>A pipeline, as far as a rerun needs it: what it ran on (<see cref="Target"/>, kept verbatim) and its number.</summary>
internal sealed class BitbucketPipeline
{
    public string? Uuid { get; init; }

    public long? BuildNumber { get; init; }

    /// <summary>The branch, tag, commit or pull request it ran for (with its selector), sent back as is to run it again.</summary>
    public JsonElement? Target { get; init; }
}
