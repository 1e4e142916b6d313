namespace ContinuousMl.Runners.Cloud;

/// <summary>
/// What a runner running on a cloud instance asks about the instance it runs on, through that cloud's metadata
/// service. Only used by the instance's own <c>cml runner launch</c> (never while launching from CI), so no test
/// or CI job ever probes a metadata address: the endpoint is explicit (<c>CML_CLOUD_METADATA_URL</c> overrides it
/// for tests on 127.0.0.1).
/// </summary>
public interface ICloudInstanceSelf
{
    /// <summary>aws, azure, gcp or kubernetes.</summary>
    string Cloud { get; }

    /// <summary>The instance this process runs on, to terminate it when the runner is done.</summary>
    Task<CloudInstance> DescribeSelfAsync(CancellationToken cancellationToken);

    /// <summary>True once the cloud announced it will reclaim this (spot/preemptible) instance.</summary>
    Task<bool> IsBeingReclaimedAsync(CancellationToken cancellationToken);
}
