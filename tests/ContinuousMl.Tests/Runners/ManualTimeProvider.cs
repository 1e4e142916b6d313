namespace ContinuousMl.Tests.Runners;

/// <summary>A clock a test moves by hand, so lifecycle rules are tested without sleeping.</summary>
internal sealed class ManualTimeProvider : TimeProvider
{
    private DateTimeOffset now = new(2024, 10, 24, 12, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan span) => now += span;
}
