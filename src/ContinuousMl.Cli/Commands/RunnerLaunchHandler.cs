using System.Diagnostics;
using System.Globalization;
using System.Text;
using ContinuousMl.Ci;
using ContinuousMl.Errors;
using ContinuousMl.Forges;
using ContinuousMl.Runners.Cloud;
using ContinuousMl.Runners.Launch;
using ContinuousMl.Runners.Lifecycle;
using ContinuousMl.Runners.Local;
using ContinuousMl.Runners.Logs;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.Cli.Commands;

/// <summary>
/// Runs <c>runner launch</c> as CML's orchestration does (reference §5.1): check the token against the runner
/// list, honour <c>--reuse</c>/<c>--reuse-idle</c>, then start the runner here (local mode) or on a cloud
/// instance (<c>--cloud</c>). Every flag is validated before the first request, so a typo costs no API call.
/// </summary>
public sealed class RunnerLaunchHandler(
    IEnvironmentVariables environment,
    ForgeSessionOpener opener,
    HttpClient http,
    SecretRedactor redactor,
    ILoggerFactory loggers,
    TextWriter output,
    IEnumerable<ICloudRunnerProvider> providers,
    IEnumerable<ICloudInstanceSelf> instanceSelves,
    TimeProvider time)
{
    private static readonly string[] LegacyGpuAliases = ["tesla"];

    private readonly ILogger logger = loggers.CreateLogger("runner");

    public async Task<int> RunAsync(GlobalSettings globals, RunnerLaunchSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var launch = Validate(settings);
        using var signals = new ShutdownSignals();
        using var beforeRunner = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var onCancel = cancellationToken.Register(() => signals.Raise(StopReason.Signal("SIGINT")));
        _ = signals.Received.ContinueWith(_ => beforeRunner.Cancel(), TaskScheduler.Default);

        if (environment.Get("RUNNER_NAME") is { Length: > 0 } && environment.Get(GitHubActions.EnvironmentVariableName) != "true")
        {
            logger.LogWarning("ignoring RUNNER_NAME environment variable, use CML_RUNNER_NAME or --name instead");
        }

        var job = await JobLocation.DetectAsync(environment, logger, beforeRunner.Token).ConfigureAwait(false);
        var forge = await opener.OpenRunnersAsync(globals, job, logger, beforeRunner.Token).ConfigureAwait(false);
        if (await ReuseAsync(forge, launch, beforeRunner.Token).ConfigureAwait(false))
        {
            return ExitCodes.Success;
        }

        if (launch.Settings.DockerVolumes.Count > 0 && forge.Driver != DriverResolver.GitLab)
        {
            logger.LogWarning("Parameters --docker-volumes is only supported in gitlab");
        }

        if (launch.Settings.Cloud is { } cloud)
        {
            return await LaunchInCloudAsync(forge, launch, cloud, beforeRunner.Token).ConfigureAwait(false);
        }

        return await RunHereAsync(forge, launch, signals, beforeRunner.Token).ConfigureAwait(false);
    }

    /// <summary>Every flag checked and converted, or a usage error naming the flag (exit 2).</summary>
    internal RunnerLaunch Validate(RunnerLaunchSettings settings)
    {
        var exclusive = new[] { ("--single", settings.Single), ("--reuse", settings.Reuse), ("--reuse-idle", settings.ReuseIdle) }.Where(f => f.Item2).Select(f => f.Item1).ToArray();
        if (exclusive.Length > 1)
        {
            throw new CmlException($"{string.Join(" and ", exclusive)} are mutually exclusive: pass only one of --single, --reuse, --reuse-idle", ExitCodes.Usage);
        }

        var labels = settings.Labels.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (labels.Length == 0)
        {
            throw new CmlException("--labels is empty: pass one or more labels separated by commas, e.g. --labels cml,gpu", ExitCodes.Usage);
        }

        var idle = IdleTimeoutParser.Parse(settings.IdleTimeout);
        var maxLifetime = IdleTimeoutParser.ParseMaxLifetime(settings.MaxLifetime);
        var launchTimeout = settings.CloudLaunchTimeout is { } timeoutText
            ? (DurationText.TryParseSeconds(timeoutText, out var seconds) && seconds > 0
                ? TimeSpan.FromSeconds(seconds)
                : throw new CmlException($"--cloud-launch-timeout \"{timeoutText}\" is not a positive duration: pass seconds (600) or a duration (10min)", ExitCodes.Usage))
            : TimeSpan.FromMinutes(10);
        var name = settings.Name ?? RunnerName.Random();
        if (name.Any(char.IsWhiteSpace))
        {
            throw new CmlException($"--name \"{name}\" has blanks: runner names are one word, e.g. gpu-runner-1", ExitCodes.Usage);
        }

        if (settings.RunnerBinary is { } binary && !File.Exists(binary) && !Directory.Exists(binary))
        {
            throw new CmlException($"--runner-binary {binary}: no such file or folder; pass the path of an installed runner (or leave it out to download the official one)", ExitCodes.Usage);
        }

        if (settings.Cloud is not null && settings.CloudSelf is not null)
        {
            throw new CmlException("--cloud and --cloud-self cannot be used together: --cloud-self is for the runner on the instance", ExitCodes.Usage);
        }

        var hddSize = settings.CloudHddSize is { } hdd
            ? int.TryParse(hdd, NumberStyles.None, CultureInfo.InvariantCulture, out var gb) && gb > 0
                ? gb
                : throw new CmlException($"--cloud-hdd-size \"{hdd}\" is not a size in GB: pass a whole number, e.g. 50", ExitCodes.Usage)
            : 35;
        var spotPrice = settings.CloudSpotPrice is { } price
            ? decimal.TryParse(price, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var usd)
                ? usd
                : throw new CmlException($"--cloud-spot-price \"{price}\" is not a price: pass USD per hour, e.g. 0.5, or -1 for the on-demand price", ExitCodes.Usage)
            : -1m;
        string? startupScript = null;
        if (settings.CloudStartupScript is { } encoded)
        {
            try
            {
                startupScript = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
            }
            catch (FormatException)
            {
                throw new CmlException("--cloud-startup-script is not Base64: encode the script, e.g. --cloud-startup-script $(base64 -w0 setup.sh)", ExitCodes.Usage);
            }
        }

        var gpu = settings.CloudGpu;
        if (gpu is not null && LegacyGpuAliases.Contains(gpu, StringComparer.OrdinalIgnoreCase))
        {
            logger.LogWarning("GPU model \"tesla\" has been deprecated; please use \"v100\" instead");
            gpu = "v100";
        }

        if (string.Equals(gpu, "nogpu", StringComparison.OrdinalIgnoreCase))
        {
            gpu = null;
        }

        return new RunnerLaunch(
            settings,
            name,
            labels,
            idle,
            maxLifetime,
            launchTimeout,
            hddSize,
            spotPrice,
            startupScript,
            gpu,
            KeyValueList.Parse(settings.CloudMetadata, "--cloud-metadata"),
            KeyValueList.Parse(settings.CloudKubernetesNodeSelector, "--cloud-kubernetes-node-selector"));
    }

    /// <summary>CML's §5.1 steps 2–5: the list doubles as the token check.</summary>
    private async Task<bool> ReuseAsync(RunnerForge forge, RunnerLaunch launch, CancellationToken cancellationToken)
    {
        var settings = launch.Settings;
        if (settings.ReuseIdle && forge.Driver == DriverResolver.Bitbucket)
        {
            throw new CmlException("cml runner flag --reuse-idle is unsupported by bitbucket", ExitCodes.Usage);
        }

        if (!forge.Runners.CanList)
        {
            if (settings.Reuse || settings.ReuseIdle)
            {
                logger.LogWarning("a registration token cannot read the runner list: --reuse and --reuse-idle are ignored (use an access token to have them)");
            }

            return false;
        }

        var runners = await forge.Runners.ListAsync(cancellationToken).ConfigureAwait(false);
        if (runners.Any(r => r.Name == launch.Name))
        {
            if (settings.Reuse)
            {
                logger.LogInformation("Reusing existing runner named {Name}...", launch.Name);
                return true;
            }

            throw new CmlException($"Runner name {launch.Name} is already in use. Please change the name or terminate the existing runner.");
        }

        if (settings.Reuse && runners.Any(r => r.Online && r.HasAllLabels(launch.Labels)))
        {
            logger.LogInformation("Reusing existing online runners with the {Labels} labels...", string.Join(',', launch.Labels));
            return true;
        }

        if (settings.ReuseIdle)
        {
            logger.LogInformation("Checking for existing idle runner matching labels: {Labels}.", string.Join(',', launch.Labels));
            if (runners.Any(r => r.Online && !r.Busy && r.HasAllLabels(launch.Labels)))
            {
                logger.LogInformation("Found matching idle runner.");
                return true;
            }
        }

        return false;
    }

    private async Task<int> LaunchInCloudAsync(RunnerForge forge, RunnerLaunch launch, string cloud, CancellationToken cancellationToken)
    {
        var provider = providers.FirstOrDefault(p => p.Cloud == cloud)
            ?? throw new CmlException($"--cloud {cloud}: this cml has no {cloud} provider; available: {Available(providers.Select(p => p.Cloud))}{MissingProviderHint(cloud)}", ExitCodes.Usage);
        var settings = launch.Settings;
        if (settings.CloudSshPrivate is { } key)
        {
            redactor.Add(key);
        }

        var flags = new InstanceRunnerFlags
        {
            Driver = forge.Driver,
            Repository = forge.Repository.ToString(),
            Name = launch.Name,
            Labels = launch.Labels,
            IdleTimeout = launch.IdleTimeout is { } idle ? ((long)idle.TotalSeconds).ToString(CultureInfo.InvariantCulture) : IdleTimeoutParser.Never,
            Single = settings.Single,
            NoRetry = settings.NoRetry,
            DockerVolumes = settings.DockerVolumes,
            MaxLifetime = launch.MaxLifetime,
            Cloud = cloud,
        };
        var request = new CloudRunnerRequest
        {
            Name = launch.Name,
            Region = settings.CloudRegion,
            Type = settings.CloudType ?? "m",
            Gpu = launch.Gpu,
            HddSizeGb = launch.HddSizeGb,
            Image = settings.CloudImage,
            Spot = settings.CloudSpot,
            SpotPrice = launch.SpotPrice,
            PermissionSet = settings.CloudPermissionSet,
            Metadata = launch.Metadata,
            AwsSecurityGroup = settings.CloudAwsSecurityGroup,
            AwsSubnet = settings.CloudAwsSubnet,
            KubernetesNodeSelector = launch.NodeSelector,
            SshPrivateKey = settings.CloudSshPrivate,
            MaxLifetime = launch.MaxLifetime,
            StartupScript = CloudStartupScript.Build(flags, forge.Token.Value, settings.CmlVersion ?? Cli.CmlVersion.Current, launch.StartupScript),
        };
        var launcher = new CloudRunnerLauncher(provider, forge.Runners, logger, time)
        {
            PollInterval = launch.LaunchTimeout < TimeSpan.FromMinutes(1) ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(5),
        };
        var instance = await launcher.LaunchAsync(request, launch.LaunchTimeout, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("runner {Name} is up on {Cloud} instance {Id} ({Region})", launch.Name, instance.Cloud, instance.Id, instance.Region);
        return ExitCodes.Success;
    }

    private async Task<int> RunHereAsync(RunnerForge forge, RunnerLaunch launch, ShutdownSignals signals, CancellationToken cancellationToken)
    {
        var settings = launch.Settings;
        var self = settings.CloudSelf is { } cloudSelf ? InstanceSelf(cloudSelf) : default;
        var workdir = Path.GetFullPath(settings.Workdir ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cml", launch.Name));
        logger.LogInformation("Preparing workdir {Workdir}...", workdir);
        Directory.CreateDirectory(workdir);
        if (forge.Driver == DriverResolver.GitHub)
        {
            logger.LogWarning("Github Actions timeout has been updated from 72h to 35 days. Update your workflow accordingly to be able to restart it automatically.");
        }

        // The program first: a failed download must not leave a registered runner behind.
        var downloader = new RunnerDownloader(http, logger);
        var program = settings.RunnerBinary is { } binary
            ? Path.GetFullPath(binary)
            : forge.Driver switch
            {
                DriverResolver.GitHub => await downloader.GitHubRunnerAsync(workdir, cancellationToken).ConfigureAwait(false),
                DriverResolver.GitLab => await downloader.GitLabRunnerAsync(workdir, cancellationToken).ConfigureAwait(false),
                _ => null,
            };
        var gpu = forge.Driver != DriverResolver.GitHub && HasGpu();
        if (forge.Driver == DriverResolver.Bitbucket && program is null)
        {
            logger.LogWarning("Bitbucket runner is working under /tmp folder and not under {Workdir} as expected", workdir);
        }

        var registration = await forge.Runners.RegisterAsync(new RunnerRegistrationRequest(launch.Name, launch.Labels, settings.Single), cancellationToken).ConfigureAwait(false);
        redactor.Add(registration.Token);
        redactor.Add(registration.OAuthClientSecret);
        var plan = forge.Driver switch
        {
            DriverResolver.GitHub => GitHubRunnerPlan.Create(program!, forge.Repository.ToString(), registration.Token, launch.Name, launch.Labels, workdir, settings.Single),
            DriverResolver.GitLab => GitLabRunnerPlan.Create(
                program!, registration.ServerUrl ?? forge.Repository.Origin, registration.Token, launch.Name, workdir, launch.IdleTimeout, settings.Single,
                inDocker: !string.IsNullOrEmpty(environment.Get("IN_DOCKER")), gpu, settings.DockerVolumes),
            _ => BitbucketRunnerPlan.Create(program, registration, launch.Name, workdir, gpu),
        };

        var supervisor = new LocalRunnerSupervisor(
            new LocalRunnerSession
            {
                Runners = forge.Runners,
                Pipelines = forge.Pipelines,
                Name = launch.Name,
                Registration = registration,
                Plan = plan,
                Environment = ChildEnvironment.From(environment.All()),
                Parser = new RunnerLogParser(forge.Driver),
                Status = new RunnerStatusWriter(output, forge.Repository.ToString(), time),
                Lifecycle = new RunnerLifecycle(new RunnerLifecycleOptions(launch.IdleTimeout, settings.Single, launch.MaxLifetime), time),
                NoRetry = settings.NoRetry,
                IsBeingReclaimed = self.Self is { } reclaimed ? reclaimed.IsBeingReclaimedAsync : null,
                AfterStop = self.Self is { } instance && self.Provider is { } provider ? ct => TerminateSelfAsync(instance, provider, ct) : null,
            },
            logger,
            time);
        _ = signals.Received.ContinueWith(signal => supervisor.RequestStop(signal.Result), TaskScheduler.Default);
        var reason = await supervisor.RunAsync().ConfigureAwait(false);
        if (reason.IsError)
        {
            throw new CmlException($"runner {launch.Name} stopped: {reason.Reason}; run with --log debug to see its output");
        }

        return ExitCodes.Success;
    }

    // Azure's SDK deserialises by reflection, so the native binary is built without it (scripts/publish-native).
    private static string MissingProviderHint(string cloud) =>
        cloud == "azure" ? "; the native cml is built without Azure: use the dotnet tool (dotnet tool install -g ContinuousMl) to launch Azure runners" : string.Empty;

    private (ICloudInstanceSelf? Self, ICloudRunnerProvider? Provider) InstanceSelf(string cloud)
    {
        var self = instanceSelves.FirstOrDefault(s => s.Cloud == cloud)
            ?? throw new CmlException($"--cloud-self {cloud}: this cml cannot ask {cloud} about its own instance; available: {Available(instanceSelves.Select(s => s.Cloud))}", ExitCodes.Usage);
        var provider = providers.FirstOrDefault(p => p.Cloud == cloud)
            ?? throw new CmlException($"--cloud-self {cloud}: this cml has no {cloud} provider to terminate its instance with", ExitCodes.Usage);
        return (self, provider);
    }

    private async Task TerminateSelfAsync(ICloudInstanceSelf self, ICloudRunnerProvider provider, CancellationToken cancellationToken)
    {
        try
        {
            var instance = await self.DescribeSelfAsync(cancellationToken).ConfigureAwait(false);
            logger.LogInformation("terminating {Cloud} instance {Id}", instance.Cloud, instance.Id);
            await provider.TerminateAsync(instance, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is CmlException or HttpRequestException or OperationCanceledException)
        {
            // The runner is already gone from the forge; the cloud provider's own idle/lifetime bound is the backstop.
            logger.LogError("could not terminate this instance: {Message}", ex.Message);
        }
    }

    /// <summary>CML's GPU test: <c>nvidia-smi</c> runs.</summary>
    private static bool HasGpu()
    {
        try
        {
            using var probe = Process.Start(new ProcessStartInfo("nvidia-smi") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false });
            if (probe is null)
            {
                return false;
            }

            return probe.WaitForExit(TimeSpan.FromSeconds(10)) && probe.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static string Available(IEnumerable<string> clouds)
    {
        var names = clouds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        return names.Length == 0 ? "none in this build" : string.Join(", ", names);
    }
}
