using ContinuousMl.Clouds.Kubernetes;
using ContinuousMl.Runners.Cloud;

namespace ContinuousMl.Tests.Clouds.Kubernetes;

public sealed class KubernetesResourceMapTests
{
    [Theory]
    [InlineData("s", null, 1, 1024, null, 0)]
    [InlineData("m", null, 8, 32768, null, 0)]
    [InlineData("l", null, 32, 131072, null, 0)]
    [InlineData("xl", null, 64, 262144, null, 0)]
    [InlineData("m", "k80", 4, 65536, "nvidia-tesla-k80", 1)]
    [InlineData("l", "k80", 32, 524288, "nvidia-tesla-k80", 8)]
    [InlineData("xl", "k80", 64, 786432, "nvidia-tesla-k80", 16)]
    [InlineData("m", "v100", 8, 65536, "nvidia-tesla-v100", 1)]
    [InlineData("l", "v100", 32, 262144, "nvidia-tesla-v100", 4)]
    [InlineData("xl", "v100", 64, 524288, "nvidia-tesla-v100", 8)]
    [InlineData("4-16384", null, 4, 16384, null, 0)]
    [InlineData("4-16384", "t4", 4, 16384, "nvidia-tesla-t4", 1)]
    [InlineData("16-65536+nvidia-a100*2", null, 16, 65536, "nvidia-a100", 2)]
    [InlineData("2-4096+v100", null, 2, 4096, "nvidia-tesla-v100", 1)]
    public void Sizes_and_native_forms_become_cpu_memory_and_gpus(string type, string? gpu, int cores, long memoryMiB, string? model, int count)
    {
        Assert.Equal(new KubernetesResources(cores, memoryMiB, model, count), KubernetesResourceMap.Resolve(type, gpu));
    }

    [Fact]
    public void An_unknown_type_lists_what_is_understood()
    {
        var error = Assert.Throws<CloudRunnerException>(() => KubernetesResourceMap.Resolve("m5.large", null));
        Assert.StartsWith("Kubernetes has no size for --cloud-type m5.large: use s, m, l, xl", error.Message, StringComparison.Ordinal);
    }
}
