using ContinuousMl.Clouds.Kubernetes;

namespace ContinuousMl.Tests.Clouds.Kubernetes;

public sealed class KubernetesQuantityTests
{
    [Theory]
    [InlineData(32768, "32Gi")]
    [InlineData(1024, "1Gi")]
    [InlineData(1536, "1536Mi")]
    [InlineData(1048576, "1Ti")]
    [InlineData(512, "512Mi")]
    [InlineData(0, "0")]
    public void Memory_takes_the_largest_whole_binary_suffix(long mebibytes, string quantity)
    {
        Assert.Equal(quantity, KubernetesQuantity.MebiBytes(mebibytes));
    }

    [Theory]
    [InlineData(8, "8")]
    [InlineData(64, "64")]
    [InlineData(1000, "1k")]
    [InlineData(0, "0")]
    public void Counts_take_the_largest_whole_decimal_suffix(long count, string quantity)
    {
        Assert.Equal(quantity, KubernetesQuantity.Count(count));
    }
}
