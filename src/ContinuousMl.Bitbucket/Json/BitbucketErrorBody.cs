using System.Text.Json;

namespace ContinuousMl.Bitbucket.Json;

/// <summary>
/// What went wrong. <see cref="Detail"/> is text, or for a missing scope an object naming the
/// <c>granted</c> and <c>required</c> scopes; <see cref="Fields"/> maps a rejected field to its messages.
/// </summary>
internal sealed class BitbucketErrorBody
{
    public string? Message { get; init; }

    public JsonElement? Detail { get; init; }

    public JsonElement? Fields { get; init; }
}
