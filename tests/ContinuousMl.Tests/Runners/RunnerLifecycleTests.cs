using ContinuousMl.Runners.Lifecycle;

namespace ContinuousMl.Tests.Runners;

public class RunnerLifecycleTests
{
    private readonly ManualTimeProvider clock = new();

    [Fact]
    public void An_idle_runner_stops_after_the_idle_timeout()
    {
        var lifecycle = new RunnerLifecycle(new RunnerLifecycleOptions(TimeSpan.FromMinutes(5), Single: false, MaxLifetime: null), clock);

        clock.Advance(TimeSpan.FromMinutes(4) + TimeSpan.FromSeconds(59));
        Assert.Null(lifecycle.Check());
        clock.Advance(TimeSpan.FromSeconds(1));

        var reason = lifecycle.Check();
        Assert.Equal("timeout:300", reason?.Reason);
        Assert.True(reason!.Soft);
    }

    [Fact]
    public void A_busy_runner_is_never_stopped_by_the_idle_timeout()
    {
        var lifecycle = new RunnerLifecycle(new RunnerLifecycleOptions(TimeSpan.FromSeconds(10), Single: false, MaxLifetime: null), clock);
        lifecycle.JobStarted("train", null);

        clock.Advance(TimeSpan.FromHours(30));

        Assert.Null(lifecycle.Check());
        Assert.True(lifecycle.IsBusy);
    }

    [Fact]
    public void The_idle_clock_restarts_when_a_job_ends()
    {
        var lifecycle = new RunnerLifecycle(new RunnerLifecycleOptions(TimeSpan.FromSeconds(10), Single: false, MaxLifetime: null), clock);
        clock.Advance(TimeSpan.FromSeconds(9));
        lifecycle.JobStarted("train", null);
        clock.Advance(TimeSpan.FromMinutes(3));
        lifecycle.JobEnded();

        clock.Advance(TimeSpan.FromSeconds(9));
        Assert.Null(lifecycle.Check());
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("timeout:10", lifecycle.Check()?.Reason);
        Assert.Equal(1, lifecycle.JobsEnded);
    }

    [Fact]
    public void Restarting_the_idle_clock_calls_a_due_stop_off()
    {
        var lifecycle = new RunnerLifecycle(new RunnerLifecycleOptions(TimeSpan.FromSeconds(10), Single: false, MaxLifetime: null), clock);
        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.NotNull(lifecycle.Check());

        lifecycle.RestartIdleClock();

        Assert.Null(lifecycle.Check());
    }

    [Fact]
    public void No_idle_timeout_runs_for_ever()
    {
        var lifecycle = new RunnerLifecycle(new RunnerLifecycleOptions(null, Single: false, MaxLifetime: null), clock);

        clock.Advance(TimeSpan.FromDays(400));

        Assert.Null(lifecycle.Check());
    }

    [Fact]
    public void Single_stops_once_the_first_job_ended_not_before()
    {
        var lifecycle = new RunnerLifecycle(new RunnerLifecycleOptions(null, Single: true, MaxLifetime: null), clock);
        lifecycle.JobStarted("train", null);
        Assert.Null(lifecycle.Check());

        lifecycle.JobEnded();

        var reason = lifecycle.Check();
        Assert.Equal("single job", reason?.Reason);
        Assert.False(reason!.Soft);
    }

    [Fact]
    public void Max_lifetime_stops_even_a_busy_runner_and_keeps_its_job_for_the_retry()
    {
        var lifecycle = new RunnerLifecycle(new RunnerLifecycleOptions(TimeSpan.FromMinutes(5), Single: false, MaxLifetime: TimeSpan.FromHours(1)), clock);
        var job = lifecycle.JobStarted("train", "{pipeline}");

        clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Null(lifecycle.Check());
        clock.Advance(TimeSpan.FromMinutes(1));

        var reason = lifecycle.Check();
        Assert.Equal("max-lifetime:3600", reason?.Reason);
        Assert.False(reason!.Soft);
        Assert.Equal([job], lifecycle.RunningJobs);
        Assert.Equal("{pipeline}", lifecycle.RunningJobs[0].Pipeline);
    }

    [Fact]
    public void A_runner_that_exits_with_an_error_code_is_a_failure()
    {
        Assert.True(StopReason.RunnerExited(3).IsError);
        Assert.Equal("runner closed with exit code 3", StopReason.RunnerExited(3).Reason);
        Assert.False(StopReason.RunnerExited(0).IsError);
    }
}
