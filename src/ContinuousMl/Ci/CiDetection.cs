namespace ContinuousMl.Ci;

/// <summary>The CI chosen by <see cref="CiDetector"/>, what it told, and what went wrong reading it.</summary>
/// <param name="Environment">The first environment that applied.</param>
/// <param name="Context">What it read.</param>
/// <param name="Warnings">Fallbacks taken while reading (an unreadable event file, no commits, …); never secrets.</param>
public sealed record CiDetection(ICiEnvironment Environment, CiContext Context, IReadOnlyList<string> Warnings);
