using System.Security.Cryptography;
using System.Text;
using Azure.Core;
using Azure.ResourceManager.Compute.Models;
using Azure.ResourceManager.Models;
using ContinuousMl.Clouds.Azure;
using ContinuousMl.Runners.Cloud;

namespace ContinuousMl.Tests.Clouds.Azure;

/// <summary>The VM definition sent to Azure, checked without a network (Azure launch is not exercised over HTTP).</summary>
public sealed class AzureVirtualMachineBuilderTests
{
    private static readonly ResourceIdentifier Subnet = new(
        "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/cml-cml-az-1/providers/Microsoft.Network/virtualNetworks/cml-network/subnets/runners");

    [Fact]
    public void The_script_is_custom_data_and_every_part_is_deleted_with_the_vm()
    {
        const string script = "#!/bin/bash\necho runner é\n";
        var request = new CloudRunnerRequest { Name = "cml-az-1", StartupScript = script, HddSizeGb = 64 };

        var vm = AzureVirtualMachineBuilder.Build(request, new AzureLocation("westus2"), "Standard_F8s_v2", Subnet, AzureRunnerProvider.Tags(request));

        Assert.Equal(script, Encoding.UTF8.GetString(Convert.FromBase64String(vm.OSProfile.CustomData)));
        Assert.Equal("Standard_F8s_v2", vm.HardwareProfile.VmSize!.Value.ToString());
        Assert.Equal("cml-az-1", vm.OSProfile.ComputerName);
        Assert.True(vm.OSProfile.LinuxConfiguration.DisablePasswordAuthentication);
        Assert.StartsWith("ssh-rsa ", Assert.Single(vm.OSProfile.LinuxConfiguration.SshPublicKeys).KeyData, StringComparison.Ordinal);
        Assert.Equal(64, vm.StorageProfile.OSDisk.DiskSizeGB);
        Assert.Equal(DiskDeleteOptionType.Delete, vm.StorageProfile.OSDisk.DeleteOption);
        Assert.Equal("Canonical", vm.StorageProfile.ImageReference.Publisher);
        var nic = Assert.Single(vm.NetworkProfile.NetworkInterfaceConfigurations);
        Assert.Equal(ComputeDeleteOption.Delete, nic.DeleteOption);
        var ip = Assert.Single(nic.IPConfigurations);
        Assert.Equal(Subnet, ip.SubnetId);
        Assert.Equal(ComputeDeleteOption.Delete, ip.PublicIPAddressConfiguration.DeleteOption);
        Assert.Null(vm.Priority);
        Assert.Null(vm.Identity);
        Assert.Equal("cml-az-1", vm.Tags["cml-runner"]);
    }

    [Fact]
    public void Spot_price_identity_metadata_and_ssh_key_reach_the_vm()
    {
        using var rsa = RSA.Create(2048);
        var identity = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/ids/providers/Microsoft.ManagedIdentity/userAssignedIdentities/cml";
        var request = new CloudRunnerRequest
        {
            Name = "cml-az-1",
            StartupScript = "#!/bin/sh\n",
            Spot = true,
            SpotPrice = 0.5m,
            PermissionSet = identity,
            Metadata = new Dictionary<string, string?> { ["team"] = "vision", ["ephemeral"] = null },
            SshPrivateKey = rsa.ExportRSAPrivateKeyPem(),
            Image = "Canonical:ubuntu-24_04-lts:server:24.04.202406140",
        };

        var vm = AzureVirtualMachineBuilder.Build(request, new AzureLocation("northeurope"), "Standard_NC6s_v3", Subnet, AzureRunnerProvider.Tags(request));

        Assert.Equal(VirtualMachinePriorityType.Spot, vm.Priority);
        Assert.Equal(VirtualMachineEvictionPolicyType.Delete, vm.EvictionPolicy);
        Assert.Equal(0.5, vm.BillingMaxPrice);
        Assert.Equal(ManagedServiceIdentityType.UserAssigned, vm.Identity.ManagedServiceIdentityType);
        Assert.Equal(identity, Assert.Single(vm.Identity.UserAssignedIdentities).Key.ToString());
        Assert.Equal("vision", vm.Tags["team"]);
        Assert.Equal("", vm.Tags["ephemeral"]);
        Assert.Equal("24.04.202406140", vm.StorageProfile.ImageReference.Version);
        // The key given is the key installed: same modulus as the private key's public half.
        var installed = Convert.FromBase64String(Assert.Single(vm.OSProfile.LinuxConfiguration.SshPublicKeys).KeyData["ssh-rsa ".Length..]);
        var modulus = rsa.ExportParameters(false).Modulus!;
        Assert.Equal(modulus, installed[^modulus.Length..]);
    }

    [Fact]
    public void A_spot_price_of_minus_one_caps_at_the_on_demand_price()
    {
        var request = new CloudRunnerRequest { Name = "cml-az-1", StartupScript = "#!/bin/sh\n", Spot = true };

        var vm = AzureVirtualMachineBuilder.Build(request, new AzureLocation("westus2"), "Standard_F8s_v2", Subnet, AzureRunnerProvider.Tags(request));

        Assert.Equal(-1, vm.BillingMaxPrice);
    }
}
