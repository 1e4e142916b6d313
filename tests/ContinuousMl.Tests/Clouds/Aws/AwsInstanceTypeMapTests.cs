using ContinuousMl.Clouds.Aws;
using ContinuousMl.Runners.Cloud;

namespace ContinuousMl.Tests.Clouds.Aws;

public sealed class AwsInstanceTypeMapTests
{
    [Theory]
    [InlineData("s", null, "t2.micro")]
    [InlineData("m", null, "m5.2xlarge")]
    [InlineData("l", null, "m5.8xlarge")]
    [InlineData("xl", null, "m5.16xlarge")]
    [InlineData("m", "t4", "g4dn.xlarge")]
    [InlineData("m", "k80", "p2.xlarge")]
    [InlineData("l", "k80", "p2.8xlarge")]
    [InlineData("xl", "k80", "p2.16xlarge")]
    [InlineData("m", "v100", "p3.xlarge")]
    [InlineData("l", "v100", "p3.8xlarge")]
    [InlineData("xl", "v100", "p3.16xlarge")]
    [InlineData("m+v100", null, "p3.xlarge")]
    [InlineData("g5.xlarge", null, "g5.xlarge")]
    [InlineData("g5.xlarge", "t4", "g5.xlarge")]
    public void Sizes_and_gpus_map_as_tpi_does_and_native_types_pass_through(string type, string? gpu, string expected)
    {
        Assert.Equal(expected, AwsInstanceTypeMap.Resolve(type, gpu));
    }

    [Fact]
    public void A_generic_size_with_an_unmapped_gpu_is_refused_instead_of_launching_without_one()
    {
        var error = Assert.Throws<CloudRunnerException>(() => AwsInstanceTypeMap.Resolve("l", "t4"));
        Assert.Contains("--cloud-type l with --cloud-gpu t4", error.Message, StringComparison.Ordinal);
    }
}
