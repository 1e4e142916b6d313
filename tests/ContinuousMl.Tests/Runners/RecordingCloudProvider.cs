using ContinuousMl.Runners.Cloud;

namespace ContinuousMl.Tests.Runners;

/// <summary>
/// The cloud side of a launch as a test double (the real providers are tested against fake cloud servers): it
/// records the request and, when told to, makes the runner appear on the forge as a booted instance would.
/// </summary>
internal sealed class RecordingCloudProvider(string cloud, Action<CloudRunnerRequest>? boot = null) : ICloudRunnerProvider
{
    public string Cloud => cloud;

    public List<CloudRunnerRequest> Launched { get; } = [];

    public List<CloudInstance> Terminated { get; } = [];

    public Task<CloudInstance> LaunchAsync(CloudRunnerRequest request, CancellationToken cancellationToken)
    {
        Launched.Add(request);
        boot?.Invoke(request);
        return Task.FromResult(new CloudInstance(cloud, "i-0123456789", "us-west-1"));
    }

    public Task TerminateAsync(CloudInstance instance, CancellationToken cancellationToken)
    {
        Terminated.Add(instance);
        return Task.CompletedTask;
    }
}
