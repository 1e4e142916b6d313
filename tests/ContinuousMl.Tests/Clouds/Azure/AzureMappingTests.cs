using ContinuousMl.Clouds.Azure;
using ContinuousMl.Runners.Cloud;

namespace ContinuousMl.Tests.Clouds.Azure;

public sealed class AzureMappingTests
{
    [Theory]
    [InlineData("us-east", "eastus")]
    [InlineData("us-west", "westus2")]
    [InlineData("eu-north", "northeurope")]
    [InlineData("eu-west", "westeurope")]
    [InlineData("japaneast", "japaneast")]
    public void Generic_regions_become_locations(string region, string location)
    {
        Assert.Equal(location, AzureRegionMap.Resolve(region));
    }

    [Theory]
    [InlineData("s", null, "Standard_B1s")]
    [InlineData("m", null, "Standard_F8s_v2")]
    [InlineData("l", null, "Standard_F32s_v2")]
    [InlineData("xl", null, "Standard_F64s_v2")]
    [InlineData("m", "t4", "Standard_NC4as_T4_v3")]
    [InlineData("m", "k80", "Standard_NC6")]
    [InlineData("l", "k80", "Standard_NC12")]
    [InlineData("xl", "k80", "Standard_NC24")]
    [InlineData("m", "v100", "Standard_NC6s_v3")]
    [InlineData("l", "v100", "Standard_NC12s_v3")]
    [InlineData("xl", "v100", "Standard_NC24s_v3")]
    [InlineData("Standard_D4s_v5", null, "Standard_D4s_v5")]
    public void Sizes_and_gpus_map_as_tpi_does(string type, string? gpu, string size)
    {
        Assert.Equal(size, AzureVmSizeMap.Resolve(type, gpu));
    }

    [Fact]
    public void A_generic_size_with_an_unmapped_gpu_is_refused()
    {
        var error = Assert.Throws<CloudRunnerException>(() => AzureVmSizeMap.Resolve("xl", "t4"));
        Assert.Contains("--cloud-type xl with --cloud-gpu t4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Images_are_urns_or_resource_ids()
    {
        var urn = AzureImageReference.Parse("Canonical:ubuntu-24_04-lts:server:latest");
        Assert.Equal(("Canonical", "ubuntu-24_04-lts", "server", "latest"), (urn.Publisher, urn.Offer, urn.Sku, urn.Version));
        var fallback = AzureImageReference.Parse(null);
        Assert.Equal("0001-com-ubuntu-server-jammy", fallback.Offer);
        var id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/images/providers/Microsoft.Compute/images/runner";
        Assert.Equal(id, AzureImageReference.Parse(id).Id!.ToString());
        Assert.Throws<CloudRunnerException>(() => AzureImageReference.Parse("ubuntu"));
    }

    [Theory]
    [InlineData("cml-az-1", "cml-cml-az-1", "cml-az-1")]
    [InlineData("My Runner_1", "cml-My-Runner-1", "My-Runner-1")]
    public void Runner_names_become_group_and_vm_names(string runner, string group, string vm)
    {
        Assert.Equal(group, AzureResourceNames.ResourceGroup(runner));
        Assert.Equal(vm, AzureResourceNames.VirtualMachine(runner));
    }
}
