namespace FakeClouds.Ec2;

/// <summary>
/// An error EC2 answers instead of doing the action, e.g. <c>InsufficientInstanceCapacity</c> (500),
/// <c>AuthFailure</c> (401), <c>UnauthorizedOperation</c> (403). With <see cref="HoldAfterAction"/> the action
/// happens and the answer is held back that long, so a caller that gives up (timeout, cancellation) cannot know
/// the outcome.
/// </summary>
public sealed record Ec2Fault(string Code, string Message, int Status = 400, TimeSpan? HoldAfterAction = null)
{
    public static Ec2Fault Hold(TimeSpan duration) => new("", "", 0, duration);
}
