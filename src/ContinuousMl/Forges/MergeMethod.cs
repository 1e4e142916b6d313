namespace ContinuousMl.Forges;

/// <summary>How a pull request is merged: <c>--merge</c>, <c>--rebase</c> or <c>--squash</c>.</summary>
public enum MergeMethod
{
    Merge,
    Rebase,
    Squash,
}
