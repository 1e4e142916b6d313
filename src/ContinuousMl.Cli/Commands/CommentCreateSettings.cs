namespace ContinuousMl.Cli.Commands;

/// <summary>The options of <c>comment create</c>/<c>comment update</c>, after flags and environment are merged.</summary>
public sealed record CommentCreateSettings
{
    public required string MarkdownFile { get; init; }

    public string? Target { get; init; }

    public bool Watch { get; init; }

    public bool Publish { get; init; } = true;

    public string? PublishUrl { get; init; }

    public bool PublishNative { get; init; }

    public string? WatermarkTitle { get; init; }

    public bool PullRequest { get; init; }

    public string? CommitSha { get; init; }

    public string? TriggerFile { get; init; }

    public bool Update { get; init; }

    public bool RemoveWatermark { get; init; }

    public bool DryRun { get; init; }
}
