namespace ContinuousMl.Runners.Cloud;

/// <summary>
/// Starts and removes runner instances in one cloud through its own API (no Terraform). Implementations throw
/// <see cref="CloudRunnerException"/> with a one-line, secret-free message for anything the user can fix.
/// </summary>
public interface ICloudRunnerProvider
{
    /// <summary>aws, azure, gcp or kubernetes: the <c>--cloud</c> value this provider answers to.</summary>
    string Cloud { get; }

    /// <summary>Creates the instance and returns as soon as the cloud accepted it (not when the runner registered).</summary>
    Task<CloudInstance> LaunchAsync(CloudRunnerRequest request, CancellationToken cancellationToken);

    /// <summary>Removes the instance and what was created for it; idempotent (a missing instance is not an error).</summary>
    Task TerminateAsync(CloudInstance instance, CancellationToken cancellationToken);
}
