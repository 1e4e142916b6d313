using ContinuousMl.Errors;
using ContinuousMl.Forges;
using ContinuousMl.Runners.Cloud;
using Microsoft.Extensions.Logging;

namespace ContinuousMl.Runners.Launch;

/// <summary>
/// Starts a runner instance in a cloud and waits until its runner shows up in the forge's runner list, with a
/// progress line while it waits. An instance whose runner never registers (a bad image, a startup script that
/// failed, a wrong token) is terminated before the error is reported: nothing is left running and billing.
/// </summary>
public sealed class CloudRunnerLauncher(ICloudRunnerProvider provider, IRunners runners, ILogger logger, TimeProvider time)
{
    /// <summary>How often the forge's runner list is read while waiting.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How often the progress line is repeated.</summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <exception cref="CloudRunnerException">The cloud refused the instance.</exception>
    /// <exception cref="CmlException">The runner did not register within <paramref name="timeout"/> (the instance was terminated).</exception>
    public async Task<CloudInstance> LaunchAsync(CloudRunnerRequest request, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        logger.LogInformation("launching runner {Name} on {Cloud} ({Region}, {Type})...", request.Name, provider.Cloud, request.Region, request.Type);
        var instance = await provider.LaunchAsync(request, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("{Cloud} instance {Id} started in {Region}; waiting for runner {Name} to register", instance.Cloud, instance.Id, instance.Region, request.Name);
        try
        {
            await WaitForRegistrationAsync(request.Name, instance, timeout, cancellationToken).ConfigureAwait(false);
            return instance;
        }
        catch (Exception ex)
        {
            await TerminateAsync(instance).ConfigureAwait(false);
            if (ex is OperationCanceledException && cancellationToken.IsCancellationRequested)
            {
                throw new CmlException($"cancelled while waiting for runner {request.Name}; {instance.Cloud} instance {instance.Id} was terminated", ExitCodes.Failure, ex);
            }

            throw;
        }
    }

    private async Task WaitForRegistrationAsync(string name, CloudInstance instance, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var lastProgress = TimeSpan.Zero;
        while (true)
        {
            var listed = await runners.ListAsync(cancellationToken).ConfigureAwait(false);
            if (listed.FirstOrDefault(r => r.Name == name) is { } runner)
            {
                logger.LogInformation("runner {Name} registered ({State}) on {Cloud} instance {Id}", name, runner.Online ? "online" : "offline", instance.Cloud, instance.Id);
                return;
            }

            var elapsed = time.GetElapsedTime(started);
            if (elapsed >= timeout)
            {
                throw new CmlException(
                    $"runner {name} did not register within {Describe(timeout)}; {instance.Cloud} instance {instance.Id} was terminated. Check the instance's boot log (cloud-init output, journal) and that the token may register runners, or raise --cloud-launch-timeout");
            }

            if (elapsed - lastProgress >= ProgressInterval || lastProgress == TimeSpan.Zero)
            {
                logger.LogInformation("waiting for runner {Name} to register ({Elapsed} of {Timeout})...", name, Describe(elapsed), Describe(timeout));
                lastProgress = elapsed == TimeSpan.Zero ? TimeSpan.FromTicks(1) : elapsed;
            }

            var remaining = timeout - elapsed;
            await Task.Delay(remaining < PollInterval ? remaining : PollInterval, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task TerminateAsync(CloudInstance instance)
    {
        try
        {
            // Not the caller's token: a cancelled launch must still clean up.
            using var bounded = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            await provider.TerminateAsync(instance, bounded.Token).ConfigureAwait(false);
            logger.LogInformation("{Cloud} instance {Id} terminated", instance.Cloud, instance.Id);
        }
        catch (Exception ex) when (ex is CmlException or OperationCanceledException or HttpRequestException)
        {
            logger.LogError("could not terminate {Cloud} instance {Id}: {Message}; remove it by hand", instance.Cloud, instance.Id, ex.Message);
        }
    }

    private static string Describe(TimeSpan span) =>
        span.TotalMinutes >= 1 && span.Seconds == 0 ? $"{(long)span.TotalMinutes} min" : $"{(long)span.TotalSeconds} s";
}
