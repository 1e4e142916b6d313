using System.Text.RegularExpressions;
using ContinuousMl.Ci;

namespace ContinuousMl.Runners.Logs;

/// <summary>
/// Reads the official runners' logs with CML's patterns (reference §5.4): GitHub's actions runner, GitLab's
/// <c>gitlab-runner --log-format=json</c>, Bitbucket's pipelines runner. Statuses are tried in CML's fixed order
/// (ready, job started, job ended), one event per status whose pattern matches anywhere in the chunk.
/// </summary>
public sealed partial class RunnerLogParser
{
    private readonly string driver;

    public RunnerLogParser(string driver)
    {
        if (driver is not (DriverResolver.GitHub or DriverResolver.GitLab or DriverResolver.Bitbucket))
        {
            throw new ArgumentException($"no runner log patterns for driver {driver}", nameof(driver));
        }

        this.driver = driver;
    }

    public IReadOnlyList<RunnerLogEvent> Parse(string chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        return driver switch
        {
            DriverResolver.GitHub => ParseGitHub(chunk),
            DriverResolver.GitLab => ParseGitLab(chunk),
            _ => ParseBitbucket(chunk),
        };
    }

    private static List<RunnerLogEvent> ParseGitHub(string chunk)
    {
        var events = new List<RunnerLogEvent>(1);
        if (chunk.Contains("Listening for Jobs", StringComparison.Ordinal))
        {
            events.Add(new RunnerLogEvent(RunnerLogEventKind.Ready));
        }

        if (GitHubJobStarted().Match(chunk) is { Success: true } started)
        {
            events.Add(new RunnerLogEvent(RunnerLogEventKind.JobStarted, Job: NullIfEmpty(started.Groups["job"].Value)));
        }

        if (GitHubJobEnded().Match(chunk) is { Success: true } ended)
        {
            events.Add(new RunnerLogEvent(
                RunnerLogEventKind.JobEnded,
                Job: NullIfEmpty(ended.Groups["job"].Value),
                Success: chunk.Contains("completed with result: Succeeded", StringComparison.Ordinal)));
        }

        return events;
    }

    private static List<RunnerLogEvent> ParseGitLab(string chunk)
    {
        var events = new List<RunnerLogEvent>(1);
        var job = GitLabJobId().Match(chunk) is { Success: true } id ? id.Groups[1].Value : null;
        if (chunk.Contains("Starting runner for", StringComparison.Ordinal))
        {
            events.Add(new RunnerLogEvent(RunnerLogEventKind.Ready));
        }

        if (GitLabJobStarted().IsMatch(chunk))
        {
            events.Add(new RunnerLogEvent(RunnerLogEventKind.JobStarted, Job: job));
        }

        if (chunk.Contains("\"duration_s\":", StringComparison.Ordinal))
        {
            events.Add(new RunnerLogEvent(RunnerLogEventKind.JobEnded, Job: job, Success: GitLabJobSucceeded().IsMatch(chunk)));
        }

        return events;
    }

    private static List<RunnerLogEvent> ParseBitbucket(string chunk)
    {
        var events = new List<RunnerLogEvent>(1);
        if (chunk.Contains("Updating runner status to \"ONLINE\"", StringComparison.Ordinal))
        {
            events.Add(new RunnerLogEvent(RunnerLogEventKind.Ready));
        }

        if (chunk.Contains("Getting step StepId", StringComparison.Ordinal))
        {
            events.Add(new RunnerLogEvent(
                RunnerLogEventKind.JobStarted,
                Job: BitbucketStep().Match(chunk) is { Success: true } step ? step.Groups[1].Value : null,
                Pipeline: BitbucketPipeline().Match(chunk) is { Success: true } pipeline ? pipeline.Groups[1].Value : null));
        }

        if (chunk.Contains("Completing step with result", StringComparison.Ordinal))
        {
            events.Add(new RunnerLogEvent(
                RunnerLogEventKind.JobEnded,
                Success: chunk.Contains("Completing step with result Result{status=PASSED", StringComparison.Ordinal)));
        }

        return events;
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value.Trim();

    // "Running job: train"; the name is what we know of a GitHub job from its runner's log.
    [GeneratedRegex(@"Running job(?::\s*(?<job>.+?))?\s*$", RegexOptions.Multiline)]
    private static partial Regex GitHubJobStarted();

    // "Job train completed with result: Succeeded"
    [GeneratedRegex(@"(?:Job (?<job>.+?) )?completed with result")]
    private static partial Regex GitHubJobEnded();

    [GeneratedRegex("\"job\":.+received")]
    private static partial Regex GitLabJobStarted();

    [GeneratedRegex("\"duration_s\":.+Job succeeded")]
    private static partial Regex GitLabJobSucceeded();

    [GeneratedRegex("\"job\":([0-9]+),\"")]
    private static partial Regex GitLabJobId();

    [GeneratedRegex(@"pipelineUuid=(\{[^}]+\})")]
    private static partial Regex BitbucketPipeline();

    [GeneratedRegex(@"stepUuid=(\{[^}]+\})\}")]
    private static partial Regex BitbucketStep();
}
