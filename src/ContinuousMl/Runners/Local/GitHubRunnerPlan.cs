namespace ContinuousMl.Runners.Local;

/// <summary>
/// GitHub's actions runner: <c>config.sh --unattended …</c> then <c>run.sh</c>, as CML starts it. A
/// <c>--runner-binary</c> that is a file (not an unpacked runner folder) is called the way the runner's own
/// <c>bin/Runner.Listener</c> is: <c>&lt;binary&gt; configure …</c>, then <c>&lt;binary&gt; run</c>.
/// </summary>
public static class GitHubRunnerPlan
{
    /// <param name="runner">An unpacked actions-runner folder (with <c>config.sh</c>), or a listener-style executable.</param>
    /// <param name="url">The repository's or organisation's web URL.</param>
    /// <param name="registrationToken">The short-lived registration token (a secret).</param>
    /// <param name="name">The runner's name.</param>
    /// <param name="labels">Its labels.</param>
    /// <param name="workdir">The runner's folder; jobs run in <c>_work</c> below it.</param>
    /// <param name="single">Register as ephemeral: GitHub gives it one job and removes it.</param>
    public static RunnerLaunchPlan Create(string runner, string url, string registrationToken, string name, IReadOnlyList<string> labels, string workdir, bool single)
    {
        var configure = new List<string>
        {
            "--unattended",
            "--token", registrationToken,
            "--url", url,
            "--name", name,
            "--labels", string.Join(',', labels),
            "--work", Path.Combine(workdir, "_work"),
        };
        if (single)
        {
            configure.Add("--ephemeral");
        }

        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            // CML sets it for every runner: in containers the runner runs as root, which it refuses otherwise.
            ["RUNNER_ALLOW_RUNASROOT"] = "1",
        };
        if (Directory.Exists(runner))
        {
            return new RunnerLaunchPlan(
                new RunnerCommand(Path.Combine(runner, "config.sh"), configure, workdir) { Environment = environment },
                new RunnerCommand(Path.Combine(runner, "run.sh"), [], workdir) { Environment = environment });
        }

        return new RunnerLaunchPlan(
            new RunnerCommand(runner, ["configure", .. configure], workdir) { Environment = environment },
            new RunnerCommand(runner, ["run"], workdir) { Environment = environment });
    }
}
