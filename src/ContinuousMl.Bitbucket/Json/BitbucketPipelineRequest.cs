using System.Text.Json;

namespace ContinuousMl.Bitbucket.Json;

/// <summary>The body of <c>POST …/pipelines/</c>: the target to run.</summary>
internal sealed class BitbucketPipelineRequest
{
    public required JsonElement Target { get; init; }
}
