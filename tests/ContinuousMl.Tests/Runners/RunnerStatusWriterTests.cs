using ContinuousMl.Runners.Lifecycle;
using ContinuousMl.Runners.Logs;

namespace ContinuousMl.Tests.Runners;

public class RunnerStatusWriterTests
{
    [Fact]
    public void Status_lines_are_CMLs_json_with_sorted_keys()
    {
        var output = new StringWriter();
        var writer = new RunnerStatusWriter(output, "https://github.com/acme/model", new ManualTimeProvider());

        writer.Write(new RunnerLogEvent(RunnerLogEventKind.Ready));
        writer.Write(new RunnerLogEvent(RunnerLogEventKind.JobEnded, Job: "1396213069", Pipeline: "{p}", Success: false));
        writer.WriteTerminated(StopReason.IdleTimeout(TimeSpan.FromMinutes(5)));

        Assert.Equal(
            [
                "{\"date\":\"2024-10-24T12:00:00.000Z\",\"level\":\"info\",\"message\":\"runner status\",\"repo\":\"https://github.com/acme/model\",\"status\":\"ready\"}",
                "{\"date\":\"2024-10-24T12:00:00.000Z\",\"job\":\"1396213069\",\"level\":\"info\",\"message\":\"runner status\",\"pipeline\":\"{p}\",\"repo\":\"https://github.com/acme/model\",\"status\":\"job_ended\",\"success\":false}",
                "{\"level\":\"info\",\"message\":\"runner status\",\"reason\":\"timeout:300\",\"status\":\"terminated\"}",
            ],
            output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }
}
