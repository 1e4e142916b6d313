namespace ContinuousMl.Checks;

/// <summary>Whether the quality gates of a metrics diff passed, and which rules failed.</summary>
/// <param name="Passed">True when no gate failed.</param>
/// <param name="Failures">The broken rules, as <c>path: metric broke rule</c>; empty when the file only states a verdict.</param>
public sealed record GateVerdict(bool Passed, IReadOnlyList<string> Failures);
