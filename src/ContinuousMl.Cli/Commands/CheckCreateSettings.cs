using ContinuousMl.Forges;

namespace ContinuousMl.Cli.Commands;

/// <summary>The options of <c>check create</c>, after flags and environment are merged.</summary>
public sealed record CheckCreateSettings
{
    public required string MarkdownFile { get; init; }

    /// <summary>The commit as given (any revision git can resolve); null for the CI's commit.</summary>
    public string? CommitSha { get; init; }

    public CheckConclusion Conclusion { get; init; }

    public CheckStatus Status { get; init; } = CheckStatus.Completed;

    public string Title { get; init; } = CheckCreateCommand.DefaultTitle;

    /// <summary>A <c>cml metrics diff --json</c> file whose gates decide the conclusion.</summary>
    public string? ConclusionFromGates { get; init; }
}
