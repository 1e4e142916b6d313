using System.Globalization;

namespace ContinuousMl.Runners.Lifecycle;

/// <summary>Why a runner stops, as CML's <c>"reason"</c> field spells it.</summary>
/// <param name="Reason">e.g. <c>timeout:300</c>, <c>single job</c>, <c>SIGTERM</c>, <c>max-lifetime:3600</c>.</param>
/// <param name="Soft">
/// True when the stop may wait for a running job (the idle timeout): if the forge says the runner is busy, the
/// shutdown is called off. False when it must happen now (a signal, the maximum lifetime, a spot notice).
/// </param>
/// <param name="IsError">The runner failed (it exited on its own with a non-zero code): <c>cml</c> exits 1.</param>
public sealed record StopReason(string Reason, bool Soft = false, bool IsError = false)
{
    public static StopReason IdleTimeout(TimeSpan timeout) =>
        new($"timeout:{((long)timeout.TotalSeconds).ToString(CultureInfo.InvariantCulture)}", Soft: true);

    public static StopReason SingleJob { get; } = new("single job");

    public static StopReason MaxLifetime(TimeSpan lifetime) =>
        new($"max-lifetime:{((long)lifetime.TotalSeconds).ToString(CultureInfo.InvariantCulture)}");

    public static StopReason Signal(string name) => new(name);

    /// <summary>The cloud announced it reclaims this spot instance.</summary>
    public static StopReason SpotInterruption { get; } = new("spot-interruption");

    public static StopReason RunnerExited(int exitCode) =>
        new($"runner closed with exit code {exitCode.ToString(CultureInfo.InvariantCulture)}", IsError: exitCode != 0);
}
