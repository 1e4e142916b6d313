using ContinuousMl.Clouds.Aws;
using ContinuousMl.Runners.Cloud;
using FakeClouds.Metadata;

namespace ContinuousMl.Tests.Clouds.Aws;

public sealed class AwsInstanceSelfTests : IAsyncLifetime
{
    private FakeInstanceMetadata metadata = null!;
    private HttpClient http = null!;

    public async Task InitializeAsync()
    {
        metadata = await FakeInstanceMetadata.StartAsync();
        http = new HttpClient();
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await metadata.DisposeAsync();
    }

    [Fact]
    public async Task The_instance_id_and_region_come_from_imdsv2_with_a_session_token()
    {
        metadata.Values["/latest/meta-data/instance-id"] = "i-0123456789abcdef0";
        metadata.Values["/latest/meta-data/placement/region"] = "eu-north-1";

        var self = await new AwsInstanceSelf(http, metadata.BaseUrl).DescribeSelfAsync(CancellationToken.None);

        Assert.Equal(new CloudInstance("aws", "i-0123456789abcdef0", "eu-north-1"), self);
        Assert.Equal("PUT", metadata.Requests[0].Method);
        Assert.All(metadata.Requests.Skip(1), r => Assert.Equal(FakeInstanceMetadata.AwsSessionToken, r.Headers["X-aws-ec2-metadata-token"]));
    }

    [Fact]
    public async Task A_spot_instance_action_means_the_instance_is_being_reclaimed()
    {
        var self = new AwsInstanceSelf(http, metadata.BaseUrl);
        Assert.False(await self.IsBeingReclaimedAsync(CancellationToken.None));

        metadata.Values["/latest/meta-data/spot/instance-action"] = "{\"action\": \"terminate\", \"time\": \"2024-06-01T08:22:00Z\"}";

        Assert.True(await self.IsBeingReclaimedAsync(CancellationToken.None));
    }

    [Fact]
    public async Task An_unreachable_metadata_service_says_the_runner_is_not_on_ec2()
    {
        var closed = metadata.BaseUrl;
        await metadata.DisposeAsync();

        var error = await Assert.ThrowsAsync<CloudRunnerException>(() => new AwsInstanceSelf(http, closed).DescribeSelfAsync(CancellationToken.None));

        Assert.Contains("is this runner on an EC2 instance?", error.Message, StringComparison.Ordinal);
        metadata = await FakeInstanceMetadata.StartAsync();
    }
}
