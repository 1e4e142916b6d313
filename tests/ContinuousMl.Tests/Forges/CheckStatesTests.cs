using ContinuousMl.Errors;
using ContinuousMl.Forges;

namespace ContinuousMl.Tests.Forges;

public class CheckStatesTests
{
    [Theory]
    [InlineData("success", CheckConclusion.Success)]
    [InlineData("failure", CheckConclusion.Failure)]
    [InlineData("neutral", CheckConclusion.Neutral)]
    [InlineData("cancelled", CheckConclusion.Cancelled)]
    [InlineData("skipped", CheckConclusion.Skipped)]
    [InlineData("timed_out", CheckConclusion.TimedOut)]
    public void Conclusions_round_trip_CMLs_names(string name, CheckConclusion conclusion)
    {
        Assert.Equal(conclusion, CheckStates.ParseConclusion(name));
        Assert.Equal(name, CheckStates.Name(conclusion));
    }

    [Theory]
    [InlineData("queued", CheckStatus.Queued)]
    [InlineData("in_progress", CheckStatus.InProgress)]
    [InlineData("completed", CheckStatus.Completed)]
    public void Statuses_round_trip_CMLs_names(string name, CheckStatus status)
    {
        Assert.Equal(status, CheckStates.ParseStatus(name));
        Assert.Equal(name, CheckStates.Name(status));
    }

    [Theory]
    [InlineData("canceled")]
    [InlineData("Success")]
    [InlineData("")]
    public void An_unknown_conclusion_is_a_usage_error_listing_the_choices(string name)
    {
        var error = Assert.Throws<CmlException>(() => CheckStates.ParseConclusion(name));

        Assert.Equal(ExitCodes.Usage, error.ExitCode);
        Assert.Equal($"--conclusion \"{name}\" is not one of success, failure, neutral, cancelled, skipped, timed_out", error.Message);
    }

    [Fact]
    public void An_unknown_status_is_a_usage_error_listing_the_choices()
    {
        var error = Assert.Throws<CmlException>(() => CheckStates.ParseStatus("done"));

        Assert.Equal(ExitCodes.Usage, error.ExitCode);
        Assert.Equal("--status \"done\" is not one of queued, in_progress, completed", error.Message);
    }
}
