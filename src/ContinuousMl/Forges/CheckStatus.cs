namespace ContinuousMl.Forges;

/// <summary>Where a check is in its life, with CML's <c>--status</c> choices.</summary>
public enum CheckStatus
{
    Queued,
    InProgress,
    Completed,
}
