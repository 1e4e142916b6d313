using Octokit;
using Octokit.Internal;

namespace ContinuousMl.GitHub;

/// <summary>
/// Octokit's serializer builds each model type's getters and setters by reflection the first time it meets the type,
/// and keeps them in one process-wide cache. In the native binary that first time costs milliseconds for a comment
/// (its user alone has some forty properties), and a comment command meets it last, after its network round trips.
/// Priming the cache on a worker as soon as the client exists takes that off the command's path; a command that
/// never reads comments has only used a spare core.
/// </summary>
internal static class GitHubSerializerWarmUp
{
    // The nested objects are what make the serializer visit the nested types too.
    private const string Comment = """{"id":1,"body":"","user":{"id":1,"login":"a","type":"User"},"reactions":{"total_count":0},"author_association":"NONE"}""";

    public static Task Start() => Task.Run(Prime);

    /// <summary>Deserialises a sample comment, user and reactions included.</summary>
    internal static IssueComment Prime() => new SimpleJsonSerializer().Deserialize<IssueComment>(Comment);
}
