using System.Text.Json.Nodes;
using Azure;
using Azure.Core;
using Azure.Identity;
using Azure.ResourceManager;
using Azure.ResourceManager.Compute;
using Azure.ResourceManager.Resources;
using ContinuousMl.Runners.Cloud;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.Clouds.Azure;

/// <summary>
/// Starts a runner as a VM in a resource group of its own (<c>cml-&lt;name&gt;</c>, tagged <c>cml-runner</c>) with a
/// small virtual network; terminate deletes that group, and with it the VM, disk, NIC, public IP and network.
/// An OS shutdown only stops an Azure VM (still billed), so the runner's exit path must call
/// <see cref="TerminateAsync"/>.
/// </summary>
public sealed class AzureRunnerProvider : ICloudRunnerProvider
{
    public const string CloudName = "azure";

    public const string RunnerTag = "cml-runner";

    private readonly AzureArmClientFactory clients;
    private readonly ILogger logger;

    public AzureRunnerProvider(AzureArmClientFactory clients, ILogger<AzureRunnerProvider> logger)
    {
        this.clients = clients;
        this.logger = logger;
    }

    public string Cloud => CloudName;

    public async Task<CloudInstance> LaunchAsync(CloudRunnerRequest request, CancellationToken cancellationToken)
    {
        var location = new AzureLocation(AzureRegionMap.Resolve(request.Region));
        var size = AzureVmSizeMap.Resolve(request.Type, request.Gpu);
        var arm = clients.Create();
        var subscription = arm.GetSubscriptionResource(SubscriptionResource.CreateResourceIdentifier(clients.SubscriptionId));
        var tags = Tags(request);
        var groupName = AzureResourceNames.ResourceGroup(request.Name);
        var action = $"launching {size} in {location.Name}";

        ResourceGroupResource group;
        try
        {
            var groupData = new ResourceGroupData(location);
            foreach (var (key, value) in tags)
            {
                groupData.Tags[key] = value;
            }

            group = (await subscription.GetResourceGroups().CreateOrUpdateAsync(WaitUntil.Completed, groupName, groupData, cancellationToken).ConfigureAwait(false)).Value;
        }
        catch (Exception exception) when (exception is RequestFailedException or AuthenticationFailedException)
        {
            throw AzureErrors.Translate(exception, action);
        }

        try
        {
            var subnetId = await CreateNetworkAsync(arm, group, location, cancellationToken).ConfigureAwait(false);
            var vmData = AzureVirtualMachineBuilder.Build(request, location, size, subnetId, tags);
            // Started, not Completed: the VM is accepted once the create is; the runner's registration is what is waited for.
            await group.GetVirtualMachines().CreateOrUpdateAsync(WaitUntil.Started, vmData.OSProfile.ComputerName, vmData, cancellationToken).ConfigureAwait(false);
            var vmId = VirtualMachineResource.CreateResourceIdentifier(clients.SubscriptionId, groupName, vmData.OSProfile.ComputerName);
            logger.LogInformation("Launching Azure VM {Vm} ({Size}) in {Location}", vmData.OSProfile.ComputerName, size, location.Name);
            return new CloudInstance(CloudName, vmId.ToString(), location.Name);
        }
        catch (Exception exception) when (exception is RequestFailedException or AuthenticationFailedException or OperationCanceledException)
        {
            // Nothing of this runner is worth keeping once its VM cannot start: remove the whole group.
            await DeleteGroupQuietlyAsync(group).ConfigureAwait(false);
            if (exception is OperationCanceledException)
            {
                throw;
            }

            throw AzureErrors.Translate(exception, action);
        }
    }

    public async Task TerminateAsync(CloudInstance instance, CancellationToken cancellationToken)
    {
        if (!string.Equals(instance.Cloud, CloudName, StringComparison.Ordinal))
        {
            throw new ArgumentException($"instance {instance.Id} belongs to {instance.Cloud}, not {CloudName}", nameof(instance));
        }

        var vmId = new ResourceIdentifier(instance.Id);
        var arm = clients.Create();
        var action = $"deleting {vmId.Name}";
        try
        {
            var group = await arm.GetResourceGroupResource(ResourceGroupResource.CreateResourceIdentifier(vmId.SubscriptionId, vmId.ResourceGroupName))
                .GetAsync(cancellationToken).ConfigureAwait(false);
            if (group.Value.Data.Tags.ContainsKey(RunnerTag))
            {
                await group.Value.DeleteAsync(WaitUntil.Started, cancellationToken: cancellationToken).ConfigureAwait(false);
                logger.LogInformation("Deleting resource group {Group} of Azure VM {Vm}", vmId.ResourceGroupName, vmId.Name);
            }
            else
            {
                // A group we did not make: remove only the VM (its disk and NIC go with it by their delete options).
                await arm.GetVirtualMachineResource(vmId).DeleteAsync(WaitUntil.Started, cancellationToken: cancellationToken).ConfigureAwait(false);
                logger.LogInformation("Deleting Azure VM {Vm}", vmId.Name);
            }
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            logger.LogInformation("Azure VM {Vm} is already gone", vmId.Name);
        }
        catch (Exception exception) when (exception is RequestFailedException or AuthenticationFailedException)
        {
            throw AzureErrors.Translate(exception, action);
        }
    }

    internal static Dictionary<string, string> Tags(CloudRunnerRequest request)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in request.Metadata)
        {
            tags[key] = value ?? "";
        }

        tags[RunnerTag] = request.Name;
        return tags;
    }

    // Without Azure.ResourceManager.Network (not available here), the virtual network is created as a generic
    // resource from its JSON properties.
    private static async Task<ResourceIdentifier> CreateNetworkAsync(ArmClient arm, ResourceGroupResource group, AzureLocation location, CancellationToken cancellationToken)
    {
        var networkId = new ResourceIdentifier($"{group.Id}/providers/Microsoft.Network/virtualNetworks/cml-network");
        var properties = new JsonObject
        {
            ["addressSpace"] = new JsonObject { ["addressPrefixes"] = new JsonArray("10.0.0.0/16") },
            ["subnets"] = new JsonArray(new JsonObject { ["name"] = "runners", ["properties"] = new JsonObject { ["addressPrefix"] = "10.0.0.0/24" } }),
        };
        var data = new GenericResourceData(location) { Properties = BinaryData.FromString(properties.ToJsonString()) };
        await arm.GetGenericResources().CreateOrUpdateAsync(WaitUntil.Completed, networkId, data, cancellationToken).ConfigureAwait(false);
        return new ResourceIdentifier($"{networkId}/subnets/runners");
    }

    private async Task DeleteGroupQuietlyAsync(ResourceGroupResource group)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await group.DeleteAsync(WaitUntil.Started, cancellationToken: timeout.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is RequestFailedException or AuthenticationFailedException or OperationCanceledException)
        {
            logger.LogWarning("Could not delete resource group {Group} ({Error}); delete it in the Azure portal", group.Id.Name, exception.GetType().Name);
        }
    }
}
