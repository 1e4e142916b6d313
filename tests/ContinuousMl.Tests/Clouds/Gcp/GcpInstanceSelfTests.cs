using ContinuousMl.Clouds.Gcp;
using ContinuousMl.Runners.Cloud;
using FakeClouds.Metadata;

namespace ContinuousMl.Tests.Clouds.Gcp;

public sealed class GcpInstanceSelfTests : IAsyncLifetime
{
    private FakeInstanceMetadata metadata = null!;
    private readonly HttpClient http = new();

    public async Task InitializeAsync() => metadata = await FakeInstanceMetadata.StartAsync();

    public async Task DisposeAsync()
    {
        http.Dispose();
        await metadata.DisposeAsync();
    }

    [Fact]
    public async Task Name_and_zone_come_from_the_metadata_server_with_the_google_flavor_header()
    {
        metadata.Values["/computeMetadata/v1/instance/name"] = "cml-gcp-1";
        metadata.Values["/computeMetadata/v1/instance/zone"] = "projects/123456/zones/us-west1-b";

        var self = await new GcpInstanceSelf(http, metadata.BaseUrl).DescribeSelfAsync(CancellationToken.None);

        Assert.Equal(new CloudInstance("gcp", "cml-gcp-1", "us-west1-b"), self);
        Assert.All(metadata.Requests, r => Assert.Equal("Google", r.Headers["Metadata-Flavor"]));
    }

    [Fact]
    public async Task Preempted_true_means_the_instance_is_being_reclaimed()
    {
        var self = new GcpInstanceSelf(http, metadata.BaseUrl);
        metadata.Values["/computeMetadata/v1/instance/preempted"] = "FALSE";
        Assert.False(await self.IsBeingReclaimedAsync(CancellationToken.None));

        metadata.Values["/computeMetadata/v1/instance/preempted"] = "TRUE";
        Assert.True(await self.IsBeingReclaimedAsync(CancellationToken.None));
    }
}
