using ContinuousMl.Clouds.Azure;
using ContinuousMl.Runners.Cloud;
using FakeClouds.Metadata;

namespace ContinuousMl.Tests.Clouds.Azure;

public sealed class AzureInstanceSelfTests : IAsyncLifetime
{
    private const string VmId = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/cml-cml-az-1/providers/Microsoft.Compute/virtualMachines/cml-az-1";
    private FakeInstanceMetadata metadata = null!;
    private readonly HttpClient http = new();

    public async Task InitializeAsync() => metadata = await FakeInstanceMetadata.StartAsync();

    public async Task DisposeAsync()
    {
        http.Dispose();
        await metadata.DisposeAsync();
    }

    [Fact]
    public async Task The_vm_resource_id_and_location_come_from_imds_with_the_metadata_header()
    {
        metadata.Values["/metadata/instance"] = $$$"""{"compute":{"resourceId":"{{{VmId}}}","location":"westus2","name":"cml-az-1"}}""";

        var self = await new AzureInstanceSelf(http, metadata.BaseUrl).DescribeSelfAsync(CancellationToken.None);

        Assert.Equal(new CloudInstance("azure", VmId, "westus2"), self);
        Assert.Equal("true", Assert.Single(metadata.Requests).Headers["Metadata"]);
    }

    [Fact]
    public async Task A_scheduled_preempt_event_means_the_vm_is_being_reclaimed()
    {
        var self = new AzureInstanceSelf(http, metadata.BaseUrl);
        metadata.Values["/metadata/scheduledevents"] = """{"DocumentIncarnation":1,"Events":[{"EventId":"1","EventType":"Freeze"}]}""";
        Assert.False(await self.IsBeingReclaimedAsync(CancellationToken.None));

        metadata.Values["/metadata/scheduledevents"] = """{"DocumentIncarnation":2,"Events":[{"EventId":"2","EventType":"Preempt","NotBefore":"Mon, 19 Sep 2016 18:29:47 GMT"}]}""";
        Assert.True(await self.IsBeingReclaimedAsync(CancellationToken.None));
    }
}
