using ContinuousMl.Forges;
using ContinuousMl.Runners.Local;

namespace ContinuousMl.Tests.Runners;

public class RunnerPlanTests
{
    [Fact]
    public void A_runner_folder_is_configured_with_config_sh_and_run_with_run_sh()
    {
        var folder = Directory.CreateTempSubdirectory("cml-runner-plan").FullName;
        try
        {
            var plan = GitHubRunnerPlan.Create(folder, "https://github.com/acme/model", "AABFSECRET", "gpu-1", ["cml", "gpu"], "/opt/w", single: true);

            Assert.Equal(Path.Combine(folder, "config.sh"), plan.Configure!.FileName);
            Assert.Equal(
                ["--unattended", "--token", "AABFSECRET", "--url", "https://github.com/acme/model", "--name", "gpu-1", "--labels", "cml,gpu", "--work", "/opt/w/_work", "--ephemeral"],
                plan.Configure.Arguments);
            Assert.Equal(Path.Combine(folder, "run.sh"), plan.Run.FileName);
            Assert.Empty(plan.Run.Arguments);
            Assert.Equal("1", plan.Run.Environment["RUNNER_ALLOW_RUNASROOT"]);
            Assert.DoesNotContain("AABFSECRET", plan.Configure.Describe());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_runner_program_is_called_like_Runner_Listener()
    {
        var plan = GitHubRunnerPlan.Create("/usr/local/bin/listener", "https://github.com/acme", "T", "n", ["cml"], "/w", single: false);

        Assert.Equal("configure", plan.Configure!.Arguments[0]);
        Assert.DoesNotContain("--ephemeral", plan.Configure.Arguments);
        Assert.Equal(["run"], plan.Run.Arguments);
        Assert.Equal("/usr/local/bin/listener", plan.Run.FileName);
    }

    [Fact]
    public void GitLab_runs_run_single_with_CMLs_flags()
    {
        var plan = GitLabRunnerPlan.Create(
            "/w/gitlab-runner", "https://gitlab.example.com/gitlab", "glrt-SECRET", "r1", "/w", TimeSpan.FromMinutes(5), single: true, inDocker: false, gpu: true, ["/cache:/cache"]);

        Assert.Null(plan.Configure);
        Assert.Equal(
            [
                "--log-format=json", "run-single", "--builds-dir", "/w", "--cache-dir", "/w", "--url", "https://gitlab.example.com/gitlab", "--name", "r1",
                "--token", "glrt-SECRET", "--wait-timeout", "300", "--executor", "docker", "--docker-image", "iterativeai/cml:latest-gpu",
                "--docker-runtime", "nvidia", "--docker-volumes", "/cache:/cache", "--max-builds", "1",
            ],
            plan.Run.Arguments);
        Assert.DoesNotContain("glrt-SECRET", plan.Run.Describe());
    }

    [Fact]
    public void GitLab_never_waits_for_ever_and_uses_the_shell_executor_in_docker()
    {
        var plan = GitLabRunnerPlan.Create("/w/gitlab-runner", "https://gitlab.com", "t", "r1", "/w", null, single: false, inDocker: true, gpu: false, []);

        var arguments = plan.Run.Arguments.ToList();
        Assert.Equal("0", arguments[arguments.IndexOf("--wait-timeout") + 1]);
        Assert.Equal("shell", arguments[arguments.IndexOf("--executor") + 1]);
        Assert.DoesNotContain("--max-builds", arguments);
    }

    [Fact]
    public void Bitbucket_starts_Atlassians_container_with_the_runners_credentials()
    {
        var registration = new RunnerRegistration("secret", "{runner}") { OAuthClientId = "client", OAuthClientSecret = "secret", AccountUuid = "{ws}", RepositoryUuid = "{repo}" };

        var plan = BitbucketRunnerPlan.Create(null, registration, "bb-1", "/w", gpu: false);

        Assert.Equal("docker", plan.Run.FileName);
        Assert.Contains("RUNNER_UUID={runner}", plan.Run.Arguments);
        Assert.Contains("OAUTH_CLIENT_SECRET=secret", plan.Run.Arguments);
        Assert.Equal(BitbucketRunnerPlan.Image, plan.Run.Arguments[^1]);
        Assert.DoesNotContain("secret", plan.Run.Describe().Replace("OAUTH_CLIENT_SECRET", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void A_bitbucket_runner_binary_gets_the_credentials_in_its_environment()
    {
        var registration = new RunnerRegistration("secret", "{runner}") { OAuthClientId = "client", OAuthClientSecret = "secret" };

        var plan = BitbucketRunnerPlan.Create("/opt/runner/start.sh", registration, "bb-1", "/w", gpu: false);

        Assert.Equal("/opt/runner/start.sh", plan.Run.FileName);
        Assert.Equal("{runner}", plan.Run.Environment["RUNNER_UUID"]);
        Assert.Equal("/w", plan.Run.Environment["WORKING_DIRECTORY"]);
    }

    [Fact]
    public void The_sensitive_variables_are_kept_from_the_runner()
    {
        var environment = new Dictionary<string, string>
        {
            ["PATH"] = "/bin",
            ["AWS_SECRET_ACCESS_KEY"] = "s",
            ["REPO_TOKEN"] = "t",
            [ChildEnvironment.SensitiveVariable] = "AWS_SECRET_ACCESS_KEY:REPO_TOKEN",
        };

        Assert.Equal(["PATH"], ChildEnvironment.From(environment).Keys);
    }
}
