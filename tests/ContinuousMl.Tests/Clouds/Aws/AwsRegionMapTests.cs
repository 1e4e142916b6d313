using ContinuousMl.Clouds.Aws;

namespace ContinuousMl.Tests.Clouds.Aws;

public sealed class AwsRegionMapTests
{
    [Theory]
    [InlineData("us-east", "us-east-1")]
    [InlineData("us-west", "us-west-1")]
    [InlineData("eu-north", "eu-north-1")]
    [InlineData("eu-west", "eu-west-1")]
    [InlineData("ap-southeast-2", "ap-southeast-2")]
    public void Generic_and_native_regions_map_to_an_api_region_without_zone(string given, string region)
    {
        Assert.Equal(new AwsPlacement(region, null), AwsRegionMap.Resolve(given));
    }

    [Fact]
    public void A_native_name_ending_in_a_letter_is_an_availability_zone_of_its_region()
    {
        Assert.Equal(new AwsPlacement("us-west-2", "us-west-2b"), AwsRegionMap.Resolve("us-west-2b"));
    }
}
