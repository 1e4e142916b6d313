using System.Globalization;
using ContinuousMl.Clouds.Gcp.Json;
using ContinuousMl.Runners.Cloud;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.Clouds.Gcp;

/// <summary>
/// Starts a runner as one Compute Engine instance whose <c>startup-script</c> metadata is the runner's script.
/// A <c>shutdown -h</c> on GCP only stops an instance (its disk stays billed), so the runner's own exit path must
/// call <see cref="TerminateAsync"/>; <c>--max-lifetime</c> is also given to GCP as <c>maxRunDuration</c> with
/// <c>DELETE</c>, so the instance goes even if the runner never gets that far.
/// </summary>
public sealed class GcpRunnerProvider : ICloudRunnerProvider
{
    public const string CloudName = "gcp";

    public const string RunnerLabel = "cml-runner";

    private readonly GcpComputeClient compute;
    private readonly GcpCloudSettings settings;
    private readonly ILogger logger;
    private readonly TimeProvider time;

    public GcpRunnerProvider(GcpComputeClient compute, GcpCloudSettings settings, ILogger<GcpRunnerProvider> logger, TimeProvider? time = null)
    {
        this.compute = compute;
        this.settings = settings;
        this.logger = logger;
        this.time = time ?? TimeProvider.System;
    }

    public string Cloud => CloudName;

    public async Task<CloudInstance> LaunchAsync(CloudRunnerRequest request, CancellationToken cancellationToken)
    {
        var zone = GcpZoneMap.Resolve(request.Region);
        var machine = GcpMachineTypeMap.Resolve(request.Type, request.Gpu);
        if (request.Spot && request.SpotPrice > 0)
        {
            logger.LogWarning("GCP spot instances have no maximum price; --cloud-spot-price is ignored");
        }

        var instance = BuildInstance(request, zone, machine, settings);
        var action = $"launching {machine.MachineType} in {zone}";
        GcpOperation operation;
        try
        {
            operation = await compute.InsertInstanceAsync(zone, instance, Guid.NewGuid().ToString(), cancellationToken).ConfigureAwait(false);
        }
        catch (GcpApiException exception)
        {
            throw GcpErrors.Translate(exception, action);
        }

        // Capacity and quota failures arrive in the operation, not the insert's answer: wait for its verdict.
        var deadline = time.GetUtcNow() + settings.OperationWait;
        while (operation.Status != "DONE" && operation.Name is { } name && time.GetUtcNow() < deadline)
        {
            await Task.Delay(settings.OperationPollInterval, time, cancellationToken).ConfigureAwait(false);
            try
            {
                operation = await compute.GetOperationAsync(zone, name, cancellationToken).ConfigureAwait(false);
            }
            catch (GcpApiException exception)
            {
                throw GcpErrors.Translate(exception, action);
            }
        }

        if (operation.Error is { } error)
        {
            // A failed insert can leave a half-made instance behind: remove it before reporting.
            await DeleteQuietlyAsync(zone, instance.Name).ConfigureAwait(false);
            throw GcpErrors.FromOperation(error, action);
        }

        logger.LogInformation("Launched GCP instance {Instance} ({MachineType}) in {Zone}", instance.Name, machine.MachineType, zone);
        return new CloudInstance(CloudName, instance.Name, zone);
    }

    public async Task TerminateAsync(CloudInstance instance, CancellationToken cancellationToken)
    {
        if (!string.Equals(instance.Cloud, CloudName, StringComparison.Ordinal))
        {
            throw new ArgumentException($"instance {instance.Id} belongs to {instance.Cloud}, not {CloudName}", nameof(instance));
        }

        try
        {
            var operation = await compute.DeleteInstanceAsync(instance.Region, instance.Id, cancellationToken).ConfigureAwait(false);
            logger.LogInformation(
                operation is null ? "GCP instance {Instance} is already gone" : "Deleting GCP instance {Instance}", instance.Id);
        }
        catch (GcpApiException exception)
        {
            throw GcpErrors.Translate(exception, $"deleting {instance.Id} in {instance.Region}");
        }
    }

    internal static GcpInstanceResource BuildInstance(CloudRunnerRequest request, string zone, GcpMachine machine, GcpCloudSettings settings)
    {
        var name = GcpInstanceName.From(request.Name);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in request.Metadata)
        {
            labels[GcpLabels.Clean(key, isKey: true)] = GcpLabels.Clean(value ?? "", isKey: false);
        }

        labels[RunnerLabel] = GcpLabels.Clean(name, isKey: false);

        var scheduling = new GcpScheduling
        {
            // GPUs cannot live-migrate; spot instances are never restarted by GCP.
            OnHostMaintenance = machine.AcceleratorType is not null || request.Spot ? "TERMINATE" : null,
            AutomaticRestart = request.Spot ? false : null,
            ProvisioningModel = request.Spot ? "SPOT" : null,
            InstanceTerminationAction = request.Spot || request.MaxLifetime is not null ? "DELETE" : null,
            MaxRunDuration = request.MaxLifetime is { } lifetime
                ? new GcpDuration(((long)Math.Ceiling(lifetime.TotalSeconds)).ToString(CultureInfo.InvariantCulture))
                : null,
        };

        List<GcpServiceAccount>? serviceAccounts = null;
        if (!string.IsNullOrWhiteSpace(request.PermissionSet))
        {
            var permissions = GcpPermissionSet.Parse(request.PermissionSet);
            serviceAccounts = [new GcpServiceAccount(permissions.Email, [.. permissions.Scopes])];
        }

        return new GcpInstanceResource
        {
            Name = name,
            MachineType = $"zones/{zone}/machineTypes/{machine.MachineType}",
            Labels = labels,
            Metadata = new GcpMetadata([new GcpMetadataItem("startup-script", request.StartupScript)]),
            Disks =
            [
                new GcpAttachedDisk(
                    Boot: true,
                    AutoDelete: true,
                    new GcpDiskInitializeParams(
                        ImagePath(request.Image, settings),
                        request.HddSizeGb.ToString(CultureInfo.InvariantCulture),
                        $"zones/{zone}/diskTypes/pd-balanced")),
            ],
            NetworkInterfaces = [new GcpNetworkInterface("global/networks/default", [new GcpAccessConfig("ONE_TO_ONE_NAT", "External NAT")])],
            GuestAccelerators = machine.AcceleratorType is { } accelerator
                ? [new GcpAcceleratorConfig($"zones/{zone}/acceleratorTypes/{accelerator}", machine.AcceleratorCount)]
                : null,
            Scheduling = scheduling,
            ServiceAccounts = serviceAccounts,
        };
    }

    /// <summary>A full image path or URL as is; TPI's <c>project/image</c> (or <c>project/family/name</c>) under that project.</summary>
    internal static string ImagePath(string? image, GcpCloudSettings settings)
    {
        if (string.IsNullOrWhiteSpace(image))
        {
            return settings.DefaultImage;
        }

        var value = image.Trim();
        if (value.StartsWith("projects/", StringComparison.Ordinal) || value.StartsWith("https://", StringComparison.Ordinal)
            || value.StartsWith("global/", StringComparison.Ordinal))
        {
            return value;
        }

        var slash = value.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 ? $"projects/{value[..slash]}/global/images/{value[(slash + 1)..]}" : $"global/images/{value}";
    }

    private async Task DeleteQuietlyAsync(string zone, string name)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await compute.DeleteInstanceAsync(zone, name, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is GcpApiException or HttpRequestException or OperationCanceledException or CloudRunnerException)
        {
            logger.LogWarning("Could not delete the failed GCP instance {Instance} ({Error}); delete it in the Cloud console", name, exception.GetType().Name);
        }
    }
}
