using ContinuousMl.Forges;

namespace ContinuousMl.Runners.Local;

/// <summary>
/// Bitbucket's pipelines runner: Atlassian ships it as a container, started as CML starts it (the runner's ids and
/// OAuth client in its environment). A <c>--runner-binary</c> is started directly with the same variables.
/// </summary>
public static class BitbucketRunnerPlan
{
    public const string Image = "docker-public.packages.atlassian.com/sox/atlassian/bitbucket-pipelines-runner:1";

    /// <param name="binary">A runner program to start instead of the container; null for <c>docker</c>.</param>
    /// <param name="registration">The runner's uuid, OAuth client and the workspace and repository uuids.</param>
    /// <param name="name">The runner's (and container's) name.</param>
    /// <param name="workdir">Where a <c>--runner-binary</c> runs; the container works under <c>/tmp</c>, as Atlassian's does.</param>
    /// <param name="gpu">A GPU is present: the container gets the nvidia runtime.</param>
    public static RunnerLaunchPlan Create(string? binary, RunnerRegistration registration, string name, string workdir, bool gpu)
    {
        ArgumentNullException.ThrowIfNull(registration);
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ACCOUNT_UUID"] = registration.AccountUuid ?? string.Empty,
            ["REPOSITORY_UUID"] = registration.RepositoryUuid ?? string.Empty,
            ["RUNNER_UUID"] = registration.RunnerId ?? string.Empty,
            ["OAUTH_CLIENT_ID"] = registration.OAuthClientId ?? string.Empty,
            ["OAUTH_CLIENT_SECRET"] = registration.OAuthClientSecret ?? string.Empty,
            ["WORKING_DIRECTORY"] = binary is null ? "/tmp" : workdir,
        };
        if (binary is not null)
        {
            return new RunnerLaunchPlan(null, new RunnerCommand(binary, [], workdir) { Environment = variables });
        }

        var arguments = new List<string>
        {
            "container", "run", "-t", "-a", "stderr", "-a", "stdout", "--rm",
            "-v", "/var/run/docker.sock:/var/run/docker.sock",
            "-v", "/var/lib/docker/containers:/var/lib/docker/containers:ro",
            "-v", "/tmp:/tmp",
        };
        foreach (var (variable, value) in variables)
        {
            arguments.AddRange(["-e", $"{variable}={value}"]);
        }

        arguments.AddRange(["--name", name]);
        if (gpu)
        {
            arguments.AddRange(["--runtime=nvidia", "-e", "NVIDIA_VISIBLE_DEVICES=all"]);
        }

        arguments.Add(Image);
        return new RunnerLaunchPlan(null, new RunnerCommand("docker", arguments, workdir));
    }
}
