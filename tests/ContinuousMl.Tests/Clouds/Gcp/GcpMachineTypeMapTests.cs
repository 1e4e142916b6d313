using ContinuousMl.Clouds.Gcp;

namespace ContinuousMl.Tests.Clouds.Gcp;

public sealed class GcpMachineTypeMapTests
{
    [Theory]
    [InlineData("s", null, "g1-small", null, 0)]
    [InlineData("m", null, "e2-custom-8-32768", null, 0)]
    [InlineData("l", null, "e2-custom-32-131072", null, 0)]
    [InlineData("xl", null, "n2-custom-64-262144", null, 0)]
    [InlineData("m", "t4", "n1-standard-4", "nvidia-tesla-t4", 1)]
    [InlineData("m", "k80", "custom-8-53248", "nvidia-tesla-k80", 1)]
    [InlineData("l", "k80", "custom-32-131072", "nvidia-tesla-k80", 4)]
    [InlineData("xl", "k80", "custom-64-212992-ext", "nvidia-tesla-k80", 8)]
    [InlineData("m", "v100", "custom-8-65536-ext", "nvidia-tesla-v100", 1)]
    [InlineData("l", "v100", "custom-32-262144-ext", "nvidia-tesla-v100", 4)]
    [InlineData("xl", "v100", "custom-64-524288-ext", "nvidia-tesla-v100", 8)]
    [InlineData("l", "nvidia-tesla-p100", "custom-32-131072", "nvidia-tesla-p100", 4)]
    [InlineData("n1-highmem-8", "v100", "n1-highmem-8", "nvidia-tesla-v100", 1)]
    [InlineData("a2-highgpu-1g+nvidia-tesla-a100*1", null, "a2-highgpu-1g", "nvidia-tesla-a100", 1)]
    [InlineData("n1-standard-8+k80*2", null, "n1-standard-8", "nvidia-tesla-k80", 2)]
    [InlineData("n2-standard-4", null, "n2-standard-4", null, 0)]
    public void Sizes_gpus_and_custom_forms_map_as_tpi_does(string type, string? gpu, string machine, string? accelerator, int count)
    {
        Assert.Equal(new GcpMachine(machine, accelerator, count), GcpMachineTypeMap.Resolve(type, gpu));
    }

    [Theory]
    [InlineData("us-east", "us-east1-c")]
    [InlineData("us-west", "us-west1-b")]
    [InlineData("eu-north", "europe-north1-a")]
    [InlineData("eu-west", "europe-west1-d")]
    [InlineData("asia-east1-a", "asia-east1-a")]
    public void Generic_regions_become_zones(string region, string zone)
    {
        Assert.Equal(zone, GcpZoneMap.Resolve(region));
    }

    [Fact]
    public void A_permission_set_names_the_service_account_and_expands_scope_aliases()
    {
        Assert.Equal(
            ["https://www.googleapis.com/auth/devstorage.read_write", "https://www.googleapis.com/auth/logging.write"],
            GcpPermissionSet.Parse("sa@p.iam.gserviceaccount.com,scopes=storage-rw,logging-write").Scopes);
        var bare = GcpPermissionSet.Parse("sa@p.iam.gserviceaccount.com");
        Assert.Equal("sa@p.iam.gserviceaccount.com", bare.Email);
        Assert.Equal(["https://www.googleapis.com/auth/cloud-platform"], bare.Scopes);
    }
}
