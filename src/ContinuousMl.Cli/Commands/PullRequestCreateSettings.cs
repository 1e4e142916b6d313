using ContinuousMl.Forges;

namespace ContinuousMl.Cli.Commands;

/// <summary>The options of <c>pr create</c>, after flags and environment are merged.</summary>
public sealed record PullRequestCreateSettings
{
    public IReadOnlyList<string> Globs { get; init; } = [];

    public bool Markdown { get; init; }

    public bool SkipCi { get; init; }

    /// <summary><c>--merge</c>, <c>--rebase</c> or <c>--squash</c>; null when none was given.</summary>
    public MergeMethod? Merge { get; init; }

    public string? Branch { get; init; }

    public string? TargetBranch { get; init; }

    public string? Title { get; init; }

    public string? Body { get; init; }

    public string? Message { get; init; }

    public string Remote { get; init; } = "origin";

    public string? UserEmail { get; init; }

    public string? UserName { get; init; }
}
