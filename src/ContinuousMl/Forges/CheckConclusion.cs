namespace ContinuousMl.Forges;

/// <summary>How a finished check ended, with CML's <c>--conclusion</c> choices.</summary>
public enum CheckConclusion
{
    Success,
    Failure,
    Neutral,
    Cancelled,
    Skipped,
    TimedOut,
}
