using System.Text;
using Azure.Core;
using Azure.ResourceManager.Compute;
using Azure.ResourceManager.Compute.Models;
using Azure.ResourceManager.Models;
using ContinuousMl.Runners.Cloud;

namespace ContinuousMl.Clouds.Azure;

/// <summary>
/// The VM a runner request asks for, as the Compute SDK's <see cref="VirtualMachineData"/>. The VM makes its own
/// NIC and public IP (network profile configurations) so only the virtual network is created separately, and every
/// part is deleted with the VM.
/// </summary>
public static class AzureVirtualMachineBuilder
{
    public const string AdminUser = "ubuntu";

    public static VirtualMachineData Build(CloudRunnerRequest request, AzureLocation location, string vmSize, ResourceIdentifier subnetId, IDictionary<string, string> tags)
    {
        var name = AzureResourceNames.VirtualMachine(request.Name);
        var vm = new VirtualMachineData(location)
        {
            HardwareProfile = new VirtualMachineHardwareProfile { VmSize = new VirtualMachineSizeType(vmSize) },
            StorageProfile = new VirtualMachineStorageProfile
            {
                ImageReference = AzureImageReference.Parse(request.Image),
                OSDisk = new VirtualMachineOSDisk(DiskCreateOptionType.FromImage)
                {
                    DiskSizeGB = request.HddSizeGb,
                    DeleteOption = DiskDeleteOptionType.Delete,
                    ManagedDisk = new VirtualMachineManagedDisk { StorageAccountType = StorageAccountType.StandardSsdLrs },
                },
            },
            OSProfile = new VirtualMachineOSProfile
            {
                ComputerName = name,
                AdminUsername = AdminUser,
                // cloud-init runs custom data that starts with #! as a script at first boot.
                CustomData = Convert.ToBase64String(Encoding.UTF8.GetBytes(request.StartupScript)),
                LinuxConfiguration = new LinuxConfiguration
                {
                    DisablePasswordAuthentication = true,
                    SshPublicKeys =
                    {
                        new SshPublicKeyConfiguration
                        {
                            Path = $"/home/{AdminUser}/.ssh/authorized_keys",
                            KeyData = SshPublicKey.For(request.SshPrivateKey),
                        },
                    },
                },
            },
            NetworkProfile = new VirtualMachineNetworkProfile
            {
                NetworkApiVersion = NetworkApiVersion.TwoThousandTwenty1101,
                NetworkInterfaceConfigurations =
                {
                    new VirtualMachineNetworkInterfaceConfiguration($"{name}-nic")
                    {
                        Primary = true,
                        DeleteOption = ComputeDeleteOption.Delete,
                        IPConfigurations =
                        {
                            new VirtualMachineNetworkInterfaceIPConfiguration($"{name}-ip")
                            {
                                Primary = true,
                                SubnetId = subnetId,
                                PublicIPAddressConfiguration = new VirtualMachinePublicIPAddressConfiguration($"{name}-public-ip")
                                {
                                    DeleteOption = ComputeDeleteOption.Delete,
                                    Sku = new ComputePublicIPAddressSku { Name = ComputePublicIPAddressSkuName.Standard },
                                    PublicIPAllocationMethod = PublicIPAllocationMethod.Static,
                                },
                            },
                        },
                    },
                },
            },
        };

        foreach (var (key, value) in tags)
        {
            vm.Tags[key] = value;
        }

        if (request.Spot)
        {
            vm.Priority = VirtualMachinePriorityType.Spot;
            vm.EvictionPolicy = VirtualMachineEvictionPolicyType.Delete;
            // Azure's -1 means the same as CML's: pay up to the on-demand price, never evicted for price.
            vm.BillingMaxPrice = (double)request.SpotPrice;
        }

        if (!string.IsNullOrWhiteSpace(request.PermissionSet))
        {
            var identity = new ManagedServiceIdentity(ManagedServiceIdentityType.UserAssigned);
            identity.UserAssignedIdentities.Add(new ResourceIdentifier(request.PermissionSet.Trim()), new UserAssignedIdentity());
            vm.Identity = identity;
        }

        return vm;
    }
}
