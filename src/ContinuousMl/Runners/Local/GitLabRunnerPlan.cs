using System.Globalization;

namespace ContinuousMl.Runners.Local;

/// <summary>
/// GitLab's runner, as CML starts it: <c>gitlab-runner --log-format="json" run-single …</c> with the runner
/// authentication token the forge handed out, so there is no <c>register</c> step and no config file.
/// </summary>
public static class GitLabRunnerPlan
{
    /// <param name="binary">The <c>gitlab-runner</c> executable.</param>
    /// <param name="serverUrl">GitLab's root, e.g. <c>https://gitlab.com</c>.</param>
    /// <param name="token">The runner authentication token (a secret).</param>
    /// <param name="name">The runner's name.</param>
    /// <param name="workdir">Builds and cache go here.</param>
    /// <param name="idleTimeout">How long it waits for a job; null for ever (0).</param>
    /// <param name="single">Run one job, then exit.</param>
    /// <param name="inDocker">We run inside a container (<c>IN_DOCKER</c>): jobs use the shell executor.</param>
    /// <param name="gpu">A GPU is present: jobs get the GPU image and the nvidia runtime.</param>
    /// <param name="dockerVolumes">Volumes mounted into job containers.</param>
    public static RunnerLaunchPlan Create(
        string binary, string serverUrl, string token, string name, string workdir, TimeSpan? idleTimeout, bool single, bool inDocker, bool gpu, IReadOnlyList<string> dockerVolumes)
    {
        var arguments = new List<string>
        {
            "--log-format=json",
            "run-single",
            "--builds-dir", workdir,
            "--cache-dir", workdir,
            "--url", serverUrl,
            "--name", name,
            "--token", token,
            "--wait-timeout", ((long)(idleTimeout?.TotalSeconds ?? 0)).ToString(CultureInfo.InvariantCulture),
            "--executor", inDocker ? "shell" : "docker",
            "--docker-image", gpu ? "iterativeai/cml:latest-gpu" : "iterativeai/cml:latest",
        };
        if (gpu)
        {
            arguments.AddRange(["--docker-runtime", "nvidia"]);
        }

        foreach (var volume in dockerVolumes)
        {
            arguments.AddRange(["--docker-volumes", volume]);
        }

        if (single)
        {
            arguments.AddRange(["--max-builds", "1"]);
        }

        return new RunnerLaunchPlan(null, new RunnerCommand(binary, arguments, workdir));
    }
}
